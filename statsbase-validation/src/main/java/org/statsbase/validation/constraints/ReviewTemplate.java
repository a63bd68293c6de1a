package org.statsbase.validation.constraints;

import java.util.Locale;
import java.util.Optional;
import org.statsbase.core.level.Severity;

/**
 * A {@code @ReviewRules} violation template read back (its format is written by the validator, in
 * {@code constraints.internal.ReviewRulesTemplates}; the two change together):
 * {@code [{P.ERROR}]{P.<SEVERITY>}<rule id>{P.detail.message}<zh>{P.detail.other}<en>{P.detail.otherEnd}},
 * the texts escaped ({@code \ { } $}).
 *
 * <p>Thread safety: immutable.
 */
record ReviewTemplate(boolean error, Severity severity, String ruleId, String zh, String en) {

    static final String KEY = "org.statsbase.validation.constraints.ReviewRules.";
    private static final String ERROR = "{" + KEY + "ERROR}";
    private static final String MESSAGE = "{" + KEY + "detail.message}";
    private static final String OTHER = "{" + KEY + "detail.other}";
    private static final String OTHER_END = "{" + KEY + "detail.otherEnd}";

    /** The parts of a template, or empty when it is not a {@code @ReviewRules} violation's. */
    static Optional<ReviewTemplate> parse(String template) {
        if (template == null || !template.startsWith("{" + KEY)) {
            return Optional.empty();
        }
        int at = 0;
        boolean error = template.startsWith(ERROR);
        if (error) {
            at = ERROR.length();
        }
        Severity severity = null;
        for (Severity s : Severity.values()) {
            String key = "{" + KEY + s.name() + "}";
            if (template.startsWith(key, at)) {
                severity = s;
                at += key.length();
                break;
            }
        }
        if (severity == null) {
            return Optional.empty();
        }
        StringBuilder ruleId = new StringBuilder();
        at = literal(template, at, ruleId);
        if (!template.startsWith(MESSAGE, at)) {
            return Optional.empty();
        }
        StringBuilder zh = new StringBuilder();
        at = literal(template, at + MESSAGE.length(), zh);
        if (!template.startsWith(OTHER, at)) {
            return Optional.empty();
        }
        StringBuilder en = new StringBuilder();
        at = literal(template, at + OTHER.length(), en);
        if (!template.startsWith(OTHER_END, at) || at + OTHER_END.length() != template.length()) {
            return Optional.empty();
        }
        return Optional.of(new ReviewTemplate(error, severity, ruleId.toString(), zh.toString(), en.toString()));
    }

    /** The rule's message in the language of {@code locale}: Chinese for {@code zh}, else English. */
    String message(Locale locale) {
        return "zh".equals(locale.getLanguage()) ? zh : en;
    }

    /** The template with only the message of {@code locale}'s language. */
    String template(Locale locale) {
        return (error ? ERROR : "") + "{" + KEY + severity.name() + "}" + escape(ruleId) + MESSAGE
                + escape(message(locale));
    }

    /** Reads unescaped text up to the next unescaped {@code {}, returning its position. */
    private static int literal(String t, int from, StringBuilder out) {
        int i = from;
        while (i < t.length()) {
            char c = t.charAt(i);
            if (c == '{') {
                return i;
            }
            if (c == '\\' && i + 1 < t.length()) {
                c = t.charAt(++i);
            }
            out.append(c);
            i++;
        }
        return i;
    }

    private static String escape(String text) {
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
}
