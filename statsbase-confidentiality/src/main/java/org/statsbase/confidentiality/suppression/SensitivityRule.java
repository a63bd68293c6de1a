package org.statsbase.confidentiality.suppression;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.statsbase.confidentiality.error.ConfidentialityError;
import org.statsbase.confidentiality.error.ConfidentialityException;

/**
 * A primary sensitivity rule with the definitions of τ-ARGUS (Hundepool et al., <i>τ-ARGUS user's
 * manual</i> 4.2, §4.2 "sensitivity rules" and "protection levels"; DOMAIN.md "Confidentiality"). Each
 * rule reads the contributions x1 ≥ x2 ≥ … of the respondents of a cell and its total T; when the cell
 * is unsafe it gives the τ-ARGUS protection level, the distance a reader's best estimate must stay away
 * from T.
 *
 * <p>An empty cell is always safe. For a cell whose contributions are not all non-negative the rules
 * read magnitudes: x_i are |contributions| sorted descending and T = Σ|x_i| (for a non-negative cell
 * these are exactly the τ-ARGUS quantities; for a mixed-sign cell this is the conservative reading —
 * the dominance of a respondent is judged on the size of what it contributes, not on a net sum that
 * cancellation can make arbitrarily small).
 *
 * <p>Thread safety: immutable.
 */
public sealed interface SensitivityRule {

    /**
     * The rule in the specification syntax, for example {@code nk(2,85)}.
     *
     * @return the rule in the specification syntax, for example {@code nk(2,85)}
     */
    String spec();

    /**
     * The protection level when the cell is unsafe under this rule; empty when it is safe.
     *
     * @param magnitudes the contributions' magnitudes, largest first
     * @return the protection level when the cell is unsafe under this rule; empty when it is safe
     */
    Optional<BigDecimal> protection(List<BigDecimal> magnitudes);

    /**
     * Minimum frequency: unsafe if 0 &lt; number of contributors &lt; n. Protection level:
     * {@code protectionPercent}/100 · T (the τ-ARGUS "frequency range").
     *
     * @param n                 the minimum number of contributors, ≥ 1
     * @param protectionPercent the protection level as a percentage of T, ≥ 0
     */
    record MinimumFrequency(int n, BigDecimal protectionPercent) implements SensitivityRule {

        /**
         * Checks the parameters.
         *
         * @param n                 the minimum number of contributors, ≥ 1
         * @param protectionPercent the protection level as a percentage of T, ≥ 0
         */
        public MinimumFrequency {
            Objects.requireNonNull(protectionPercent, "protectionPercent");
            if (n < 1) {
                throw new ConfidentialityException(ConfidentialityError.RULE_PARAMETER_OUT_OF_RANGE, "freq", "n", n, "[1, ∞)");
            }
            if (protectionPercent.signum() < 0) {
                throw new ConfidentialityException(ConfidentialityError.RULE_PARAMETER_OUT_OF_RANGE, "freq", "percent",
                        protectionPercent, "[0, ∞)");
            }
        }

        @Override
        public String spec() {
            return "freq(" + n + "," + protectionPercent.stripTrailingZeros().toPlainString() + ")";
        }

        @Override
        public Optional<BigDecimal> protection(List<BigDecimal> x) {
            if (x.isEmpty() || x.size() >= n) {
                return Optional.empty();
            }
            BigDecimal t = sum(x, x.size());
            return Optional.of(protectionPercent.multiply(t).divide(hundred(), MathContext.DECIMAL128));
        }
    }

    /**
     * (n,k)-dominance: unsafe if the n largest contributions exceed k% of the total,
     * Σ(i≤n) x_i &gt; k/100 · T. Protection level (100/k) · Σ(i≤n) x_i − T.
     *
     * @param n the number of largest contributors, ≥ 1
     * @param k the percentage, 0 &lt; k ≤ 100
     */
    record Dominance(int n, BigDecimal k) implements SensitivityRule {

        /**
         * Checks the parameters.
         *
         * @param n the number of largest contributors, ≥ 1
         * @param k the percentage, 0 &lt; k ≤ 100
         */
        public Dominance {
            Objects.requireNonNull(k, "k");
            if (n < 1) {
                throw new ConfidentialityException(ConfidentialityError.RULE_PARAMETER_OUT_OF_RANGE, "nk", "n", n, "[1, ∞)");
            }
            if (k.signum() <= 0 || k.compareTo(hundred()) > 0) {
                throw new ConfidentialityException(ConfidentialityError.RULE_PARAMETER_OUT_OF_RANGE, "nk", "k", k, "(0, 100]");
            }
        }

        @Override
        public String spec() {
            return "nk(" + n + "," + k.stripTrailingZeros().toPlainString() + ")";
        }

        @Override
        public Optional<BigDecimal> protection(List<BigDecimal> x) {
            if (x.isEmpty()) {
                return Optional.empty();
            }
            BigDecimal top = sum(x, n);
            BigDecimal t = sum(x, x.size());
            // Σ > k/100·T, compared without division: 100·Σ > k·T
            if (top.multiply(hundred()).compareTo(k.multiply(t)) <= 0) {
                return Optional.empty();
            }
            return Optional.of(hundred().multiply(top).divide(k, MathContext.DECIMAL128).subtract(t));
        }
    }

    /**
     * The p% rule: unsafe if T − x1 − x2 &lt; p/100 · x1 (the second largest contributor could estimate
     * the largest within p%). Protection level p/100 · x1 − (T − x1 − x2).
     *
     * @param p the percentage, &gt; 0
     */
    record PPercent(BigDecimal p) implements SensitivityRule {

        /**
         * Checks the parameter.
         *
         * @param p the percentage, &gt; 0
         */
        public PPercent {
            Objects.requireNonNull(p, "p");
            if (p.signum() <= 0) {
                throw new ConfidentialityException(ConfidentialityError.RULE_PARAMETER_OUT_OF_RANGE, "p", "p", p, "(0, ∞)");
            }
        }

        @Override
        public String spec() {
            return "p(" + p.stripTrailingZeros().toPlainString() + ")";
        }

        @Override
        public Optional<BigDecimal> protection(List<BigDecimal> x) {
            if (x.isEmpty()) {
                return Optional.empty();
            }
            BigDecimal x1 = x.get(0);
            BigDecimal rest = sum(x, x.size()).subtract(sum(x, 2));
            // T − x1 − x2 < p/100·x1, compared without division: 100·(T − x1 − x2) < p·x1
            if (rest.multiply(hundred()).compareTo(p.multiply(x1)) >= 0) {
                return Optional.empty();
            }
            return Optional.of(p.multiply(x1).divide(hundred(), MathContext.DECIMAL128).subtract(rest));
        }
    }

    private static BigDecimal hundred() {
        return BigDecimal.valueOf(100);
    }

    private static BigDecimal sum(List<BigDecimal> x, int n) {
        BigDecimal s = BigDecimal.ZERO;
        for (int i = 0; i < Math.min(n, x.size()); i++) {
            s = s.add(x.get(i));
        }
        return s;
    }
}
