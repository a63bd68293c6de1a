/**
 * Electronic statistical ledgers (电子统计台账, seed notice 江统发〔2024〕3号 section 九; 统计法 2009
 * 第二十一条, 2024 text: 推动统计台账电子化、数字化) and the derivation of form figures from them with
 * provenance (数出有据).
 *
 * <p>A {@link org.statsbase.reporting.ledger.Ledger} is one unit's immutable list of
 * {@link org.statsbase.reporting.ledger.LedgerEntry entries}, each referencing its
 * {@link org.statsbase.reporting.ledger.OriginalRecord original record} (原始记录) by digest. A
 * {@link org.statsbase.reporting.ledger.LedgerBook} keeps a ledger on the trail of statsbase-trail:
 * entries are never edited or deleted; a correction is a reversing entry (红字冲销) plus a new one, with
 * a reason; an import is all or nothing; replaying the trail gives the ledger back.
 *
 * <p>A {@link org.statsbase.reporting.ledger.LedgerMapping} (JSON or YAML) says which accounts, with
 * which sign, make up which figure of a form, for the period (本月/本期) or the year to date
 * (1—本月累计), in which unit and with how many decimals.
 * {@link org.statsbase.reporting.ledger.LedgerDerivation#derive} returns every figure with the entries
 * behind it; {@link org.statsbase.reporting.ledger.LedgerComparison} lists the figures of a submission
 * that differ from the ledger, and {@link org.statsbase.reporting.ledger.LedgerAgreement} lets a
 * submission require agreement with the ledger.
 *
 * <p>API zone: every public type here. {@code .internal} holds the readers and the index and is not
 * exported.
 */
package org.statsbase.reporting.ledger;
