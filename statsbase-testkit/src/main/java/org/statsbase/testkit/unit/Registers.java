package org.statsbase.testkit.unit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.statsbase.core.unit.RegisterEntry;
import org.statsbase.core.unit.StatisticalUnit;

/**
 * Arbitraries for the business register 基本单位名录库: non-overlapping entries of one unit inside a
 * short window of days (so that properties can check every day of a period by brute force), and
 * query periods in the same window.
 *
 * <p>Thread safety: stateless; the arbitraries are immutable.
 */
public final class Registers {

    /** The first day of the window the generated entries and periods lie in. */
    public static final LocalDate WINDOW_START = LocalDate.of(2026, 1, 1);

    /** The length of the window in days. */
    public static final int WINDOW_DAYS = 120;

    private Registers() {
    }

    /**
     * Zero to four entries of {@code unit}, in date order, not overlapping (sometimes adjacent), the
     * last one sometimes open-ended.
     *
     * @param unit the unit the entries are of
     * @return lists of register entries of {@code unit}
     */
    public static Arbitrary<List<RegisterEntry>> entriesOf(StatisticalUnit unit) {
        Arbitrary<int[]> gapAndLength = Combinators.combine(
                Arbitraries.integers().between(0, 25), Arbitraries.integers().between(1, 30))
                .as((gap, length) -> new int[] {gap, length});
        return Combinators.combine(gapAndLength.list().ofMaxSize(4), Arbitraries.of(true, false))
                .as((spans, openEnded) -> {
                    List<RegisterEntry> entries = new ArrayList<>();
                    LocalDate next = WINDOW_START.minusDays(5);
                    for (int i = 0; i < spans.size(); i++) {
                        LocalDate from = next.plusDays(spans.get(i)[0]);
                        LocalDate until = from.plusDays(spans.get(i)[1] - 1L);
                        boolean last = i == spans.size() - 1;
                        entries.add(last && openEnded ? RegisterEntry.from(unit, from)
                                : RegisterEntry.between(unit, from, until));
                        next = until.plusDays(1);
                    }
                    return entries;
                });
    }

    /**
     * Periods {@code [from, to]} inside the window, as two-element arrays, from ≤ to.
     *
     * @return pairs {@code [from, to]}
     */
    public static Arbitrary<LocalDate[]> periods() {
        return Combinators.combine(Arbitraries.integers().between(0, WINDOW_DAYS - 1),
                Arbitraries.integers().between(0, 45))
                .as((start, length) -> new LocalDate[] {WINDOW_START.plusDays(start),
                    WINDOW_START.plusDays(start + (long) length)});
    }
}
