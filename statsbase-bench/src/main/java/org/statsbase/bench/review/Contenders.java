package org.statsbase.bench.review;

import com.googlecode.aviator.AviatorEvaluator;
import com.googlecode.aviator.AviatorEvaluatorInstance;
import com.googlecode.aviator.Expression;
import com.googlecode.aviator.Options;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.validator.HibernateValidator;
import org.statsbase.validation.data.ColumnarDataset;
import org.statsbase.validation.review.ReviewContext;
import org.statsbase.validation.review.ReviewReport;
import org.statsbase.validation.review.RuleSet;
import org.statsbase.validation.review.RuleSummary;

/**
 * The three contenders, each reviewing the same {@link Units} with the ten checks of
 * {@link Checks#TEN} in its own idiom and counting the failures per rule (index 0 = R01).
 *
 * <p>Thread safety: each contender is immutable once built and may review from several threads
 * (statsbase's compiled rule sets and Hibernate Validator's validators are thread-safe; Aviator's
 * compiled expressions are, and each review builds its own environments).
 */
public final class Contenders {

    private Contenders() {
    }

    /** statsbase: a compiled rule set over a {@link ColumnarDataset}, last month's data as {@code prev}. */
    public static final class Statsbase {
        private final RuleSet rules;
        private final ColumnarDataset data;
        private final ReviewContext context;

        /** The ten checks over {@code units}. */
        public Statsbase(Units units) {
            this(units, RuleSet.compile(Checks.ten()), units.dataset());
        }

        /** {@code rules} over {@code data} (built from {@code units}). */
        public Statsbase(Units units, RuleSet rules, ColumnarDataset data) {
            this.rules = rules;
            this.data = data;
            this.context = ReviewContext.empty().withPrevious(units.previous())
                    .withCodeList("industry", units.industryList());
        }

        /** The review, on one thread or in parallel chunks on the common pool. */
        public ReviewReport review(boolean parallel) {
            return rules.review(data, context.withParallel(parallel));
        }

        /** Failures per rule. */
        public long[] fails() {
            List<RuleSummary> s = review(false).summaries();
            long[] out = new long[s.size()];
            for (int i = 0; i < out.length; i++) {
                out[i] = s.get(i).fails();
            }
            return out;
        }
    }

    /** Hibernate Validator 9.1: each record a {@link UnitBean}, all records a {@link UnitBatch}. */
    public static final class Hibernate {
        private final Validator validator;
        private final List<UnitBean> beans;

        /** The beans of {@code units}. */
        public Hibernate(Units units) {
            // The default configuration, as applications use it (messages interpolated with Expressly).
            ValidatorFactory factory = Validation.byProvider(HibernateValidator.class).configure()
                    .buildValidatorFactory();
            this.validator = factory.getValidator();
            this.beans = units.beans();
        }

        /** Failures per rule. */
        public long[] fails() {
            long[] out = new long[Checks.TEN.size()];
            for (UnitBean b : beans) {
                count(validator.validate(b), out);
            }
            count(validator.validate(new UnitBatch(beans)), out);
            return out;
        }

        private static <T> void count(java.util.Set<ConstraintViolation<T>> violations, long[] out) {
            if (violations.isEmpty()) {
                return;
            }
            // R03 has two constraints (@Min, @Max); a record fails it once.
            boolean r03 = false;
            for (ConstraintViolation<T> v : violations) {
                int rule = Integer.parseInt(v.getMessage().substring(1)) - 1;
                if (rule == 2) {
                    if (r03) {
                        continue;
                    }
                    r03 = true;
                }
                out[rule]++;
            }
        }
    }

    /** Aviator 5.4: the expressions compiled once, evaluated with each record's map as environment. */
    public static final class Aviator {
        private final Expression[] expressions;
        private final List<Map<String, Object>> environments;
        private final Map<String, Boolean> industry = new HashMap<>();

        /** The environments of {@code units}. */
        public Aviator(Units units) {
            AviatorEvaluatorInstance aviator = AviatorEvaluator.newInstance();
            aviator.setOption(Options.ALWAYS_PARSE_FLOATING_POINT_NUMBER_INTO_DECIMAL, true);
            this.expressions = new Expression[Checks.TEN.size()];
            for (int i = 0; i < expressions.length; i++) {
                expressions[i] = aviator.compile(Checks.TEN.get(i)[2], true);
            }
            this.environments = units.environments();
            units.industryList().forEach(c -> industry.put(c, Boolean.TRUE));
        }

        /** Failures per rule (the id counts of R09 computed first, as part of the review). */
        public long[] fails() {
            Map<Object, Integer> idCounts = new HashMap<>(environments.size() * 2);
            for (Map<String, Object> env : environments) {
                idCounts.merge(env.get("ID"), 1, Integer::sum);
            }
            long[] out = new long[expressions.length];
            for (Map<String, Object> env : environments) {
                env.put("industry", industry);
                env.put("idCounts", idCounts);
                for (int i = 0; i < expressions.length; i++) {
                    if (!Boolean.TRUE.equals(expressions[i].execute(env))) {
                        out[i]++;
                    }
                }
            }
            return out;
        }
    }
}
