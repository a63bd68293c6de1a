package org.statsbase.testkit.period;

import java.time.LocalTime;
import java.util.Objects;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.statsbase.core.period.DeadlineRule;
import org.statsbase.core.period.Frequency;

/**
 * Arbitraries of {@link DeadlineRule}s: day-of-month rules (day 1–31, 0–3 months after the
 * period's last month) and days-after-end rules (0–60 days), at any second of the day, some with
 * indexes exempt every year.
 *
 * <p>Thread safety: stateless; the arbitraries are immutable.
 */
public final class DeadlineRules {

    private DeadlineRules() {
    }

    /**
     * Rules of every frequency.
     *
     * @return deadline rules of any frequency
     */
    public static Arbitrary<DeadlineRule> any() {
        return Arbitraries.of(Frequency.class).flatMap(DeadlineRules::of);
    }

    /**
     * Rules of one frequency.
     *
     * @param frequency the frequency of the rules
     * @return deadline rules of {@code frequency}
     */
    public static Arbitrary<DeadlineRule> of(Frequency frequency) {
        Objects.requireNonNull(frequency, "frequency");
        Arbitrary<LocalTime> times = Arbitraries.integers().between(0, 86_399).map(LocalTime::ofSecondOfDay)
                .edgeCases(config -> config.add(LocalTime.NOON));
        Arbitrary<DeadlineRule> byDay = Combinators.combine(Arbitraries.integers().between(0, 3),
                Arbitraries.integers().between(1, 31), times)
                .as((months, day, time) -> DeadlineRule.dayOfMonth(frequency, months, day, time));
        Arbitrary<DeadlineRule> byDays = Combinators.combine(Arbitraries.integers().between(0, 60), times)
                .as((days, time) -> DeadlineRule.daysAfterEnd(frequency, days, time));
        Arbitrary<int[]> exempt = Arbitraries.integers().between(1, frequency.periodsPerYear()).set().ofMaxSize(2)
                .map(set -> set.stream().mapToInt(Integer::intValue).toArray());
        return Combinators.combine(Arbitraries.oneOf(byDay, byDays), exempt).as(DeadlineRule::exemptingIndexes);
    }
}
