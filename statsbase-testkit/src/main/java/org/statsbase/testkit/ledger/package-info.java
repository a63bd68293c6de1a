/**
 * jqwik arbitraries of ledgers (电子统计台账): original records, postings, valid ledgers with reversals
 * and corrections, and mappings from accounts to form figures; plus the text forms (CSV, JSON Lines,
 * JSON mappings) that the readers of {@code org.statsbase.reporting.ledger} must read back.
 */
package org.statsbase.testkit.ledger;
