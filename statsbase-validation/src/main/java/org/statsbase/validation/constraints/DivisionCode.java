package org.statsbase.validation.constraints;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.CONSTRUCTOR;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import org.statsbase.core.code.DivisionLevel;
import org.statsbase.validation.constraints.internal.DivisionCodeValidator;

/**
 * The annotated character sequence is a 统计用区划代码 (statistical division code) as
 * 国家统计局《统计用区划代码和城乡划分代码编制规则》 lays it out, as
 * {@link org.statsbase.core.code.DivisionCode#check(CharSequence)} checks it (12 digits or the
 * leading 2, 4, 6 or 9, a GB/T 2260 province, no non-zero group below a zero group), and, when
 * {@link #level()} names levels, at one of them ({@code WRONG_LEVEL}, {@link ConstraintReason}).
 *
 * <p>The structure is checked, not a catalog: whether the code exists in a given year's
 * 区划目录 needs a {@link org.statsbase.core.code.DivisionCatalog}. The level is the level the
 * digits imply ({@link org.statsbase.core.code.DivisionCode#level()}).
 *
 * <p>Input is normalised first (NFKC, trimmed), so full-width digits are valid. {@code null} is
 * valid (combine with {@code @NotNull}); blank input is invalid ({@code EMPTY}). Supported type:
 * {@link CharSequence}.
 *
 * <p>The violation's message names the reason ({@code org.statsbase.validation.constraints.
 * DivisionCode.<REASON>}) with the normalised input, position, expected and actual text, unless
 * {@link #message()} is set to a message of one's own, which is then used as is.
 * {@link CodeViolations#reason} gives the reason of a violation; {@link SeverityPayload} its
 * severity.
 *
 * <p>Thread safety: annotations are immutable.
 */
@Documented
@Constraint(validatedBy = DivisionCodeValidator.class)
@Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
@Repeatable(DivisionCode.List.class)
public @interface DivisionCode {

    /**
     * The message template; the default names the reason of each violation.
     *
     * @return the message template or text; by default the bundle's, which names the reason (SB-CORE-03xx)
     */
    String message() default "{org.statsbase.validation.constraints.DivisionCode.message}";

    /**
     * The levels the code may have; empty (the default) allows every level. For example
     * {@code @DivisionCode(level = DivisionLevel.COUNTY)} for a county-level unit's code.
     *
     * @return the levels allowed; empty for every level
     */
    DivisionLevel[] level() default {};

    /**
     * The validation groups.
     *
     * @return the groups the constraint belongs to; empty for the default group
     */
    Class<?>[] groups() default {};

    /**
     * The payload, for example a {@link SeverityPayload} marker.
     *
     * @return the payload types; empty by default, which counts as
     *         {@link org.statsbase.core.level.Severity#MANDATORY}
     */
    Class<? extends Payload>[] payload() default {};

    /** Several {@code @DivisionCode} constraints on the same element. */
    @Documented
    @Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
    @Retention(RUNTIME)
    @interface List {

        /**
         * The constraints.
         *
         * @return the repeated constraints, each checked on its own
         */
        DivisionCode[] value();
    }
}
