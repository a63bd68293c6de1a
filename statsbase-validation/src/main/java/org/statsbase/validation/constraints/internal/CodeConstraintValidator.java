package org.statsbase.validation.constraints.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.lang.annotation.Annotation;
import java.util.Optional;

/**
 * The common part of the code constraint validators: {@code null} is valid (Jakarta Validation
 * 3.1, section 2.5: leave nullness to {@code @NotNull}); anything else is checked by a
 * statsbase-core {@code check(CharSequence)}, and a failure replaces the default violation by
 * one whose template names the reason and its details ({@link ConstraintMessages}), unless the
 * constraint declares a message of its own.
 *
 * <p>Only the Jakarta Validation API is used, so the validators work with any provider.
 *
 * <p>Thread safety: after {@code initialize}, instances are read-only and may be shared.
 *
 * @param <A> the constraint annotation
 */
public abstract class CodeConstraintValidator<A extends Annotation> implements ConstraintValidator<A, CharSequence> {

    private final String constraint;
    private final String defaultMessage;

    /** A validator of the given constraint, whose simple name is the middle of its message keys. */
    protected CodeConstraintValidator(Class<A> constraintType) {
        this.constraint = constraintType.getSimpleName();
        this.defaultMessage = ConstraintMessages.defaultMessage(constraint);
    }

    @Override
    public final boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        Optional<Finding> finding = find(value);
        if (finding.isEmpty()) {
            return true;
        }
        if (defaultMessage.equals(context.getDefaultConstraintMessageTemplate())) {
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(ConstraintMessages.template(constraint, finding.get()))
                    .addConstraintViolation();
        }
        return false;
    }

    /** Why the non-null value fails, or empty when it passes. */
    abstract Optional<Finding> find(CharSequence value);
}
