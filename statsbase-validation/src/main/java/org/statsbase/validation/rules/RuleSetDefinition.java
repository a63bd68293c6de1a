package org.statsbase.validation.rules;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A rule set as read from its file(s), includes resolved, before compilation: its id, version,
 * absolute tolerance for equality and balance comparisons (default 0: exact decimal
 * arithmetic) and its rules in order (included rules first, in include order).
 *
 * @param id        the rule-set id
 * @param version   its version, if given
 * @param tolerance the absolute tolerance, at least 0
 * @param rules     the rules; ids unique
 * @param source    the file or resource it was read from
 *
 * <p>Thread safety: immutable.
 */
public record RuleSetDefinition(String id, Optional<String> version, BigDecimal tolerance, List<RuleDefinition> rules,
        String source) {

    /**
     * Validates the components, copies {@code rules} and drops the tolerance's trailing zeros ({@code 0.00} = {@code 0}).
     *
     * @param id the rule-set id
     * @param version its version, if given
     * @param tolerance the absolute tolerance, at least 0
     * @param rules the rules; ids unique
     * @param source the file or resource it was read from
     */
    public RuleSetDefinition {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(tolerance, "tolerance");
        if (tolerance.signum() < 0) {
            throw new IllegalArgumentException("tolerance must be >= 0: " + tolerance);
        }
        tolerance = tolerance.signum() == 0 ? BigDecimal.ZERO : tolerance.stripTrailingZeros();
        rules = List.copyOf(rules);
        Objects.requireNonNull(source, "source");
    }

    /**
     * A rule set built in code: no version, tolerance 0.
     *
     * @param id the rule-set id
     * @param rules the rules; ids unique
     * @return the rule set
     */
    public static RuleSetDefinition of(String id, List<RuleDefinition> rules) {
        return new RuleSetDefinition(id, Optional.empty(), BigDecimal.ZERO, rules, id);
    }

    /**
     * This rule set with another tolerance.
     *
     * @param absolute the absolute tolerance of {@code =}, {@code !=} and balances, at least 0
     * @return a new rule set; this one is unchanged
     */
    public RuleSetDefinition withTolerance(BigDecimal absolute) {
        return new RuleSetDefinition(id, version, absolute, rules, source);
    }
}
