/**
 * The stores that ship with statsbase-archive: {@link org.statsbase.archive.store.InMemoryArchiveCatalog}
 * and {@link org.statsbase.archive.store.InMemoryContentStore} for tests and tools (a file-system content
 * store and a JDBC catalog join them here). API package.
 */
package org.statsbase.archive.store;
