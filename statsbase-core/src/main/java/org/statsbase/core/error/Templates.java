package org.statsbase.core.error;

/** Fills {@code {n}} placeholders; deliberately not {@link java.text.MessageFormat}, which
 * groups digits and treats apostrophes as quotes — both wrong for codes and Chinese text. */
final class Templates {

    /** An argument longer than this is abbreviated: a message must not carry megabytes of hostile input. */
    static final int MAX_ARGUMENT = 10_000;
    /** How much of an abbreviated argument is kept. */
    static final int KEPT = 1_000;

    private Templates() {
    }

    static String fill(String template, Object... args) {
        if (args == null || args.length == 0 || template.indexOf('{') < 0) {
            return template;
        }
        StringBuilder out = new StringBuilder(template.length() + 16 * args.length);
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            int close = c == '{' ? template.indexOf('}', i) : -1;
            if (close > i + 1 && isIndex(template, i + 1, close)) {
                int index = Integer.parseInt(template, i + 1, close, 10);
                if (index < args.length) {
                    appendAbbreviated(out, String.valueOf(args[index]));
                    i = close + 1;
                    continue;
                }
            }
            out.append(c);
            i++;
        }
        return out.toString();
    }

    /** {@code text}, or its first {@value #KEPT} characters, "…" and its length in brackets. */
    private static void appendAbbreviated(StringBuilder out, String text) {
        if (text.length() <= MAX_ARGUMENT) {
            out.append(text);
        } else {
            int end = Character.isHighSurrogate(text.charAt(KEPT - 1)) ? KEPT - 1 : KEPT;
            out.append(text, 0, end).append("…[").append(text.length()).append(']');
        }
    }

    private static boolean isIndex(String s, int from, int to) {
        if (to - from > 2) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
