/**
 * The ledger benchmark (电子统计台账, statsbase-reporting): deriving a 30-figure monthly form with
 * provenance from a synthetic ledger of one million entries. Never run by the build: see the module's
 * README.md for the commands.
 */
package org.statsbase.bench.ledger;
