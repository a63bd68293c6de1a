/**
 * The archive benchmarks (statsbase-archive, issue 6): fixity throughput (SHA-256 of a 1 GB file through
 * {@code org.statsbase.archive.integrity.Fixity}) beside {@code sha256sum} on the same file, and the due list over
 * a catalog of a million records in memory and on PostgreSQL. Never run by the build: see the module's README.md.
 */
package org.statsbase.bench.archive;
