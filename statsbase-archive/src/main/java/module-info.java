/**
 * statsbase-archive: 统计资料管理制度 as a library — statutory retention (统计法实施条例 第二十二、二十三条),
 * holds, controlled disposal (档案法 2020 第二十一条), archival codes (DA/T 22-2015), DA/T 46 metadata, fixity
 * (SHA-256, SM3 per GB/T 32905-2016) and the four-property check (DA/T 70-2018); every operation, refused ones
 * included, is recorded in the trail of statsbase-trail.
 */
module org.statsbase.archive {
    requires transitive org.statsbase.core;
    requires transitive org.statsbase.trail;
    requires org.slf4j;
    requires com.fasterxml.jackson.databind;

    exports org.statsbase.archive;
    exports org.statsbase.archive.error;
    exports org.statsbase.archive.record;
    exports org.statsbase.archive.retention;
    exports org.statsbase.archive.integrity;
    exports org.statsbase.archive.transfer;
    exports org.statsbase.archive.spi;
    exports org.statsbase.archive.store;
}
