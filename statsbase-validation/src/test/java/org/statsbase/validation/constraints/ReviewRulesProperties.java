package org.statsbase.validation.constraints;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Scale;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * A {@code @ReviewRules} bean is reviewed as the rules say, on the values the bean holds: for any
 * revenue ({@code BigDecimal}) and cost ({@code double}, by its decimal text), the rules
 * {@code R001 B01 >= 0} and {@code R002 B01 >= B02} of {@code bean-review} fail exactly when the
 * same comparisons in {@link BigDecimal} fail, so {@code 0.1 >= 0.1} holds although the double
 * {@code 0.1} is not one tenth.
 */
class ReviewRulesProperties {

    private static final ValidatorFactory FACTORY = Validators.factory(Locale.ENGLISH);
    private static final Validator VALIDATOR = FACTORY.getValidator();

    @AfterContainer
    static void close() {
        FACTORY.close();
    }

    @ReviewRules("bean-review")
    record Report(@Indicator("B01") BigDecimal revenue, @Indicator("B02") double cost, Integer employees, String name,
            Boolean active, Integer digits, java.time.LocalDate reported, java.time.LocalDate opened) {
    }

    @Property
    void theRulesFailExactlyWhenTheComparisonsInDecimalFail(
            @ForAll @BigRange(min = "-1000", max = "1000") @Scale(4) BigDecimal revenue,
            @ForAll @DoubleRange(min = -1000, max = 1000) double cost) {
        Set<ConstraintViolation<Report>> violations = VALIDATOR.validate(
                new Report(revenue, cost, null, null, null, null, null, null));

        Set<String> expected = new TreeSet<>();
        if (revenue.signum() < 0) {
            expected.add("R001");
        }
        if (revenue.compareTo(new BigDecimal(Double.toString(cost))) < 0) {
            expected.add("R002");
        }
        Set<String> actual = new TreeSet<>();
        violations.forEach(v -> actual.add(ReviewViolations.ruleId(v).orElseThrow()));
        assertThat(actual).isEqualTo(expected);
    }

    @Property
    void aDoubleEqualToTheDecimalItPrintsAsPassesAnEqualityOfThatDecimal(
            @ForAll @DoubleRange(min = -1000, max = 1000) double cost) {
        BigDecimal same = new BigDecimal(Double.toString(cost));
        assertThat(VALIDATOR.validate(new Report(same.abs(), Math.abs(cost), null, null, null, null, null, null)))
                .isEmpty();
    }
}
