package org.statsbase.testkit.fuzz;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Randomly corrupted segment files of statsbase-trail's FileEventStore: opening, verifying and reading one ends in a
 * result or a typed statsbase error, within the time guard of {@link Fuzz}.
 */
class TrailFuzzProperties {

    @Property(tries = Fuzz.TRIES)
    void trailSegmentEndsInAResultOrATypedError(@ForAll("trailSegment") byte[] input) {
        Targets.TRAIL_SEGMENT.check(input);
    }

    @Provide
    Arbitrary<byte[]> trailSegment() {
        return Targets.TRAIL_SEGMENT.inputs();
    }
}
