/**
 * The event stores that ship with statsbase-trail: {@link org.statsbase.trail.store.InMemoryEventStore}
 * for tests and short-lived tools, and {@link org.statsbase.trail.store.FileEventStore}, the embedded
 * durable store (an append-only, checksummed segment file; fsync before an append is acknowledged;
 * recovery that drops only a torn, unacknowledged tail).
 */
package org.statsbase.trail.store;
