/**
 * statsbase-trail: the one append-only, hash-chained event log (SHA-256, or SM3 per GB/T 32905-2016)
 * that reporting, archive and confidentiality write to — the evidence behind 数据质量责任追究制度.
 */
module org.statsbase.trail {
    requires transitive org.statsbase.core;
    requires org.bouncycastle.provider;
    requires org.slf4j;
    // JdbcEventStore.open(DataSource): java.sql is in its signature.
    requires transitive java.sql;

    exports org.statsbase.trail;
    exports org.statsbase.trail.error;
    exports org.statsbase.trail.spi;
    exports org.statsbase.trail.store;
    // Not API: the JDBC plumbing statsbase-archive's catalog shares with the event store.
    exports org.statsbase.trail.internal.jdbc to org.statsbase.archive;
}
