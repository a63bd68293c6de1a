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
import org.statsbase.core.code.IndustryLevel;
import org.statsbase.validation.constraints.internal.IndustryCodeValidator;

/**
 * The annotated character sequence is a code of GB/T 4754-2017 国民经济行业分类, as
 * {@link org.statsbase.core.code.IndustryCode#check(CharSequence)} checks it (forms {@code C},
 * {@code 13}, {@code C13}, {@code 131}, {@code 1311}, {@code C1311}; divisions 01–97; the section
 * letter agrees with the division), and at least as fine as {@link #minLevel()}
 * ({@code TOO_COARSE}, {@link ConstraintReason}).
 *
 * <p>The form and the division are checked; whether a group (中类) or class (小类) exists needs
 * the full four-level table, which statsbase does not ship (see
 * {@link org.statsbase.core.code.IndustryClassification}).
 *
 * <p>Input is normalised first (NFKC, trimmed, upper-cased), so full-width or lower-case input
 * that normalises to a valid code is valid. {@code null} is valid (combine with
 * {@code @NotNull}); blank input is invalid ({@code EMPTY}). Supported type: {@link CharSequence}.
 *
 * <p>The violation's message names the reason ({@code org.statsbase.validation.constraints.
 * IndustryCode.<REASON>}) with the normalised input, position, expected and actual text, unless
 * {@link #message()} is set to a message of one's own, which is then used as is.
 * {@link CodeViolations#reason} gives the reason of a violation; {@link SeverityPayload} its
 * severity.
 *
 * <p>Thread safety: annotations are immutable.
 */
@Documented
@Constraint(validatedBy = IndustryCodeValidator.class)
@Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
@Repeatable(IndustryCode.List.class)
public @interface IndustryCode {

    /**
     * The message template; the default names the reason of each violation.
     *
     * @return the message template or text; by default the bundle's, which names the reason (SB-CORE-05xx)
     */
    String message() default "{org.statsbase.validation.constraints.IndustryCode.message}";

    /**
     * The coarsest level allowed; the default {@link IndustryLevel#SECTION} allows every level.
     * For example {@code @IndustryCode(minLevel = IndustryLevel.CLASS)} where a form asks for the
     * 小类 (four digits).
     *
     * @return the coarsest level allowed
     */
    IndustryLevel minLevel() default IndustryLevel.SECTION;

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

    /** Several {@code @IndustryCode} constraints on the same element. */
    @Documented
    @Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
    @Retention(RUNTIME)
    @interface List {

        /**
         * The constraints.
         *
         * @return the repeated constraints, each checked on its own
         */
        IndustryCode[] value();
    }
}
