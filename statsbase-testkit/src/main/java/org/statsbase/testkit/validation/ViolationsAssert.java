package org.statsbase.testkit.validation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;
import org.statsbase.core.level.Severity;
import org.statsbase.validation.data.FieldValue;
import org.statsbase.validation.data.RecordKey;
import org.statsbase.validation.data.Value;
import org.statsbase.validation.review.EvaluationError;
import org.statsbase.validation.review.ReviewReport;
import org.statsbase.validation.review.Violation;

/**
 * Assertions on the violations of one rule in a report, narrowed with {@link #forRecord}; the
 * {@code with…} checks hold for every selected violation (after {@code forRecord} there is one).
 *
 * <p>Thread safety: not thread-safe (AssertJ assertion objects are used by one test thread).
 */
public final class ViolationsAssert extends AbstractAssert<ViolationsAssert, List<Violation>> {

    /** At most this many violations are listed in a message. */
    private static final int SHOWN = 10;

    private final Optional<ReviewReport> report;
    private final Optional<String> ruleId;
    private final String subject;

    private ViolationsAssert(List<Violation> selected, Optional<ReviewReport> report, Optional<String> ruleId,
            String subject) {
        super(selected, ViolationsAssert.class);
        this.report = report;
        this.ruleId = ruleId;
        this.subject = subject;
    }

    static ViolationsAssert of(Violation violation) {
        return new ViolationsAssert(violation == null ? null : List.of(violation), Optional.empty(),
                Optional.ofNullable(violation).map(Violation::ruleId), violation == null ? "the violation"
                        : "the violation of rule " + violation.ruleId() + " for " + violation.key());
    }

    static ViolationsAssert ofRule(ReviewReport report, String ruleId, List<Violation> violations) {
        return new ViolationsAssert(violations, Optional.of(report), Optional.of(ruleId),
                "the violations of rule " + ruleId);
    }

    /** The violations of a rule as messages list them: key, row, imbalance. */
    static String describe(List<Violation> violations) {
        String shown = violations.stream().limit(SHOWN).map(ViolationsAssert::describe)
                .collect(Collectors.joining("; "));
        return violations.size() > SHOWN ? shown + "; … (" + violations.size() + " in all)" : shown;
    }

    static String describe(Violation v) {
        return v.key() + " (row " + v.row() + ", " + v.severity() + ", imbalance "
                + v.imbalance().map(BigDecimal::toPlainString).orElse("none") + ", fields "
                + v.fields().stream().map(f -> f.field() + "=" + f.value().render()).collect(Collectors.joining(", "))
                + ")";
    }

    /**
     * Narrows to the violation of the record with this key.
     *
     * @param key the record's key
     * @return an assertion on that record's violation
     */
    public ViolationsAssert forRecord(RecordKey key) {
        Objects.requireNonNull(key, "key");
        return narrow(key.toString(), k -> k.equals(key));
    }

    /**
     * Narrows to the violation of the record whose key values are these, in key-column order.
     *
     * @param keyValues the key values, in key-column order
     * @return an assertion on that record's violation
     */
    public ViolationsAssert forRecord(String... keyValues) {
        List<String> values = List.of(keyValues);
        return narrow(String.join(", ", values), k -> k.values().equals(values));
    }

    private ViolationsAssert narrow(String keyText, Predicate<RecordKey> match) {
        isNotNull();
        List<Violation> selected = actual.stream().filter(v -> match.test(v.key())).toList();
        if (selected.isEmpty()) {
            String errors = report.map(r -> r.errors().stream()
                    .filter(e -> ruleId.map(e.ruleId()::equals).orElse(true) && match.test(e.key()))
                    .map(ViolationsAssert::describeError).collect(Collectors.joining("; "))).orElse("");
            failWithMessage("%s", "Expected " + subject + " to include record " + keyText + " but it does not"
                    + (errors.isEmpty() ? "" : " (it could not be evaluated there: " + errors + ")")
                    + "; the record(s) found: " + (actual.isEmpty() ? "none" : describe(actual)));
        }
        return new ViolationsAssert(selected, report, ruleId, subject + " for " + keyText);
    }

    /**
     * Asserts the number of selected violations.
     *
     * @param count the expected number
     * @return this assertion, for chaining
     */
    public ViolationsAssert hasCount(int count) {
        isNotNull();
        if (actual.size() != count) {
            failWithMessage("%s", "Expected " + count + " of " + subject + " but found " + actual.size() + ": "
                    + describe(actual));
        }
        return this;
    }

