/**
 * The stores that ship with statsbase-archive: {@link org.statsbase.archive.store.InMemoryArchiveCatalog}
 * and {@link org.statsbase.archive.store.InMemoryContentStore} for tests and tools, the content-addressed,
 * atomically written {@link org.statsbase.archive.store.FileContentStore}, and the
 * {@link org.statsbase.archive.store.JdbcArchiveCatalog} on PostgreSQL or H2 (DDL under
 * {@code org/statsbase/archive/store/jdbc/}). API package.
 */
package org.statsbase.archive.store;
