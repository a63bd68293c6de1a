/**
 * The event-store SPI: where a {@link org.statsbase.trail.Trail} keeps its chained events. A store
 * keeps opaque bytes in sequence and makes them durable before it returns; chaining, hashing and
 * verification belong to the trail, so every store is verified the same way.
 */
package org.statsbase.trail.spi;
