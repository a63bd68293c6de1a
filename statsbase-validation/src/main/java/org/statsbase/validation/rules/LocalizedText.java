package org.statsbase.validation.rules;

import java.util.Objects;

/**
 * A text in Chinese and English, as rule names and messages are written ({@code {zh: …, en: …}}).
 * Either may be empty when a rule set gives only one; {@link #zhOrEn()} and {@link #enOrZh()}
 * fall back to the other.
 *
 * @param zh the Chinese text, or {@code ""}
 * @param en the English text, or {@code ""}
 *
 * <p>Thread safety: immutable.
 */
public record LocalizedText(String zh, String en) {

    /** The empty text. */
    public static final LocalizedText EMPTY = new LocalizedText("", "");

    /**
     * Validates the components; neither may be null.
     *
     * @param zh the Chinese text, or {@code ""}
     * @param en the English text, or {@code ""}
     */
    public LocalizedText {
        Objects.requireNonNull(zh, "zh");
        Objects.requireNonNull(en, "en");
    }

    /**
     * The text in both languages.
     *
     * @param zh the Chinese text, or {@code ""}
     * @param en the English text, or {@code ""}
     * @return the text
     */
    public static LocalizedText of(String zh, String en) {
        return new LocalizedText(zh, en);
    }

    /**
     * Whether both languages are empty.
     *
     * @return {@code true} when both are {@code ""}
     */
    public boolean isEmpty() {
        return zh.isEmpty() && en.isEmpty();
    }

    /**
     * The Chinese text, or the English one when there is no Chinese.
     *
     * @return the text; {@code ""} when both are empty
     */
    public String zhOrEn() {
        return zh.isEmpty() ? en : zh;
    }

    /**
     * The English text, or the Chinese one when there is no English.
     *
     * @return the text; {@code ""} when both are empty
     */
    public String enOrZh() {
        return en.isEmpty() ? zh : en;
    }
}
