package org.statsbase.confidentiality.internal;

import java.util.Objects;
import org.statsbase.confidentiality.error.ConfidentialityError;
import org.statsbase.confidentiality.error.ConfidentialityException;

/**
 * Checks of the texts the API takes (ids that become trail subjects) and filling of {@code {0}}… templates.
 *
 * <p>Thread safety: stateless.
 */
public final class Texts {

    private Texts() {
    }

    /**
     * {@code text} if it is non-blank and one line without control characters.
     *
     * @param whatEn what the text is, in English (for the message)
     * @param whatZh what the text is, in Chinese
     * @throws ConfidentialityException SB-CONF-0001 blank, SB-CONF-0002 not one line
     */
    public static String singleLine(String text, String whatEn, String whatZh) {
        Objects.requireNonNull(text, whatEn);
        if (text.isBlank()) {
            throw new ConfidentialityException(ConfidentialityError.FIELD_BLANK, whatEn, whatZh);
        }
        for (int i = 0; i < text.length(); i++) {
            if (Character.isISOControl(text.charAt(i)) || text.charAt(i) == '\u2028' || text.charAt(i) == '\u2029') {
                throw new ConfidentialityException(ConfidentialityError.FIELD_NOT_SINGLE_LINE, whatEn, text, whatZh);
            }
        }
        return text;
    }

    /** {@code template} with each {@code {i}} replaced by {@code String.valueOf(args[i])}. */
    public static String fill(String template, Object... args) {
        String s = template;
        for (int i = 0; i < args.length; i++) {
            s = s.replace("{" + i + "}", String.valueOf(args[i]));
        }
        return s;
    }
}
