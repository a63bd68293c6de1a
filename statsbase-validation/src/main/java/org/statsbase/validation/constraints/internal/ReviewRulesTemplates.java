package org.statsbase.validation.constraints.internal;

import org.statsbase.core.level.Severity;

/**
 * The message templates of {@code @ReviewRules} violations. Jakarta Validation gives a validator
 * neither the locale nor message parameters, so the template carries both languages of the rule's
 * message, escaped:
 *
 * <pre>
 * [{P.ReviewRules.ERROR}]{P.ReviewRules.&lt;SEVERITY&gt;}&lt;rule id&gt;{P.ReviewRules.detail.message}&lt;zh&gt;{P.ReviewRules.detail.other}&lt;en&gt;{P.ReviewRules.detail.otherEnd}
 * </pre>
 *
 * <p>({@code P} = {@value ConstraintMessages#PREFIX} without its dot.) Interpolated as it is, this
 * reads {@code 强制性审核规则 R001：中文（English）}; {@code RuleMessageInterpolator} keeps only the
 * language of the locale, and {@code ReviewViolations} reads the parts back. Change both with this.
 *
 * <p>Thread safety: stateless.
 */
final class ReviewRulesTemplates {

    static final String KEY = ConstraintMessages.PREFIX + "ReviewRules.";

    private ReviewRulesTemplates() {
    }

    /** The template of a failing rule. */
    static String failure(Severity severity, String ruleId, String zh, String en) {
        return body(new StringBuilder(), severity, ruleId, zh, en);
    }

    /** The template of a rule that could not be evaluated. */
    static String error(Severity severity, String ruleId, String zh, String en) {
        return body(new StringBuilder(ConstraintMessages.key(KEY + "ERROR")), severity, ruleId, zh, en);
    }

    private static String body(StringBuilder t, Severity severity, String ruleId, String zh, String en) {
        return t.append(ConstraintMessages.key(KEY + severity.name()))
                .append(ConstraintMessages.escape(ruleId))
                .append(ConstraintMessages.key(KEY + "detail.message"))
                .append(ConstraintMessages.escape(zh))
                .append(ConstraintMessages.key(KEY + "detail.other"))
                .append(ConstraintMessages.escape(en))
                .append(ConstraintMessages.key(KEY + "detail.otherEnd"))
                .toString();
    }
}
