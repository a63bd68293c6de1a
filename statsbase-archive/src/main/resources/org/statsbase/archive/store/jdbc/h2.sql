-- statsbase-archive: the tables of the JDBC catalog (JdbcArchiveCatalog), H2 2.x.
-- JdbcArchiveCatalog.open runs this when the tables are absent, with ${prefix} replaced by the table prefix
-- (default statsbase_archive). The columns are those of postgresql.sql; see there. H2 compares text
-- by code unit (the catalog's order) and has no partial index: the due index leads with the state.
CREATE TABLE IF NOT EXISTS ${prefix}_record (
    id             VARCHAR(128) NOT NULL PRIMARY KEY,
    record_class   VARCHAR(128) NOT NULL,
    formed         DATE         NOT NULL,
    formed_year    INTEGER      NOT NULL,
    archival_group VARCHAR(64),
    fonds          VARCHAR(4),
    class_code     VARCHAR(2),
    code_year      INTEGER,
    retention_code VARCHAR(3),
    organisation   VARCHAR(10),
    item_no        INTEGER,
    state          VARCHAR(9)   NOT NULL CHECK (state IN ('ACTIVE', 'HELD', 'DESTROYED')),
    held           BOOLEAN      NOT NULL,
    due_on         DATE,
    sha256         CHAR(64)     NOT NULL,
    revision       BIGINT       NOT NULL CHECK (revision >= 1),
    body           CHARACTER VARYING(1000000) NOT NULL
);
CREATE UNIQUE INDEX IF NOT EXISTS ${prefix}_record_code ON ${prefix}_record (archival_group, item_no);
CREATE INDEX IF NOT EXISTS ${prefix}_record_due ON ${prefix}_record (state, due_on, id);
CREATE INDEX IF NOT EXISTS ${prefix}_record_class ON ${prefix}_record (record_class, id);
CREATE INDEX IF NOT EXISTS ${prefix}_record_year ON ${prefix}_record (formed_year, id);
CREATE INDEX IF NOT EXISTS ${prefix}_record_content ON ${prefix}_record (sha256, id);
CREATE TABLE IF NOT EXISTS ${prefix}_list (
    id       VARCHAR(128) NOT NULL PRIMARY KEY,
    status   VARCHAR(9)   NOT NULL CHECK (status IN ('APPRAISED', 'APPROVED', 'EXECUTED')),
    revision BIGINT       NOT NULL CHECK (revision >= 1),
    body     CHARACTER VARYING(1000000) NOT NULL
);
CREATE TABLE IF NOT EXISTS ${prefix}_applied (
    id       INTEGER NOT NULL PRIMARY KEY CHECK (id = 1),
    sequence BIGINT  NOT NULL CHECK (sequence >= 0)
);
