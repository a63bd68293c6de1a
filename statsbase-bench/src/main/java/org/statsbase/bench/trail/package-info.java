/**
 * The trail benchmarks (statsbase-trail, issue 4): durable appends to the file store with one
 * appender (one fsync per event) and with eight (group commit), and verification of a million-event
 * chain beside a plain SHA-256 pass over the same bytes. Never run by the build: see the module's
 * README.md for the commands.
 */
package org.statsbase.bench.trail;
