package org.statsbase.core.code.internal;

import java.text.Normalizer;

/**
 * Normalises identifier input before checking: NFKC (full-width digits and letters become
 * ASCII), surrounding blanks trimmed (including the ideographic space U+3000), ASCII letters
 * upper-cased. {@code null} becomes {@code ""}.
 *
 * <p>The common case — already plain printable ASCII without lower-case letters or blanks at
 * the ends — returns the input's own {@code String} without allocating.
 *
 * <p>Thread safety: stateless; safe to use from any thread.
 */
public final class CodeText {

    private CodeText() {
    }

    /** The normalised text. */
    public static String normalize(CharSequence input) {
        if (input == null) {
            return "";
        }
        if (isCanonicalAscii(input)) {
            return input.toString();
        }
        String s = input.toString();
        if (!isAscii(s)) {
            s = Normalizer.normalize(s, Normalizer.Form.NFKC);
        }
        s = s.strip();
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 'a' && c <= 'z') {
                if (out == null) {
                    out = new StringBuilder(s);
                }
                out.setCharAt(i, (char) (c - 32));
            }
        }
        return out == null ? s : out.toString();
    }

    /** True if the text is non-empty printable ASCII with no lower-case letter and no blank at either end. */
    public static boolean isCanonicalAscii(CharSequence s) {
        int n = s.length();
        if (n == 0 || s.charAt(0) == ' ' || s.charAt(n - 1) == ' ') {
            return n == 0;
        }
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c > 0x7E || (c >= 'a' && c <= 'z')) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 0x7F) {
                return false;
            }
        }
        return true;
    }
}
