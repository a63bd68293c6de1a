package org.statsbase.validation.constraints;

import jakarta.validation.ConstraintViolation;
import java.lang.annotation.Annotation;
import java.util.Objects;
import java.util.Optional;
import org.statsbase.core.code.CodeReason;

/**
 * Reads, from a {@link ConstraintViolation} of one of the code constraints of this package, why
 * the code is invalid: the statsbase-core reason ({@code UnifiedSocialCreditCode.Reason.BAD_CHECK_CHARACTER}
 * and the like, or a {@link ConstraintReason}) and its stable error code ({@code SB-CORE-0108}).
 *
 * <p>The reason travels in the violation's message template, the only channel Jakarta Validation
 * 3.1 gives a validator; it is therefore absent when the constraint declares a message of its own.
 *
 * <p>Thread safety: stateless.
 */
public final class CodeViolations {

    /** The namespace of the message keys (also written by the validators' templates). */
    private static final String PREFIX = "org.statsbase.validation.constraints.";

    private CodeViolations() {
    }

    /**
     * The reason of a violation of a code constraint of this package; empty for other
     * constraints and for constraints with a message of their own.
     *
     * @param violation a violation reported by any Jakarta validator, never null
     * @return the reason, or empty when the violation is not one of a code constraint of this package or the
     *         constraint has a message of its own
     */
    public static Optional<CodeReason> reason(ConstraintViolation<?> violation) {
        Objects.requireNonNull(violation, "violation");
        Class<? extends Annotation> type = violation.getConstraintDescriptor().getAnnotation().annotationType();
        Optional<String> name = reasonName(violation.getMessageTemplate(), type.getSimpleName());
        if (name.isEmpty()) {
            return Optional.empty();
        }
        if (type == UnifiedSocialCreditCode.class) {
            return find(org.statsbase.core.code.UnifiedSocialCreditCode.Reason.values(), name.get());
        } else if (type == OrganizationCode.class) {
            return find(org.statsbase.core.code.OrganizationCode.Reason.values(), name.get());
        } else if (type == DivisionCode.class) {
            return find(org.statsbase.core.code.DivisionCode.Reason.values(), name.get())
                    .or(() -> find(new CodeReason[] {ConstraintReason.WRONG_LEVEL}, name.get()));
        } else if (type == IndustryCode.class) {
            return find(org.statsbase.core.code.IndustryCode.Reason.values(), name.get())
                    .or(() -> find(new CodeReason[] {ConstraintReason.TOO_COARSE}, name.get()));
        } else if (type == UrbanRuralCode.class) {
            return find(org.statsbase.core.code.UrbanRuralCode.Reason.values(), name.get());
        }
        return Optional.empty();
    }

    /**
     * The stable error code of the reason of a violation, for example {@code SB-CORE-0108}.
     *
     * @param violation a violation reported by any Jakarta validator, never null
     * @return the {@code SB-CORE-NNNN} code of the reason, or empty as {@link #reason} is
     */
    public static Optional<String> errorCode(ConstraintViolation<?> violation) {
        return reason(violation).map(r -> r.error().code());
    }

    /**
     * The reason name a violation template starts with ({@code {org.statsbase.validation.constraints.
     * <Constraint>.<REASON>}…}); empty for any other template, for example a message of one's own.
     */
    private static Optional<String> reasonName(String template, String constraint) {
        String start = "{" + PREFIX + constraint + ".";
        if (template == null || !template.startsWith(start)) {
            return Optional.empty();
        }
        int end = template.indexOf('}', start.length());
        if (end < 0) {
            return Optional.empty();
        }
        String reason = template.substring(start.length(), end);
        return reason.equals("message") ? Optional.empty() : Optional.of(reason);
    }

    private static Optional<CodeReason> find(CodeReason[] reasons, String name) {
        for (CodeReason r : reasons) {
            if (r.name().equals(name)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }
}
