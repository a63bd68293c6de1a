-- statsbase-archive: the tables of the JDBC catalog (JdbcArchiveCatalog), PostgreSQL 9.5 or later.
-- JdbcArchiveCatalog.open runs this when the tables are absent, with ${prefix} replaced by the table prefix
-- (default statsbase_archive). A DBA may create them beforehand instead; the catalog then needs SELECT,
-- INSERT and UPDATE on the three tables (never DELETE: a destroyed record keeps its metadata remnant).
--
-- One row per record. body is the whole record as JSON (DA/T 46 metadata, digests, holds, destruction
-- certificate, stored due date); the other columns copy the fields the queries of RecordQuery select and
-- order by, so each query is one indexed SQL statement. id and the text keys use the "C" collation so that
-- the order is the catalog's (Java's) order whatever the database's locale.
CREATE TABLE IF NOT EXISTS ${prefix}_record (
    id             VARCHAR(128) COLLATE "C" NOT NULL PRIMARY KEY,
    record_class   VARCHAR(128) COLLATE "C" NOT NULL,
    formed         DATE         NOT NULL,
    formed_year    INTEGER      NOT NULL,
    -- the archival code (DA/T 22-2015) without its item number, and its parts; NULL without a code
    archival_group VARCHAR(64)  COLLATE "C",
    fonds          VARCHAR(4),
    class_code     VARCHAR(2),
    code_year      INTEGER,
    retention_code VARCHAR(3),
    organisation   VARCHAR(10),
    item_no        INTEGER,
    -- ACTIVE, HELD (an active hold) or DESTROYED; held repeats whether any hold is active
    state          VARCHAR(9)   NOT NULL CHECK (state IN ('ACTIVE', 'HELD', 'DESTROYED')),
    held           BOOLEAN      NOT NULL,
    -- the due date the archive computed (ArchivedRecord.dueOn); NULL: permanent, waiting for an event, destroyed
    due_on         DATE,
    sha256         CHAR(64)     NOT NULL,
    revision       BIGINT       NOT NULL CHECK (revision >= 1),
    body           TEXT         NOT NULL
);
-- An archival code belongs to one record (NULLs, records without a code, do not collide).
CREATE UNIQUE INDEX IF NOT EXISTS ${prefix}_record_code ON ${prefix}_record (archival_group, item_no);
-- The due list: active records by due date, then id (RecordQuery.dueAsOf), a partial index.
CREATE INDEX IF NOT EXISTS ${prefix}_record_due ON ${prefix}_record (due_on, id) WHERE state = 'ACTIVE';
CREATE INDEX IF NOT EXISTS ${prefix}_record_class ON ${prefix}_record (record_class, id);
CREATE INDEX IF NOT EXISTS ${prefix}_record_year ON ${prefix}_record (formed_year, id);
CREATE INDEX IF NOT EXISTS ${prefix}_record_content ON ${prefix}_record (sha256, id);
-- One row per destruction list (销毁清册); body is the whole list as JSON.
CREATE TABLE IF NOT EXISTS ${prefix}_list (
    id       VARCHAR(128) COLLATE "C" NOT NULL PRIMARY KEY,
    status   VARCHAR(9)   NOT NULL CHECK (status IN ('APPRAISED', 'APPROVED', 'EXECUTED')),
    revision BIGINT       NOT NULL CHECK (revision >= 1),
    body     TEXT         NOT NULL
);
-- The sequence of the last trail event applied to the catalog (ArchiveCatalog.appliedSequence): one row.
CREATE TABLE IF NOT EXISTS ${prefix}_applied (
    id       INTEGER NOT NULL PRIMARY KEY CHECK (id = 1),
    sequence BIGINT  NOT NULL CHECK (sequence >= 0)
);
