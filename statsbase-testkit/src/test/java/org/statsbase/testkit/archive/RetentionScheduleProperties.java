package org.statsbase.testkit.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.statsbase.archive.error.ArchiveError;
import org.statsbase.archive.error.ArchiveException;
import org.statsbase.archive.record.RetentionPeriod;
import org.statsbase.archive.retention.ClassRetention;
import org.statsbase.archive.retention.RetentionSchedule;
import org.statsbase.archive.retention.StatutoryRule;

/**
 * 统计法实施条例 第二十二、二十三条: an office's schedule may lengthen a statutory minimum but never shorten it —
 * built line by line or loaded from its JSON file, a shortening schedule is refused with SB-ARC-0101 naming the
 * rule; a lengthening one loads the same both ways and keeps every class at or above its minimum.
 */
class RetentionScheduleProperties {

    @Provide
    Arbitrary<ScheduleDraft> shortening() {
        return RetentionSchedules.shortening();
    }

    @Property(tries = 300)
    void shorteningAStatutoryMinimumIsAlwaysRefused(@ForAll("shortening") ScheduleDraft draft) {
        StatutoryRule broken = draft.firstShortened().orElseThrow();
        assertThatThrownBy(draft::build).isInstanceOfSatisfying(ArchiveException.class, e -> {
            assertThat(e.code()).isEqualTo(ArchiveError.SCHEDULE_SHORTENS_MINIMUM.code());
            assertThat(e.messageEn()).contains(broken.rule());
        });
        assertThatThrownBy(draft::parse).isInstanceOfSatisfying(ArchiveException.class,
                e -> assertThat(e.code()).isEqualTo(ArchiveError.SCHEDULE_SHORTENS_MINIMUM.code()));
    }

    @Property(tries = 300)
    void lengtheningSchedulesLoadTheSameBothWaysAndKeepEveryMinimum(@ForAll ScheduleDraft draft) {
        assertThat(draft.firstShortened()).isEmpty();
        RetentionSchedule built = draft.build();
        assertThat(draft.parse()).isEqualTo(built);
        for (ClassRetention c : built.classes()) {
            c.statutory().ifPresent(r -> assertThat(c.period().isShorterThan(r.minimum())).isFalse());
        }
        for (ScheduleEntry e : draft.entries()) {
            assertThat(built.retentionOf(e.recordClass()).map(ClassRetention::period)).contains(e.period());
        }
    }

    @Property(tries = 100)
    void everyStatutoryClassIsCoveredEvenWhenTheScheduleOmitsIt(@ForAll RetentionSchedule schedule) {
        for (StatutoryRule r : schedule.statute().rules()) {
            RetentionPeriod p = schedule.retentionOf(r.recordClass()).orElseThrow().period();
            assertThat(p.isShorterThan(r.minimum())).isFalse();
        }
    }
}
