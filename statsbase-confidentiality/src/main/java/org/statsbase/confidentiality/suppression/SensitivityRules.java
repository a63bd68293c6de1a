package org.statsbase.confidentiality.suppression;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.statsbase.confidentiality.error.ConfidentialityError;
import org.statsbase.confidentiality.error.ConfidentialityException;
import org.statsbase.core.error.DataFileException;
import org.statsbase.confidentiality.table.Cell;
import org.statsbase.confidentiality.table.ContributionLevel;
import org.statsbase.core.internal.io.LimitedInput;
import org.statsbase.core.io.InputLimits;

/**
 * A combination of primary {@link SensitivityRule}s applied to every cell of a table, margins
 * included, at unit or holding level (τ-ARGUS: a cell is unsafe when any rule says so, and its
 * protection level is the largest any failing rule asks for).
 *
 * <p>Protection is symmetric by default: the lower and upper protection levels both equal the rule's
 * level. {@link #withShares} scales them (for example 0 below for a one-sided requirement). For a cell
 * known to be non-negative the lower protection is capped at the cell's value, since no reader can
 * believe a value below zero anyway (as τ-ARGUS caps it).
 *
 * <p>Specification syntax ({@link #parse}): rules separated by commas, {@code freq(n)} or
 * {@code freq(n,percent)} (percent defaults to {@value #DEFAULT_FREQUENCY_PERCENT}),
 * {@code nk(n,k)}, {@code p(p)}; for example {@code freq(3),nk(2,85),p(10)}.
 *
 * <p>Thread safety: immutable.
 */
public final class SensitivityRules {

    /** The protection level of the minimum-frequency rule as a percentage of the cell total when not given. */
    public static final int DEFAULT_FREQUENCY_PERCENT = 10;

    /** How a specification is named in a limit error. */
    private static final String SPEC_SOURCE = "sensitivity rule specification / 敏感性规则";

    private final List<SensitivityRule> rules;
    private final ContributionLevel level;
    private final BigDecimal lowerShare;
    private final BigDecimal upperShare;

    private SensitivityRules(List<SensitivityRule> rules, ContributionLevel level, BigDecimal lowerShare, BigDecimal upperShare) {
        this.rules = List.copyOf(rules);
        this.level = level;
        this.lowerShare = lowerShare;
        this.upperShare = upperShare;
        if (this.rules.isEmpty()) {
            throw new ConfidentialityException(ConfidentialityError.RULES_EMPTY);
        }
    }

    /**
     * Rules applied at {@code level}, symmetric protection.
     *
     * @param level unit or holding: who counts as a respondent
     * @param rules the rules, at least one
     * @return the rules
     * @throws ConfidentialityException SB-CONF-0403 when {@code rules} is empty
     */
    public static SensitivityRules of(ContributionLevel level, List<SensitivityRule> rules) {
        return new SensitivityRules(Objects.requireNonNull(rules, "rules"), Objects.requireNonNull(level, "level"),
                BigDecimal.ONE, BigDecimal.ONE);
    }

    /**
     * Parses a specification such as {@code freq(3),nk(2,85),p(10)}, applied at {@code level}.
     *
     * @param spec  the specification, for example {@code freq(3),nk(2,85),p(10)}
     * @param level unit or holding: who counts as a respondent
     * @return the rules
     * @throws ConfidentialityException SB-CONF-0401 malformed; 0402 a parameter out of range; 0403 empty
     */
    public static SensitivityRules parse(String spec, ContributionLevel level) {
        return parse(spec, level, InputLimits.configuration());
    }

    /**
     * Parses a specification under {@code limits}: at most {@link InputLimits#maxInputBytes()} bytes (UTF-8) and
     * {@link InputLimits#maxLineLength()} characters,
     * numbers of at most {@link InputLimits#maxNumberLength()} characters.
     *
     * @param spec   the specification, for example {@code freq(3),nk(2,85),p(10)}
     * @param level  unit or holding: who counts as a respondent
     * @param limits the limits the specification is parsed under
     * @return the rules
     * @throws DataFileException SB-CORE-1201/1202 over a limit
     * @throws ConfidentialityException SB-CONF-0401 malformed; 0402 a parameter out of range; 0403 empty
     */
    public static SensitivityRules parse(String spec, ContributionLevel level, InputLimits limits) {
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(limits, "limits");
        LimitedInput.checkSize(spec, SPEC_SOURCE, limits);
        if (spec.length() > limits.maxLineLength()) {
            throw DataFileException.limitExceeded(SPEC_SOURCE, 1, "max_line_length", limits.maxLineLength(),
                    spec.length() + " characters");
        }
        int run = 0;
        for (int i = 0; i < spec.length(); i++) {
            char c = spec.charAt(i);
            run = c >= '0' && c <= '9' || c == '.' ? run + 1 : 0;
            if (run > limits.maxNumberLength()) {
                throw DataFileException.limitExceeded(SPEC_SOURCE, 1, "max_number_length", limits.maxNumberLength(),
                        "a number at column " + (i - run + 2));
            }
        }
        return of(level, new Parser(spec).rules());
    }

