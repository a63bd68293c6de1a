package org.statsbase.core.unit;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * The answer of {@link AboveScaleClassifier}: whether the unit is a "四上" unit, its category, the
 * row and threshold applied, and why ({@link AboveScaleBasis} plus a sentence in Chinese and
 * English).
 *
 * <p>Thread safety: immutable.
 */
public final class AboveScaleClassification {

    private final AboveScaleInput input;
    private final AboveScaleRow row;
    private final boolean aboveScale;
    private final AboveScaleBasis basis;
    private final String explanationZh;
    private final String explanationEn;

    AboveScaleClassification(AboveScaleInput input, AboveScaleRow row, boolean aboveScale, AboveScaleBasis basis,
            String explanationZh, String explanationEn) {
        this.input = input;
        this.row = row;
        this.aboveScale = aboveScale;
        this.basis = basis;
        this.explanationZh = explanationZh;
        this.explanationEn = explanationEn;
    }

    /**
     * The input classified.
     *
     * @return the input classified
     */
    public AboveScaleInput input() {
        return input;
    }

    /**
     * Whether the unit is above scale (a "四上" unit).
     *
     * @return whether the unit is above scale (a "四上" unit)
     */
    public boolean isAboveScale() {
        return aboveScale;
    }

    /**
     * The category of the industry ({@link AboveScaleCategory#OUT_OF_SCOPE} when in none).
     *
     * @return the category of the industry ({@link AboveScaleCategory#OUT_OF_SCOPE} when in none)
     */
    public AboveScaleCategory category() {
        return row.category();
    }

    /**
     * The table row applied.
     *
     * @return the table row applied
     */
    public AboveScaleRow row() {
        return row;
    }

    /**
     * The revenue threshold applied in 万元; empty where the category has none or it was not applied.
     *
     * @return the revenue threshold applied in 万元
     */
    public Optional<BigDecimal> threshold() {
        return basis == AboveScaleBasis.REVENUE_AT_OR_ABOVE_THRESHOLD || basis == AboveScaleBasis.REVENUE_BELOW_THRESHOLD
                ? row.threshold() : Optional.empty();
    }

    /**
     * Why.
     *
     * @return the reason
     */
    public AboveScaleBasis basis() {
        return basis;
    }

    /**
     * Why, in a Chinese sentence.
     *
     * @return the explanation in Chinese
     */
    public String explanationZh() {
        return explanationZh;
    }

    /**
     * Why, in an English sentence.
     *
     * @return the explanation in English
     */
    public String explanationEn() {
        return explanationEn;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AboveScaleClassification other && input.equals(other.input) && row.equals(other.row)
                && aboveScale == other.aboveScale && basis == other.basis;
    }

    @Override
    public int hashCode() {
        return Objects.hash(input, row.id(), aboveScale, basis);
    }

    @Override
    public String toString() {
        return input.industry() + " " + (aboveScale ? "above scale" : "not above scale") + " " + row.category()
                + " (" + row.id() + ", " + basis + ")";
    }
}
