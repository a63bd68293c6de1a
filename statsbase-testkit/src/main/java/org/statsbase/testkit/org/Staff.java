package org.statsbase.testkit.org;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Objects;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.statsbase.core.org.AssessmentRecord;
import org.statsbase.core.org.AssessmentResult;
import org.statsbase.core.org.Employment;
import org.statsbase.core.org.EnforcementQualification;
import org.statsbase.core.org.InstitutionId;
import org.statsbase.core.org.PersonId;
import org.statsbase.core.org.StaffMember;
import org.statsbase.core.org.TrainingKind;
import org.statsbase.core.org.TrainingRecord;

/**
 * Statistics workers and their records (国统字〔2021〕85号 二（二）（五）（六）, 三（八）（十三）):
 * statisticians and auxiliary investigators with training, enforcement qualifications and
 * assessments. Names are synthetic.
 *
 * <p>Thread safety: stateless; the arbitraries are immutable.
 */
public final class Staff {

    private static final LocalDate FIRST_DAY = LocalDate.of(2015, 1, 1);

    private Staff() {
    }

    /**
     * Days between 2015 and 2034.
     *
     * @return days from 2015-01-01 to 2034-12-31
     */
    public static Arbitrary<LocalDate> days() {
        return Arbitraries.integers().between(0, 365 * 20).map(FIRST_DAY::plusDays);
    }

    /**
     * Person identifiers {@code p-0} … {@code p-9999}.
     *
     * @return person ids
     */
    public static Arbitrary<PersonId> personIds() {
        return Arbitraries.integers().between(0, 9999).map(i -> PersonId.of("p-" + i));
    }

    /**
     * Training of every kind, 0.5 to 40 hours in half hours.
     *
     * @return training records
     */
    public static Arbitrary<TrainingRecord> trainingRecords() {
        return Combinators.combine(Arbitraries.of(TrainingKind.values()), days(),
                Arbitraries.integers().between(1, 80).map(h -> BigDecimal.valueOf(h * 5L, 1)),
                Arbitraries.of("区统计局", "市统计局", "统计干部学校"))
                .as(TrainingRecord::of);
    }

    /**
     * Enforcement qualifications valid for 0 to 6 years.
     *
     * @return enforcement qualifications (统计执法证)
     */
    public static Arbitrary<EnforcementQualification> qualifications() {
        return Combinators.combine(Arbitraries.strings().numeric().ofLength(8), days(),
                Arbitraries.integers().between(0, 6 * 365))
                .as((n, issued, valid) -> EnforcementQualification.of("TJZF" + n, issued, issued.plusDays(valid)));
    }

    /**
     * Annual assessments of 2015–2034 with any grade.
     *
     * @return assessment records
     */
    public static Arbitrary<AssessmentRecord> assessments() {
        return Combinators.combine(Arbitraries.integers().between(2015, 2034), Arbitraries.of(AssessmentResult.values()))
                .as((y, r) -> AssessmentRecord.annual(Year.of(y), r));
    }

    /**
     * Statisticians (full- or part-time) of {@code institution}, with records.
     *
     * @param institution the institution they belong to
     * @return statisticians of {@code institution}
     */
    public static Arbitrary<StaffMember> statisticians(InstitutionId institution) {
        Objects.requireNonNull(institution, "institution");
        return withRecords(Combinators.combine(personIds(), Arbitraries.of(Employment.values()))
                .as((id, e) -> StaffMember.statistician(id, "统计员-" + id.value(), institution, e)));
    }

    /**
     * Statisticians and auxiliary investigators of {@code institution}, with records.
     *
     * @param institution the institution they belong to
     * @return staff members of {@code institution}
     */
    public static Arbitrary<StaffMember> members(InstitutionId institution) {
        Objects.requireNonNull(institution, "institution");
        Arbitrary<StaffMember> auxiliary = personIds()
                .map(id -> StaffMember.auxiliaryInvestigator(id, "辅助调查员-" + id.value(), institution));
        return Arbitraries.frequencyOf(
                Tuple.of(3, statisticians(institution)), Tuple.of(1, withRecords(auxiliary)));
    }

    /**
     * Staff of institutions {@code inst-0} … {@code inst-9}.
     *
     * @return staff members of ten institutions
     */
    public static Arbitrary<StaffMember> members() {
        return Arbitraries.integers().between(0, 9).flatMap(i -> members(InstitutionId.of("inst-" + i)));
    }

    private static Arbitrary<StaffMember> withRecords(Arbitrary<StaffMember> people) {
        return Combinators.combine(people, trainingRecords().list().ofMaxSize(4),
                qualifications().list().ofMaxSize(2), assessments().list().ofMaxSize(3))
                .as(Staff::record);
    }

    private static StaffMember record(StaffMember person, List<TrainingRecord> training,
            List<EnforcementQualification> qualifications, List<AssessmentRecord> assessments) {
        StaffMember out = person;
        for (TrainingRecord t : training) {
            out = out.withTraining(t);
        }
        for (EnforcementQualification q : qualifications) {
            out = out.withQualification(q);
        }
        for (AssessmentRecord a : assessments) {
            out = out.withAssessment(a);
        }
        return out;
    }
}
