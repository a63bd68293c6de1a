package org.statsbase.core.org;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import org.statsbase.core.org.internal.OrgChecks;

/**
 * One training a statistics worker attended (国统字〔2021〕85号 二（六）: 入职培训, 保密教育,
 * 统计法律法规, 岗位业务培训; 二（三） puts county departments' statisticians into the county's
 * training plan).
 *
 * @param kind     what the training was about
 * @param date     the day it took place (the last day, for a course over several days)
 * @param hours    its length in hours, &gt; 0, without trailing zeros ({@code 2.50} becomes {@code 2.5})
 * @param provider who gave it, for example the county bureau or a city statistics school
 *
 * <p>Thread safety: immutable.
 */
public record TrainingRecord(TrainingKind kind, LocalDate date, BigDecimal hours, String provider) {

    /**
     * Checks the components.
     *
     * @param kind what the training was about
     * @param date the day it took place (the last day, for a course over several days)
     * @param hours its length in hours, &gt; 0, without trailing zeros ({@code 2.50} becomes {@code 2.5})
     * @param provider who gave it, for example the county bureau or a city statistics school
     * @throws org.statsbase.core.error.StatsbaseException {@code SB-CORE-0901} blank provider,
     *         {@code SB-CORE-0902} hours not positive
     */
    public TrainingRecord {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(date, "date");
        hours = OrgChecks.positive(hours, "培训学时", "training hours").stripTrailingZeros();
        provider = OrgChecks.text(provider, "培训单位", "training provider");
    }

    /**
     * A training record; see the components.
     *
     * @param kind what the training was about
     * @param date the day it took place (the last day, for a course over several days)
     * @param hours its length in hours, &gt; 0, without trailing zeros ({@code 2.50} becomes {@code 2.5})
     * @param provider who gave it, for example the county bureau or a city statistics school
     * @return a training record; see the components
     */
    public static TrainingRecord of(TrainingKind kind, LocalDate date, BigDecimal hours, String provider) {
        return new TrainingRecord(kind, date, hours, provider);
    }

    /**
     * A training record of a whole number of hours.
     *
     * @param kind what the training was about
     * @param date the day it took place (the last day, for a course over several days)
     * @param hours its length in hours, &gt; 0, without trailing zeros ({@code 2.50} becomes {@code 2.5})
     * @param provider who gave it, for example the county bureau or a city statistics school
     * @return a training record of a whole number of hours
     */
    public static TrainingRecord of(TrainingKind kind, LocalDate date, long hours, String provider) {
        return new TrainingRecord(kind, date, BigDecimal.valueOf(hours), provider);
    }
}
