package org.statsbase.validation.review;

import java.util.Objects;
import org.statsbase.validation.data.RecordKey;

/**
 * A record on which a rule could not be evaluated (for example text where a number was needed,
 * in a rule compiled without a form or schema); counted in the rule's {@code errors}.
 *
 * @param ruleId    the rule
 * @param key       the record's key
 * @param row       the record's 0-based index
 * @param code      the stable error code ({@code SB-VAL-03xx})
 * @param messageZh the message in Chinese
 * @param messageEn the message in English
 *
 * <p>Thread safety: immutable.
 */
public record EvaluationError(String ruleId, RecordKey key, int row, String code, String messageZh,
        String messageEn) {

    /**
     * Validates the components.
     *
     * @param ruleId the rule
     * @param key the record's key
     * @param row the record's 0-based index
     * @param code the stable error code ({@code SB-VAL-03xx})
     * @param messageZh the message in Chinese
     * @param messageEn the message in English
     */
    public EvaluationError {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(messageZh, "messageZh");
        Objects.requireNonNull(messageEn, "messageEn");
    }
}
