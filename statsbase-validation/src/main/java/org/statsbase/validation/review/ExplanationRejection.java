package org.statsbase.validation.review;

import java.util.Objects;

/**
 * Why an {@link ExplanationPolicy} does not accept an explanation: the stable code
 * ({@code SB-VAL-06xx}) and the reason in Chinese and English.
 *
 * @param code      the stable code
 * @param messageZh the reason in Chinese
 * @param messageEn the reason in English
 *
 * <p>Thread safety: immutable.
 */
public record ExplanationRejection(String code, String messageZh, String messageEn) {

    /**
     * Validates the components.
     *
     * @param code the stable code
     * @param messageZh the reason in Chinese
     * @param messageEn the reason in English
     */
    public ExplanationRejection {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(messageZh, "messageZh");
        Objects.requireNonNull(messageEn, "messageEn");
    }
}
