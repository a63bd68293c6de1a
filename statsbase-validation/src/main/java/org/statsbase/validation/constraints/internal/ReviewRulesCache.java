package org.statsbase.validation.constraints.internal;

import jakarta.validation.ConstraintDeclarationException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.statsbase.core.error.StatsbaseException;
import org.statsbase.validation.review.RuleSet;
import org.statsbase.validation.rules.RuleSetDefinition;
import org.statsbase.validation.spi.RuleSets;

/**
 * The rule sets of {@code @ReviewRules}: each read once per id through {@link RuleSets#discover}
 * and compiled once per id and bean class, against the bean's indicators (so that unknown
 * indicators and type errors are found once, not per bean).
 *
 * <p>Failures are not cached: a rule set that cannot be found or compiled fails every validation
 * with the same clear error, and a fixed one is picked up without a restart. The compiled rule sets
 * are kept per bean class in a {@link ClassValue}, so that they go with the bean's class loader.
 *
 * <p>Thread safety: safe for concurrent use (concurrent maps; a rule set may in a race be compiled
 * twice, never used half-built).
 */
final class ReviewRulesCache {

    /** A compiled rule set bound to a bean class. */
    record Bound(RuleSet rules, BeanIndicators indicators) {
    }

    private static final Map<String, RuleSetDefinition> DEFINITIONS = new ConcurrentHashMap<>();

    private static final ClassValue<Map<String, Bound>> BOUND = new ClassValue<>() {
        @Override
        protected Map<String, Bound> computeValue(Class<?> type) {
            return new ConcurrentHashMap<>();
        }
    };

    private ReviewRulesCache() {
    }

    /**
     * The rule set {@code id}.
     *
     * @throws ConstraintDeclarationException caused by the statsbase error when no provider has it or
     *                                        its file is bad
     */
    static RuleSetDefinition definition(String id) {
        RuleSetDefinition found = DEFINITIONS.get(id);
        if (found != null) {
            return found;
        }
        try {
            found = RuleSets.discover().find(id);
        } catch (StatsbaseException e) {
            throw declaration(id, null, e);
        }
        RuleSetDefinition before = DEFINITIONS.putIfAbsent(id, found);
        return before != null ? before : found;
    }

    /**
     * The rule set {@code id} compiled for a bean class.
     *
     * @throws ConstraintDeclarationException caused by the statsbase error when it does not compile
     *                                        against the bean or the bean's indicators are ill-declared
     */
    static Bound bound(String id, Class<?> beanClass) {
        Map<String, Bound> forClass = BOUND.get(beanClass);
        Bound bound = forClass.get(id);
        if (bound != null) {
            return bound;
        }
        RuleSetDefinition definition = definition(id);
        try {
            BeanIndicators indicators = BeanIndicators.of(beanClass);
            bound = new Bound(RuleSet.compile(definition, indicators.schema()), indicators);
        } catch (StatsbaseException e) {
            throw declaration(id, beanClass, e);
        }
        Bound before = forClass.putIfAbsent(id, bound);
        return before != null ? before : bound;
    }

    /** The Jakarta Validation error for a statsbase error of a {@code @ReviewRules} declaration. */
    static ConstraintDeclarationException declaration(String id, Class<?> beanClass, StatsbaseException cause) {
        return new ConstraintDeclarationException("@ReviewRules(\"" + id + "\")"
                + (beanClass == null ? "" : " on " + beanClass.getName()) + ": " + cause.getMessage(), cause);
    }
}
