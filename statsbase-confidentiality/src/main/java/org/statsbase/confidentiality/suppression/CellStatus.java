package org.statsbase.confidentiality.suppression;

/**
 * What publication does with a cell (τ-ARGUS cell status; 统计法 2009 第二十五条).
 *
 * <p>Thread safety: immutable constants.
 */
public enum CellStatus {
    /** Safe: published. */
    SAFE,
    /** Fails a primary sensitivity rule: suppressed. */
    PRIMARY,
    /** Safe, but suppressed so that no primary cell can be recomputed (secondary suppression). */
    SECONDARY;

    /**
     * Whether the cell is withheld from publication.
     *
     * @return true when the cell is withheld from publication
     */
    public boolean isSuppressed() {
        return this != SAFE;
    }
}