    /**
     * The same rules with the lower and upper protection levels scaled by the given shares of the rule's
     * level (1 and 1 is symmetric).
     *
     * @param lower the share of the protection level required below the value, ≥ 0
     * @param upper the share of the protection level required above the value, ≥ 0
     * @return a new set of rules; this one is unchanged
     */
    public SensitivityRules withShares(BigDecimal lower, BigDecimal upper) {
        Objects.requireNonNull(lower, "lower");
        Objects.requireNonNull(upper, "upper");
        if (lower.signum() < 0 || upper.signum() < 0) {
            throw new ConfidentialityException(ConfidentialityError.RULE_PARAMETER_OUT_OF_RANGE, "protection", "share",
                    lower.min(upper), "[0, ∞)");
        }
        return new SensitivityRules(rules, level, lower, upper);
    }

    /**
     * The rules, in order.
     *
     * @return the rules, in order
     */
    public List<SensitivityRule> rules() {
        return rules;
    }

    /**
     * The level respondents are counted at.
     *
     * @return the level respondents are counted at
     */
    public ContributionLevel level() {
        return level;
    }

    /**
     * The specification, for example {@code freq(3,10),nk(2,85),p(10)}.
     *
     * @return the specification, for example {@code freq(3,10),nk(2,85),p(10)}
     */
    public String spec() {
        return rules.stream().map(SensitivityRule::spec).collect(Collectors.joining(","));
    }

    /**
     * Applies every rule to {@code cell}. Empty cells are safe.
     *
     * @param cell the cell
     * @return the rules it fails and the protection it needs; not sensitive when it fails none
     */
    public Sensitivity assess(Cell cell) {
        Objects.requireNonNull(cell, "cell");
        List<BigDecimal> magnitudes = new ArrayList<>();
        for (BigDecimal x : cell.contributions(level)) {
            magnitudes.add(x.abs());
        }
        magnitudes.sort((a, b) -> b.compareTo(a));
        List<String> failed = new ArrayList<>();
        BigDecimal protection = BigDecimal.ZERO;
        for (SensitivityRule rule : rules) {
            Optional<BigDecimal> p = rule.protection(magnitudes);
            if (p.isPresent()) {
                failed.add(rule.spec());
                protection = protection.max(p.get());
            }
        }
        BigDecimal lower = protection.multiply(lowerShare, MathContext.DECIMAL128);
        BigDecimal upper = protection.multiply(upperShare, MathContext.DECIMAL128);
        if (!cell.hasNegative()) {
            lower = lower.min(cell.value());
        }
        return new Sensitivity(cell.key(), failed, lower, upper, cell.isMixedSign());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SensitivityRules && ((SensitivityRules) o).rules.equals(rules) && ((SensitivityRules) o).level == level
                && ((SensitivityRules) o).lowerShare.compareTo(lowerShare) == 0
                && ((SensitivityRules) o).upperShare.compareTo(upperShare) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(rules, level);
    }

    @Override
    public String toString() {
        return spec() + " at " + level.name().toLowerCase() + " level";
    }

    /** A recursive-descent parser of the specification syntax. */
    private static final class Parser {
        private final String text;
        private int pos;

        Parser(String text) {
            this.text = text;
        }

        List<SensitivityRule> rules() {
            List<SensitivityRule> out = new ArrayList<>();
            skip();
            if (pos == text.length()) {
                throw new ConfidentialityException(ConfidentialityError.RULES_EMPTY);
            }
            while (true) {
                out.add(rule());
                skip();
                if (pos == text.length()) {
                    return out;
                }
                expect(',');
            }
        }

        private SensitivityRule rule() {
            skip();
            int start = pos;
            while (pos < text.length() && Character.isLetter(text.charAt(pos))) {
                pos++;
            }
            String name = text.substring(start, pos).toLowerCase();
            int nameAt = start;
            skip();
            expect('(');
            List<BigDecimal> args = new ArrayList<>();
            args.add(number());
            skip();
            while (pos < text.length() && text.charAt(pos) == ',') {
                pos++;
                args.add(number());
                skip();
            }
            expect(')');
            switch (name) {
                case "freq":
                    if (args.size() > 2) {
                        throw malformed(nameAt);
                    }
                    return new SensitivityRule.MinimumFrequency(integer(args.get(0), "freq", "n"),
                            args.size() == 2 ? args.get(1) : BigDecimal.valueOf(DEFAULT_FREQUENCY_PERCENT));
                case "nk":
                    if (args.size() != 2) {
                        throw malformed(nameAt);
                    }
                    return new SensitivityRule.Dominance(integer(args.get(0), "nk", "n"), args.get(1));
                case "p":
                    if (args.size() != 1) {
                        throw malformed(nameAt);
                    }
                    return new SensitivityRule.PPercent(args.get(0));
                default:
                    throw malformed(nameAt);
            }
        }

        private int integer(BigDecimal v, String rule, String param) {
            try {
                return v.intValueExact();
            } catch (ArithmeticException e) {
                throw new ConfidentialityException(ConfidentialityError.RULE_PARAMETER_OUT_OF_RANGE, rule, param, v, "[1, 2147483647]");
            }
        }

        private BigDecimal number() {
            skip();
            int start = pos;
            while (pos < text.length() && (Character.isDigit(text.charAt(pos)) || text.charAt(pos) == '.')) {
                pos++;
            }
            try {
                return new BigDecimal(text.substring(start, pos));
            } catch (NumberFormatException e) {
                throw malformed(start);
            }
        }

        private void expect(char c) {
            skip();
            if (pos >= text.length() || text.charAt(pos) != c) {
                throw malformed(pos);
            }
            pos++;
        }

        private void skip() {
            while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
                pos++;
            }
        }

        private ConfidentialityException malformed(int at) {
            return new ConfidentialityException(ConfidentialityError.RULE_SPEC_MALFORMED, text, at + 1);
        }
    }
}
