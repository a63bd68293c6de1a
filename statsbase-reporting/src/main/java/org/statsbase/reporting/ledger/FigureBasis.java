package org.statsbase.reporting.ledger;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.statsbase.core.period.ReportingPeriod;

/**
 * Which entries a figure sums: those of the period itself (本月 / 本期) or those from the first day of
 * the year to the last day of the period (1—本月累计 / 本年累计), the two columns of Chinese periodic
 * statistical forms (for example 规模以上工业企业 forms of the 工业统计报表制度).
 *
 * <p>Thread safety: immutable constants.
 */
public enum FigureBasis {
    /** The period itself: 本月 / 本期. */
    PERIOD("本期"),
    /** From 1 January to the end of the period: 1—本月累计 / 本年累计. */
    YEAR_TO_DATE("本年累计");

    private final String nameZh;

    FigureBasis(String nameZh) {
        this.nameZh = nameZh;
    }

    /**
     * The Chinese name.
     *
     * @return the Chinese name
     */
    public String nameZh() {
        return nameZh;
    }

    /**
     * The first day counted for {@code period}.
     *
     * @param period the reporting period
     * @return the period's first day, or 1 January of its year for {@link #YEAR_TO_DATE}
     */
    public LocalDate from(ReportingPeriod period) {
        return this == PERIOD ? period.firstDay() : LocalDate.of(period.year(), 1, 1);
    }

    /**
     * The last day counted for {@code period}: always the period's last day.
     *
     * @param period the reporting period
     * @return the period's last day
     */
    public LocalDate to(ReportingPeriod period) {
        return period.lastDay();
    }

    /**
     * The basis named {@code text}: {@code PERIOD}, {@code YEAR_TO_DATE} (any case, {@code -} for
     * {@code _}) or 本期, 本月, 本年累计, 1-本月累计, 1—本月累计, 累计.
     *
     * @param text the name as written in a mapping file
     * @return the basis; empty when the text names none
     */
    public static Optional<FigureBasis> lookup(String text) {
        String s = text.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        return switch (s) {
            case "PERIOD", "本期", "本月" -> Optional.of(PERIOD);
            case "YEAR_TO_DATE", "YTD", "本年累计", "1_本月累计", "1—本月累计", "累计" -> Optional.of(YEAR_TO_DATE);
            default -> Optional.empty();
        };
    }
}
