package org.statsbase.confidentiality.table;

/**
 * Whom the sensitivity rules count as one respondent (τ-ARGUS "holding" option): each unit, or each
 * holding with the contributions of its units summed first (a unit without a holding is its own
 * holding).
 *
 * <p>Thread safety: immutable constants.
 */
public enum ContributionLevel {
    /** Every unit is a respondent. */
    UNIT,
    /** Every holding is a respondent; its units' contributions to a cell are summed first. */
    HOLDING
}
