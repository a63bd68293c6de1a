package org.statsbase.validation.constraints.internal;

/**
 * The message keys of the code constraints and the violation templates built from them.
 *
 * <p>Jakarta Validation 3.1 has no message parameters a validator can add (Hibernate Validator's
 * {@code addMessageParameter} is not portable), so the violation template carries the
 * violation's own text itself: the per-reason key, then the normalised input, position, expected
 * and actual text, each between a pair of locale-specific glue keys ({@code …detail.input},
 * {@code …detail.inputEnd} and so on) so that each language places its own words and quotes
 * around them. The text is escaped as section 6.3.1.1 of the specification requires
 * ({@code \{ \} \$ \\}), so input such as {@code ${…}} or {@code {key}} is shown, never
 * interpolated (the message-template injection of CVE-2020-10693).
 * {@link org.statsbase.validation.constraints.CodeViolations} reads the reason back from the
 * template's first key.
 *
 * <p>Thread safety: stateless.
 */
public final class ConstraintMessages {

    /** The namespace of every key. */
    public static final String PREFIX = "org.statsbase.validation.constraints.";

    /** The glue keys around each detail, in the order they appear. */
    private static final String DETAIL = PREFIX + "detail.";

    /** Longer input is cut, so that a megabyte of garbage does not become a megabyte of message. */
    static final int MAX_INPUT_CODE_POINTS = 64;

    private ConstraintMessages() {
    }

    /** The default message template of a constraint, for example {@code {…UnifiedSocialCreditCode.message}}. */
    public static String defaultMessage(String constraint) {
        return "{" + PREFIX + constraint + ".message}";
    }

    /** The key of a reason of a constraint, for example {@code …UnifiedSocialCreditCode.BAD_CHECK_CHARACTER}. */
    public static String reasonKey(String constraint, String reason) {
        return PREFIX + constraint + "." + reason;
    }

    /** The key naming a constant (a level, a group), for example {@code …DivisionLevel.COUNTY}. */
    public static String enumKey(Enum<?> level) {
        return PREFIX + level.getDeclaringClass().getSimpleName() + "." + level.name();
    }

    /** The detail glue keys: {@code input, inputEnd, position, positionEnd, …, actualEnd}. */
    public static String[] detailKeys() {
        String[] keys = new String[8];
        int i = 0;
        for (String detail : new String[] {"input", "position", "expected", "actual"}) {
            keys[i++] = DETAIL + detail;
            keys[i++] = DETAIL + detail + "End";
        }
        return keys;
    }

    /** A key as a template fragment, resolved by the message interpolator. */
    static String key(String key) {
        return "{" + key + "}";
    }

    /**
     * Text as a template fragment that the interpolator leaves as it is: {@code \ { } $} escaped,
     * cut after {@value #MAX_INPUT_CODE_POINTS} code points with {@code …}.
     */
    static String literal(String text) {
        String cut = text;
        if (text.codePointCount(0, text.length()) > MAX_INPUT_CODE_POINTS) {
            cut = text.substring(0, text.offsetByCodePoints(0, MAX_INPUT_CODE_POINTS)) + "…";
        }
        return escape(cut);
    }

    /** Text as a template fragment that the interpolator leaves as it is: {@code \\ { } $} escaped. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' || c == '{' || c == '}' || c == '$') {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    /** The violation template of a finding of a constraint. */
    static String template(String constraint, Finding finding) {
        StringBuilder t = new StringBuilder(160).append(key(reasonKey(constraint, finding.reason().name())));
        if (!finding.input().isEmpty()) {
            detail(t, "input", literal(finding.input()));
        }
        if (finding.position() > 0) {
            detail(t, "position", Integer.toString(finding.position()));
        }
        if (!finding.expected().isEmpty()) {
            detail(t, "expected", finding.expected());
        }
        if (!finding.actual().isEmpty()) {
            detail(t, "actual", finding.actual());
        }
        return t.toString();
    }

    private static void detail(StringBuilder t, String detail, String fragment) {
        t.append(key(DETAIL + detail)).append(fragment).append(key(DETAIL + detail + "End"));
    }
}
