-- statsbase-trail: the table of the JDBC event store, PostgreSQL 9.5 or later.
-- JdbcEventStore.open runs this when the table is absent, with ${table} replaced by the table name
-- (default statsbase_trail_event). A DBA may create it beforehand instead; the store then only reads
-- and inserts (it needs SELECT and INSERT on the table, never UPDATE or DELETE).
--
-- One row per event. body holds the event's canonical bytes exactly as the trail encoded them (actor,
-- role, action, subject, time, outcome, payload, previous hash: see org.statsbase.trail.TrailEvent);
-- hash is the hash the chain recorded for it. The primary key makes a second writer that would fork
-- the chain fail instead.
--
-- To keep the table append-only against the application's own role as well, grant it only SELECT and
-- INSERT: REVOKE UPDATE, DELETE, TRUNCATE ON ${table} FROM <role>;
CREATE TABLE IF NOT EXISTS ${table} (
    sequence BIGINT NOT NULL PRIMARY KEY CHECK (sequence >= 1),
    body     BYTEA  NOT NULL,
    hash     BYTEA  NOT NULL
);