    /**
     * Asserts the level.
     *
     * @param severity the expected level
     * @return this assertion, for chaining
     */
    public ViolationsAssert withSeverity(Severity severity) {
        Objects.requireNonNull(severity, "severity");
        return each(v -> v.severity() == severity, v -> "severity " + severity, v -> "it is " + v.severity());
    }

    /**
     * Asserts the imbalance, compared by value ({@code "3"} matches {@code 3.00}).
     *
     * @param imbalance the expected imbalance, as decimal text
     * @return this assertion, for chaining
     */
    public ViolationsAssert withImbalance(String imbalance) {
        return withImbalance(new BigDecimal(Objects.requireNonNull(imbalance, "imbalance")));
    }

    /**
     * Asserts the imbalance, compared by value.
     *
     * @param imbalance the expected imbalance
     * @return this assertion, for chaining
     */
    public ViolationsAssert withImbalance(BigDecimal imbalance) {
        Objects.requireNonNull(imbalance, "imbalance");
        return each(v -> v.imbalance().map(i -> i.compareTo(imbalance) == 0).orElse(false),
                v -> "imbalance " + imbalance.toPlainString(),
                v -> v.imbalance().map(i -> "it is " + i.toPlainString()).orElse("it has none"));
    }

    /**
     * Asserts that there is no imbalance (the failure was not a numeric comparison).
     *
     * @return this assertion, for chaining
     */
    public ViolationsAssert withoutImbalance() {
        return each(v -> v.imbalance().isEmpty(), v -> "no imbalance",
                v -> "it has " + v.imbalance().map(BigDecimal::toPlainString).orElse(""));
    }

    /**
     * Asserts that the rule read a field and found this value (numbers compared by value).
     *
     * @param field the field as the rule names it
     * @param value the value expected
     * @return this assertion, for chaining
     */
    public ViolationsAssert withField(String field, Value value) {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(value, "value");
        return each(v -> v.fields().stream().anyMatch(f -> f.field().equals(field) && f.value().equals(value)),
                v -> "field " + field + "=" + value.render(),
                v -> "it read " + (v.fields().isEmpty() ? "no field" : v.fields().stream()
                        .map(f -> f.field() + "=" + f.value().render()).collect(Collectors.joining(", "))));
    }

    /**
     * Asserts that the message (Chinese or English) contains a text.
     *
     * @param text the text expected in either message
     * @return this assertion, for chaining
     */
    public ViolationsAssert withMessageContaining(String text) {
        Objects.requireNonNull(text, "text");
        return each(v -> v.message().zh().contains(text) || v.message().en().contains(text),
                v -> "a message containing \"" + text + "\"",
                v -> "its message is \"" + v.message().zh() + "\" / \"" + v.message().en() + "\"");
    }

    /**
     * Asserts that an explanation was given.
     *
     * @return this assertion, for chaining
     */
    public ViolationsAssert withExplanation() {
        return each(v -> v.explanation().isPresent(), v -> "an explanation", v -> "it has none");
    }

    /**
     * Asserts that no explanation was given.
     *
     * @return this assertion, for chaining
     */
    public ViolationsAssert withoutExplanation() {
        return each(v -> v.explanation().isEmpty(), v -> "no explanation",
                v -> "it has \"" + v.explanation().map(e -> e.text()).orElse("") + "\"");
    }

    private ViolationsAssert each(Predicate<Violation> ok,
            Function<Violation, String> expected,
            Function<Violation, String> found) {
        isNotNull();
        for (Violation v : actual) {
            if (!ok.test(v)) {
                failWithMessage("%s", "Expected the violation of rule " + v.ruleId() + " for record " + v.key()
                        + " to have " + expected.apply(v) + " but " + found.apply(v) + " [" + describe(v) + "]");
            }
        }
        return this;
    }

    /**
     * The selected violation.
     *
     * @return the violation
     * @throws AssertionError unless exactly one is selected
     */
    public Violation violation() {
        hasCount(1);
        return actual.get(0);
    }

    /**
     * The fields read by the selected violation, for further assertions.
     *
     * @return the fields, in order of first use
     */
    public List<FieldValue> fields() {
        return violation().fields();
    }

    /**
     * Back to the report these violations came from.
     *
     * @return the report's assertion
     * @throws IllegalStateException when the assertion started from a single violation
     */
    public ReviewReportAssert and() {
        return new ReviewReportAssert(report.orElseThrow(
                () -> new IllegalStateException("this assertion did not start from a report")));
    }

    /** An evaluation error as messages list it. */
    static String describeError(EvaluationError e) {
        return e.key() + " (row " + e.row() + "): " + e.code() + " " + e.messageEn();
    }
}
