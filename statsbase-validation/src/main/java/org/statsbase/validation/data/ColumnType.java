package org.statsbase.validation.data;

/**
 * The type of a dataset column. Without a form definition, a CSV column is a {@link #NUMBER}
 * only if every non-empty cell parses as a number (and no rule uses it as text); codes keep their
 * leading zeros as {@link #TEXT}.
 *
 * <p>Thread safety: immutable constants.
 */
public enum ColumnType {
    /** Decimal numbers. */
    NUMBER,
    /** Texts, including codes. */
    TEXT,
    /** Booleans. */
    BOOLEAN,
    /** Dates (ISO {@code yyyy-MM-dd}). */
    DATE
}
