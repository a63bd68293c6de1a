package org.statsbase.testkit.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import org.statsbase.core.unit.SizeClassificationException;

/**
 * For each {@link SizeClassificationException.Reason}, the raw inputs of
 * {@link EnterpriseSizes#invalid} are refused for exactly that reason, with nothing else thrown
 * and a message of bounded length however absurd the value.
 */
class SizeReasonProperties {

    @Property(tries = 2000)
    void eachInvalidInputFailsForItsReasonAndNothingElse(
            @ForAll("reasonAndInput") Tuple2<SizeClassificationException.Reason, RawSizeInput> c) {
        Statistics.collect(c.get1());
        Statistics.coverage(coverage -> {
            for (SizeClassificationException.Reason r : SizeClassificationException.Reason.values()) {
                coverage.check(r).count(n -> n > 0);
            }
        });
        assertThatThrownBy(c.get2()::classify)
                .isExactlyInstanceOf(SizeClassificationException.class)
                .satisfies(e -> {
                    SizeClassificationException s = (SizeClassificationException) e;
                    assertThat(s.reason()).isEqualTo(c.get1());
                    assertThat(s.errorCode()).isEqualTo(c.get1().error());
                    assertThat(s.getMessage()).hasSizeLessThan(1000);
                });
    }

    @Provide
    Arbitrary<Tuple2<SizeClassificationException.Reason, RawSizeInput>> reasonAndInput() {
        return Arbitraries.of(SizeClassificationException.Reason.class)
                .flatMap(r -> EnterpriseSizes.invalid(r).map(input -> Tuple.of(r, input)));
    }
}
