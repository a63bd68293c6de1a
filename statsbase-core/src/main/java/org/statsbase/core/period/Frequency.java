package org.statsbase.core.period;

import java.util.Optional;
import org.statsbase.core.code.internal.CodeText;
import org.statsbase.core.error.CoreError;
import org.statsbase.core.error.StatsbaseException;

/**
 * How often a report form is filed (报告频率), as the survey systems (统计调查制度) of the
 * National Bureau of Statistics name them: 月报, 季报, 半年报, 年报.
 *
 * <p>Every frequency divides the calendar year into {@link #periodsPerYear()} periods of
 * {@link #monthsPerPeriod()} whole months, so periods of one frequency tile the calendar.
 *
 * <p>Thread safety: immutable constants.
 */
public enum Frequency {
    /** 月报: twelve periods a year, written {@code 2026-10}. */
    MONTHLY("月报", 12),
    /** 季报: four periods a year, written {@code 2026Q3}. */
    QUARTERLY("季报", 4),
    /** 半年报: two periods a year, written {@code 2026H1}. */
    HALF_YEARLY("半年报", 2),
    /** 年报: one period a year, written {@code 2026}. */
    YEARLY("年报", 1);

    private final String nameZh;
    private final int periodsPerYear;

    Frequency(String nameZh, int periodsPerYear) {
        this.nameZh = nameZh;
        this.periodsPerYear = periodsPerYear;
    }

    /**
     * The Chinese name, for example 月报.
     *
     * @return the Chinese name, for example 月报
     */
    public String nameZh() {
        return nameZh;
    }

    /**
     * How many periods of this frequency make a calendar year (12, 4, 2, 1).
     *
     * @return how many periods of this frequency make a calendar year (12, 4, 2, 1)
     */
    public int periodsPerYear() {
        return periodsPerYear;
    }

    /**
     * How many months one period spans (1, 3, 6, 12).
     *
     * @return how many months one period spans (1, 3, 6, 12)
     */
    public int monthsPerPeriod() {
        return 12 / periodsPerYear;
    }

    /**
     * The frequency named by {@code text}: the constant name ({@code MONTHLY}, case-insensitive,
     * after NFKC and trimming) or the Chinese name ({@code 月报}); never throws.
     *
     * @param text the name; may be {@code null}
     * @return the frequency named by {@code text}: the constant name ({@code MONTHLY}, case-insensitive, after NFKC
     *         and trimming) or the Chinese name ({@code 月报})
     */
    public static Optional<Frequency> lookup(CharSequence text) {
        String s = CodeText.normalize(text);
        for (Frequency f : values()) {
            if (f.name().equals(s) || f.nameZh.equals(s)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /**
     * Like {@link #lookup(CharSequence)}, but throws.
     *
     * @param text the name
     * @return the frequency named
     * @throws StatsbaseException {@link CoreError#FREQUENCY_UNKNOWN} if no frequency has that name
     */
    public static Frequency parse(CharSequence text) {
        return lookup(text).orElseThrow(() -> new StatsbaseException(CoreError.FREQUENCY_UNKNOWN,
                CodeText.normalize(text)));
    }
}
