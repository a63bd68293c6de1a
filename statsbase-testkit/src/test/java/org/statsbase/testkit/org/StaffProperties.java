package org.statsbase.testkit.org;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Comparator;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.statsbase.core.org.EnforcementQualification;
import org.statsbase.core.org.StaffMember;
import org.statsbase.core.org.TrainingKind;
import org.statsbase.core.org.TrainingRecord;

/**
 * 国统字〔2021〕85号 二（五）（六）, 三（十三）: staff records are kept, in order, and
 * qualifications are valid from issue to expiry.
 */
class StaffProperties {

    @Property
    void trainingIsKeptInDateOrderAndNothingIsLost(@ForAll StaffMember person, @ForAll TrainingRecord record) {
        StaffMember trained = person.withTraining(record);
        assertThat(trained.training()).hasSize(person.training().size() + 1).contains(record);
        assertThat(trained.training()).isSortedAccordingTo(Comparator.comparing(TrainingRecord::date));
        assertThat(trained.hasTraining(record.kind(), record.date())).isTrue();
        assertThat(trained.qualifications()).isEqualTo(person.qualifications());
        assertThat(trained.assessments()).isEqualTo(person.assessments());
        assertThat(person.withTraining(record)).isEqualTo(trained).hasSameHashCodeAs(trained);
    }

    @Property
    void onlyStatisticiansAreFullOrPartTime(@ForAll StaffMember person) {
        assertThat(person.employment().isPresent()).isEqualTo(person.isStatistician());
    }

    @Property
    void aQualificationIsValidExactlyFromIssueToExpiry(@ForAll EnforcementQualification q,
            @ForAll("days") LocalDate day) {
        assertThat(q.isValidOn(day)).isEqualTo(!day.isBefore(q.issued()) && !day.isAfter(q.expires()));
    }

    @Property
    void noTrainingIsRecordedBeforeItHappens(@ForAll StaffMember person, @ForAll TrainingKind kind) {
        LocalDate first = person.training().stream().filter(t -> t.kind() == kind).map(TrainingRecord::date)
                .min(LocalDate::compareTo).orElse(LocalDate.MAX);
        if (!first.equals(LocalDate.MAX)) {
            assertThat(person.hasTraining(kind, first)).isTrue();
            assertThat(person.hasTraining(kind, first.minusDays(1))).isFalse();
        }
    }

    @Provide
    Arbitrary<LocalDate> days() {
        return Staff.days();
    }
}
