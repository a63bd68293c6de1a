package org.statsbase.confidentiality.classification;

import java.util.Objects;

/**
 * One reason of a {@link Classification}: the clause applied and what it says of this item, in Chinese and
 * English.
 *
 * @param rule   the clause
 * @param textZh the reason in Chinese
 * @param textEn the reason in English
 *
 * <p>Thread safety: immutable.
 */
public record ClassificationReason(ClassificationRule rule, String textZh, String textEn) {

    /**
     * Checks that no component is null.
     *
     * @param rule   the clause
     * @param textZh the reason in Chinese
     * @param textEn the reason in English
     */
    public ClassificationReason {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(textZh, "textZh");
        Objects.requireNonNull(textEn, "textEn");
    }
}
