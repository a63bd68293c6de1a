/**
 * Jakarta Validation 3.1 constraints for the codes of statsbase-core: {@link
 * org.statsbase.validation.constraints.UnifiedSocialCreditCode @UnifiedSocialCreditCode} (GB 32100-2015),
 * {@link org.statsbase.validation.constraints.OrganizationCode @OrganizationCode} (GB 11714),
 * {@link org.statsbase.validation.constraints.DivisionCode @DivisionCode} (统计用区划代码, optionally
 * of given levels), {@link org.statsbase.validation.constraints.IndustryCode @IndustryCode}
 * (GB/T 4754-2017, optionally at least a given level) and
 * {@link org.statsbase.validation.constraints.UrbanRuralCode @UrbanRuralCode} (城乡分类代码); the
 * severity of a constraint as payload ({@link org.statsbase.validation.constraints.SeverityPayload});
 * the reason of a violation ({@link org.statsbase.validation.constraints.CodeViolations}); and the
 * class-level {@link org.statsbase.validation.constraints.ReviewRules @ReviewRules}, which reviews a
 * bean with a rule set (its properties mapped to indicators by name or
 * {@link org.statsbase.validation.constraints.Indicator @Indicator}; the failing rule, its severity and
 * its message read with {@link org.statsbase.validation.constraints.ReviewViolations}, the message in
 * the validator's language with {@link org.statsbase.validation.constraints.RuleMessageInterpolator}).
 * API package.
 *
 * <p>Each constraint is a thin validator over the code type's {@code check(CharSequence)}: the same
 * normalisation (full-width, lower-case and padded input is valid when it normalises to a valid
 * code), {@code null} valid, blank invalid. Messages are in {@code ValidationMessages.properties}
 * (English) and {@code ValidationMessages_zh_CN.properties} (Chinese) under the keys
 * {@code org.statsbase.validation.constraints.<Constraint>.message} and
 * {@code org.statsbase.validation.constraints.<Constraint>.<REASON>}; a violation's message says
 * why, with the input, position, expected and actual text. Only the Jakarta Validation API is used:
 * any provider works (tested with Hibernate Validator 9.1).
 *
 * <p>Dependencies: {@code jakarta.validation} is an optional ({@code requires static}) dependency of
 * this module; an application using these constraints has it anyway.
 *
 * <p>JPMS: the validators live in the non-exported package
 * {@code org.statsbase.validation.constraints.internal}, which the module {@code opens} (to every
 * module, not only one provider's): a provider creates validators reflectively, which a named module
 * allows only for exported or open packages (without the {@code opens}, Hibernate Validator 9.1 on the
 * module path fails with {@code HV000063: Unable to instantiate …Validator}). The application module
 * requires {@code org.statsbase.validation} and {@code jakarta.validation} and, as for any constraint,
 * opens its own bean packages to the provider ({@code opens my.beans to org.hibernate.validator}).
 * The message bundles are top-level resources, which no module encapsulates. On the class path nothing
 * is needed.
 *
 * <p>Message bundles: a provider reads the first {@code ValidationMessages} bundle on the class path,
 * so an application that ships its own {@code ValidationMessages.properties} hides this module's. The
 * same messages therefore also ship as {@code ContributorValidationMessages}, which Hibernate Validator
 * merges across all jars and consults after the application's bundle: with Hibernate Validator nothing
 * is needed. With another provider, copy the {@code org.statsbase.validation.constraints.*} keys into
 * the application's bundle.
 */
package org.statsbase.validation.constraints;
