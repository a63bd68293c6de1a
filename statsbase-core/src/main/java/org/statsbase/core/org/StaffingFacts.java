package org.statsbase.core.org;

import java.util.Collection;
import java.util.Objects;
import org.statsbase.core.org.internal.OrgChecks;

/**
 * What {@link StaffingPolicy} weighs for one institution at one moment: the number of basic
 * units (辖区基本单位数量) and the population (人口规模) of its area, and its statisticians
 * (国统字〔2021〕85号 二（二）). Auxiliary investigators are not counted.
 *
 * @param institution the institution concerned
 * @param basicUnits  basic units in its area, ≥ 0
 * @param population  inhabitants of its area, ≥ 0
 * @param fullTime    full-time statisticians, ≥ 0
 * @param partTime    part-time statisticians, ≥ 0
 *
 * <p>Thread safety: immutable.
 */
public record StaffingFacts(InstitutionId institution, long basicUnits, long population, int fullTime,
        int partTime) {

    /**
     * Checks the components.
     *
     * @param institution the institution concerned
     * @param basicUnits basic units in its area, ≥ 0
     * @param population inhabitants of its area, ≥ 0
     * @param fullTime full-time statisticians, ≥ 0
     * @param partTime part-time statisticians, ≥ 0
     * @throws org.statsbase.core.error.StatsbaseException {@code SB-CORE-0902} for a negative number
     */
    public StaffingFacts {
        Objects.requireNonNull(institution, "institution");
        OrgChecks.atLeast(basicUnits, 0, "基本单位数", "basic units");
        OrgChecks.atLeast(population, 0, "人口数", "population");
        OrgChecks.atLeast(fullTime, 0, "专职统计人员数", "full-time statisticians");
        OrgChecks.atLeast(partTime, 0, "兼职统计人员数", "part-time statisticians");
    }

    /**
     * Facts with the statisticians counted by the caller.
     *
     * @param institution the institution concerned
     * @param basicUnits basic units in its area, ≥ 0
     * @param population inhabitants of its area, ≥ 0
     * @param fullTime full-time statisticians, ≥ 0
     * @param partTime part-time statisticians, ≥ 0
     * @return the facts
     */
    public static StaffingFacts of(InstitutionId institution, long basicUnits, long population, int fullTime,
            int partTime) {
        return new StaffingFacts(institution, basicUnits, population, fullTime, partTime);
    }

    /**
     * Facts counting the statisticians among {@code staff} who work for {@code institution}.
     *
     * @param institution the institution concerned
     * @param basicUnits basic units in its area, ≥ 0
     * @param population inhabitants of its area, ≥ 0
     * @param staff the staff to count from
     * @return the facts
     */
    public static StaffingFacts counting(InstitutionId institution, long basicUnits, long population,
            Collection<StaffMember> staff) {
        Objects.requireNonNull(institution, "institution");
        int full = 0;
        int part = 0;
        for (StaffMember member : staff) {
            if (member.isStatistician() && member.institution().equals(institution)) {
                if (member.employment().orElseThrow() == Employment.FULL_TIME) {
                    full++;
                } else {
                    part++;
                }
            }
        }
        return new StaffingFacts(institution, basicUnits, population, full, part);
    }

    /**
     * The same facts with another number of basic units.
     *
     * @param newBasicUnits the number of basic units
     * @return the same facts with another number of basic units
     */
    public StaffingFacts withBasicUnits(long newBasicUnits) {
        return new StaffingFacts(institution, newBasicUnits, population, fullTime, partTime);
    }

    /**
     * The same facts with another population.
     *
     * @param newPopulation the population
     * @return the same facts with another population
     */
    public StaffingFacts withPopulation(long newPopulation) {
        return new StaffingFacts(institution, basicUnits, newPopulation, fullTime, partTime);
    }

    /**
     * The same facts with other numbers of statisticians.
     *
     * @param newFullTime the full-time statisticians
     * @param newPartTime the part-time statisticians
     * @return the same facts with other numbers of statisticians
     */
    public StaffingFacts withStatisticians(int newFullTime, int newPartTime) {
        return new StaffingFacts(institution, basicUnits, population, newFullTime, newPartTime);
    }
}
