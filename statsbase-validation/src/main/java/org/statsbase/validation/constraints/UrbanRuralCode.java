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
import org.statsbase.validation.constraints.internal.UrbanRuralCodeValidator;

/**
 * The annotated character sequence is one of the seven 城乡分类代码 (urban-rural classification
 * codes) of 《统计上划分城乡的规定》 (国函〔2008〕60号) as 国家统计局《统计用区划代码和城乡划分代码编制规则》
 * codes them (111, 112, 121, 122, 123, 210, 220), as
 * {@link org.statsbase.core.code.UrbanRuralCode#check(CharSequence)} checks it; the group codes
 * 100, 110, 120 and 200 are invalid ({@code GROUP_CODE}).
 *
 * <p>Input is normalised first (NFKC, trimmed), so full-width digits are valid. {@code null} is
 * valid (combine with {@code @NotNull}); blank input is invalid ({@code EMPTY}). Supported type:
 * {@link CharSequence}.
 *
 * <p>The violation's message names the reason ({@code org.statsbase.validation.constraints.
 * UrbanRuralCode.<REASON>}) with the normalised input, position, expected and actual text, unless
 * {@link #message()} is set to a message of one's own, which is then used as is.
 * {@link CodeViolations#reason} gives the reason of a violation; {@link SeverityPayload} its
 * severity.
 *
 * <p>Thread safety: annotations are immutable.
 */
@Documented
@Constraint(validatedBy = UrbanRuralCodeValidator.class)
@Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
@Repeatable(UrbanRuralCode.List.class)
public @interface UrbanRuralCode {

    /**
     * The message template; the default names the reason of each violation.
     *
     * @return the message template or text; by default the bundle's, which names the reason (SB-CORE-04xx)
     */
    String message() default "{org.statsbase.validation.constraints.UrbanRuralCode.message}";

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

    /** Several {@code @UrbanRuralCode} constraints on the same element. */
    @Documented
    @Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
    @Retention(RUNTIME)
    @interface List {

        /**
         * The constraints.
         *
         * @return the repeated constraints, each checked on its own
         */
        UrbanRuralCode[] value();
    }
}
