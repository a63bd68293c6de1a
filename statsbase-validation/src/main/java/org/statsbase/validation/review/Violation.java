package org.statsbase.validation.review;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.statsbase.core.level.Severity;
import org.statsbase.validation.data.FieldValue;
import org.statsbase.validation.data.RecordKey;
import org.statsbase.validation.rules.LocalizedText;

/**
 * One record failing one rule: the rule, its level, the record (key and 0-based row), the fields
 * the rule read with their values, the imbalance (left − right of the first numeric comparison
 * that came out false, or parent − children of a balance), the rendered message, and for
 * {@link Severity#VERIFY} rules the explanation given, if any.
 *
 * @param ruleId      the rule
 * @param severity    its level
 * @param key         the record's key
 * @param row         the record's 0-based index in the reviewed dataset
 * @param fields      the fields read, in order of first use ({@code when} first)
 * @param imbalance   the difference, where the failure was a numeric comparison
 * @param message     the rule's message with {@code {…}} placeholders filled from the record
 * @param explanation the explanation given, if any
 *
 * <p>Thread safety: immutable.
 */
public record Violation(String ruleId, Severity severity, RecordKey key, int row, List<FieldValue> fields,
        Optional<BigDecimal> imbalance, LocalizedText message, Optional<Explanation> explanation) {

    /**
     * Validates and copies the components.
     *
     * @param ruleId the rule
     * @param severity its level
     * @param key the record's key
     * @param row the record's 0-based index in the reviewed dataset
     * @param fields the fields read, in order of first use ({@code when} first)
     * @param imbalance the difference, where the failure was a numeric comparison
     * @param message the rule's message with {@code {…}} placeholders filled from the record
     * @param explanation the explanation given, if any
     */
    public Violation {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(key, "key");
        fields = List.copyOf(fields);
        Objects.requireNonNull(imbalance, "imbalance");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(explanation, "explanation");
    }

    /**
     * This violation with an explanation.
     *
     * @param given the explanation
     * @return a new violation; this one is unchanged
     */
    public Violation withExplanation(Explanation given) {
        return new Violation(ruleId, severity, key, row, fields, imbalance, message,
                Optional.of(Objects.requireNonNull(given, "given")));
    }
}
