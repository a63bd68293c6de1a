package org.statsbase.core.internal.config;

import java.util.Optional;
import org.statsbase.core.code.internal.CodeText;

/**
 * Normalises the identifiers that configuration files and callers use for forms (表号 such as
 * {@code B204-1}) and indicators: like codes (NFKC, trimmed, upper-cased), and then non-empty
 * without blanks or control characters inside.
 *
 * <p>Thread safety: stateless; safe to use from any thread.
 */
public final class ConfigIds {

    private ConfigIds() {
    }

    /** The normalised identifier, or empty if it is blank or has a blank or control character inside. */
    public static Optional<String> normalize(CharSequence id) {
        String s = CodeText.normalize(id);
        if (s.isEmpty()) {
            return Optional.empty();
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c)) {
                return Optional.empty();
            }
        }
        return Optional.of(s);
    }
}
