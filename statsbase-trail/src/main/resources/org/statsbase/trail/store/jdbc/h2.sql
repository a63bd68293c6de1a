-- statsbase-trail: the table of the JDBC event store, H2 2.x.
-- JdbcEventStore.open runs this when the table is absent, with ${table} replaced by the table name
-- (default statsbase_trail_event). The columns are those of postgresql.sql; see there.
CREATE TABLE IF NOT EXISTS ${table} (
    sequence BIGINT         NOT NULL PRIMARY KEY CHECK (sequence >= 1),
    body     BINARY VARYING NOT NULL,
    hash     BINARY VARYING NOT NULL
);
