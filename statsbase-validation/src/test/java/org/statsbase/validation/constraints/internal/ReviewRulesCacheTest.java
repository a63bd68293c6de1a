package org.statsbase.validation.constraints.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.statsbase.validation.constraints.Indicator;

/** A rule set is found and compiled once per id and bean class; later calls get the same objects. */
class ReviewRulesCacheTest {

    /** The indicators of {@code bean-review} (test class path). */
    record Bean(@Indicator("B01") long revenue, @Indicator("B02") double cost, int employees, String name,
            boolean active, Integer digits, LocalDate reported, LocalDate opened) {
    }

    /** The same indicators, another class: its own compiled rule set. */
    record Other(@Indicator("B01") long revenue, @Indicator("B02") double cost, int employees, String name,
            boolean active, Integer digits, LocalDate reported, LocalDate opened) {
    }

    @Test
    void definitionsAreCachedById() {
        var first = ReviewRulesCache.definition("bean-review");
        assertThat(first).isNotNull();
        assertThat(first.id()).isEqualTo("bean-review");
        assertThat(ReviewRulesCache.definition("bean-review")).isSameAs(first);
    }

    @Test
    void boundRuleSetsAreCachedByIdAndClass() {
        ReviewRulesCache.Bound bound = ReviewRulesCache.bound("bean-review", Bean.class);
        assertThat(bound).isNotNull();
        assertThat(bound.indicators().property("B01")).contains("revenue");
        assertThat(ReviewRulesCache.bound("bean-review", Bean.class)).isSameAs(bound);
        ReviewRulesCache.Bound other = ReviewRulesCache.bound("bean-review", Other.class);
        assertThat(other).isNotSameAs(bound);
        assertThat(ReviewRulesCache.bound("bean-review", Other.class)).isSameAs(other);
    }
}
