package org.statsbase.validation.internal.lang;

import org.statsbase.validation.error.ValidationError;

/**
 * A record on which a rule could not be evaluated (a type error where types were unknown
 * statically, a result beyond {@link Limits}); counted in the rule's {@code errors}. Carries no
 * stack trace: it is data, and it must be cheap.
 *
 * <p>Thread safety: immutable.
 */
public final class EvalException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final ValidationError error;
    private final transient Object[] args;

    EvalException(ValidationError error, Object... args) {
        super(error.formatEn(args), null, false, false);
        this.error = error;
        this.args = args.clone();
    }

    /** The error code. */
    public ValidationError error() {
        return error;
    }

    /** The Chinese message. */
    public String messageZh() {
        return error.formatZh(args);
    }

    /** The English message. */
    public String messageEn() {
        return error.formatEn(args);
    }

    static EvalException type(String op, Object... values) {
        StringBuilder what = new StringBuilder();
        StringBuilder whatZh = new StringBuilder();
        for (Object v : values) {
            if (what.length() > 0) {
                what.append(", ");
                whatZh.append("、");
            }
            what.append(v == null ? "missing" : Type.of(v).en);
            whatZh.append(v == null ? "缺失值" : Type.of(v).zh);
        }
        return new EvalException(ValidationError.EVAL_TYPE_ERROR, op, what.toString(), whatZh.toString());
    }
}
