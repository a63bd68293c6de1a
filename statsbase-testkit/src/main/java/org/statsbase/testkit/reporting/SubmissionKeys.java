package org.statsbase.testkit.reporting;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.statsbase.reporting.SubmissionKey;
import org.statsbase.testkit.period.ReportingPeriods;

/**
 * Arbitrary {@link SubmissionKey}s (one unit's form for one period, the unit of 数据采集审核报送制度):
 * register-like unit ids, form ids such as {@code B204-1} and {@code 101-2}, periods of every frequency.
 *
 * <p>Thread safety: stateless; the arbitraries are immutable.
 */
public final class SubmissionKeys {

    private SubmissionKeys() {
    }

    /**
     * Keys of any unit, form and period.
     *
     * @return submission keys
     */
    public static Arbitrary<SubmissionKey> any() {
        Arbitrary<String> units = Arbitraries.oneOf(
                Arbitraries.strings().numeric().ofLength(6).map(n -> "U" + n),
                Arbitraries.strings().numeric().ofLength(6).map(n -> "91500105MA60" + n));
        Arbitrary<String> forms = Combinators.combine(Arbitraries.of("A", "B", "C", "E", "F", ""),
                        Arbitraries.integers().between(101, 999), Arbitraries.integers().between(1, 9))
                .as((letter, n, part) -> letter + n + "-" + part);
        return Combinators.combine(units, forms, ReportingPeriods.any()).as(SubmissionKey::of);
    }
}
