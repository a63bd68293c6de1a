package org.statsbase.testkit.fuzz;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The retention schedule and period parsers (statsbase-archive) on hostile input: every input ends in a result or
 * a typed statsbase error, within the time guard of {@link Fuzz}.
 */
class ArchiveFuzzProperties {

    @Property(tries = Fuzz.TRIES)
    void retentionScheduleEndsInAResultOrATypedError(@ForAll("retentionSchedule") byte[] input) {
        Targets.RETENTION_SCHEDULE.check(input);
    }

    @Provide
    Arbitrary<byte[]> retentionSchedule() {
        return Targets.RETENTION_SCHEDULE.inputs();
    }

    @Property(tries = Fuzz.TRIES)
    void retentionPeriodEndsInAResultOrATypedError(@ForAll("retentionPeriod") String input) {
        Targets.RETENTION_PERIOD.check(input);
    }

    @Provide
    Arbitrary<String> retentionPeriod() {
        return Targets.RETENTION_PERIOD.inputs();
    }
}
