package org.statsbase.validation.constraints.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.statsbase.core.error.StatsbaseException;
import org.statsbase.core.level.Severity;
import org.statsbase.validation.constraints.ReviewRules;
import org.statsbase.validation.data.ColumnarDataset;
import org.statsbase.validation.data.FieldValue;
import org.statsbase.validation.review.EvaluationError;
import org.statsbase.validation.review.ReviewReport;
import org.statsbase.validation.review.RuleSummary;
import org.statsbase.validation.review.Violation;

/**
 * Validates {@link ReviewRules @ReviewRules}: reviews the bean as a one-record dataset against the
 * rule set and turns each failing rule, and each rule that could not be evaluated, into a
 * violation whose template {@link ReviewRulesTemplates} writes.
 *
 * <p>Only the Jakarta Validation API is used. The rule set is looked up when the provider
 * initialises the validator, so that an unknown id fails at once with a
 * {@link jakarta.validation.ConstraintDeclarationException}.
 *
 * <p>Thread safety: read-only after {@link #initialize}; may be shared.
 */
public final class ReviewRulesValidator implements ConstraintValidator<ReviewRules, Object> {

    private static final String DEFAULT_MESSAGE = ConstraintMessages.defaultMessage("ReviewRules");

    private String id = "";

    /** Instantiated by the validation provider. */
    public ReviewRulesValidator() {
    }

    @Override
    public void initialize(ReviewRules constraint) {
        id = constraint.value();
        ReviewRulesCache.definition(id);
    }

    @Override
    public boolean isValid(Object bean, ConstraintValidatorContext context) {
        if (bean == null) {
            return true;
        }
        ReviewRulesCache.Bound bound = ReviewRulesCache.bound(id, bean.getClass());
        // a getter that throws is this bean's fault, not the declaration's: a StatsbaseException (SB-VAL-0707),
        // which the provider wraps as it wraps any exception of a validator (HV000028)
        ColumnarDataset record = bound.indicators().dataset(bean);
        ReviewReport report;
        try {
            report = bound.rules().review(record);
        } catch (StatsbaseException e) {
            // a rule reading a reference dataset or code list, which a bean cannot supply
            throw ReviewRulesCache.declaration(id, bean.getClass(), e);
        }
        if (report.violations().isEmpty() && report.errors().isEmpty()) {
            return true;
        }
        if (!DEFAULT_MESSAGE.equals(context.getDefaultConstraintMessageTemplate())) {
            return false;
        }
        context.disableDefaultConstraintViolation();
        for (Violation v : report.violations()) {
            String template = ReviewRulesTemplates.failure(v.severity(), v.ruleId(), v.message().zh(),
                    v.message().en());
            add(context, template, property(bound.indicators(), v));
        }
        for (EvaluationError e : report.errors()) {
            Severity severity = report.summary(e.ruleId()).map(RuleSummary::severity).orElse(Severity.MANDATORY);
            String template = ReviewRulesTemplates.error(severity, e.ruleId(), e.messageZh(), e.messageEn());
            add(context, template, Optional.empty());
        }
        return false;
    }

    private static void add(ConstraintValidatorContext context, String template, Optional<String> property) {
        ConstraintValidatorContext.ConstraintViolationBuilder builder =
                context.buildConstraintViolationWithTemplate(template);
        if (property.isPresent()) {
            builder.addPropertyNode(property.get()).addConstraintViolation();
        } else {
            builder.addConstraintViolation();
        }
    }

    /** The property of the one indicator the rule read, if it read exactly one of the bean's. */
    private static Optional<String> property(BeanIndicators indicators, Violation v) {
        Set<String> read = new LinkedHashSet<>();
        for (FieldValue f : v.fields()) {
            read.add(f.field());
        }
        if (read.size() != 1) {
            return Optional.empty();
        }
        return indicators.property(read.iterator().next());
    }
}
