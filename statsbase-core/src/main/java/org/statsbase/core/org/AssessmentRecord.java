package org.statsbase.core.org;

import java.time.LocalDate;
import java.time.Year;
import java.util.Objects;
import org.statsbase.core.org.internal.OrgChecks;

/**
 * One assessment (考核) of a statistics worker: 统计人员考核 among the systems that
 * 国统字〔2021〕85号 三（八） asks townships to run, and 辅助调查员考核 (二（五）).
 *
 * @param periodStart the first day of the period assessed
 * @param periodEnd   the last day of the period assessed; not before {@code periodStart}
 * @param result      the grade
 * @param note        free text (the assessor's remarks, a local grade name), may be {@code ""}
 *
 * <p>Thread safety: immutable.
 */
public record AssessmentRecord(LocalDate periodStart, LocalDate periodEnd, AssessmentResult result, String note) {

    /**
     * Checks the components.
     *
     * @param periodStart the first day of the period assessed
     * @param periodEnd the last day of the period assessed; not before {@code periodStart}
     * @param result the grade
     * @param note free text (the assessor's remarks, a local grade name), may be {@code ""}
     * @throws org.statsbase.core.error.StatsbaseException {@code SB-CORE-0903} end before start
     */
    public AssessmentRecord {
        Objects.requireNonNull(periodStart, "periodStart");
        OrgChecks.notBefore(periodEnd, "考核期末", "period end", periodStart, "考核期初", "period start");
        Objects.requireNonNull(result, "result");
        note = Objects.requireNonNull(note, "note").strip();
    }

    /**
     * An assessment of the period {@code periodStart}..{@code periodEnd} (both included).
     *
     * @param periodStart the first day of the period assessed
     * @param periodEnd the last day of the period assessed; not before {@code periodStart}
     * @param result the grade
     * @param note free text (the assessor's remarks, a local grade name), may be {@code ""}
     * @return an assessment of the period {@code periodStart}..{@code periodEnd} (both included)
     */
    public static AssessmentRecord of(LocalDate periodStart, LocalDate periodEnd, AssessmentResult result,
            String note) {
        return new AssessmentRecord(periodStart, periodEnd, result, note);
    }

    /**
     * The annual assessment of {@code year} (年度考核), the common case.
     *
     * @param year the year assessed
     * @param result the grade
     * @return the annual assessment of {@code year} (年度考核), the common case
     */
    public static AssessmentRecord annual(Year year, AssessmentResult result) {
        Objects.requireNonNull(year, "year");
        return new AssessmentRecord(year.atDay(1), year.atMonth(12).atEndOfMonth(), result, "");
    }
}
