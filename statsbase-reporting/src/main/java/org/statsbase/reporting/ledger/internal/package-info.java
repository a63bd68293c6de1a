/**
 * Internals of the ledgers: field checks, the CSV / JSON Lines and mapping readers, and the index by
 * account and date that derivation runs on. Not exported; never in a public signature.
 */
package org.statsbase.reporting.ledger.internal;
