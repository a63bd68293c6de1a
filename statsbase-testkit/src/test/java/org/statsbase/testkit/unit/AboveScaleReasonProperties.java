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
import org.statsbase.core.unit.AboveScaleException;

/**
 * For each {@link AboveScaleException.Reason}, the raw inputs of
 * {@link AboveScaleInputs#invalid} are refused for exactly that reason, with nothing else thrown
 * and a message of bounded length however absurd the value.
 */
class AboveScaleReasonProperties {

    @Property(tries = 2000)
    void eachInvalidInputFailsForItsReasonAndNothingElse(
            @ForAll("reasonAndInput") Tuple2<AboveScaleException.Reason, RawAboveScaleInput> c) {
        Statistics.collect(c.get1());
        Statistics.coverage(coverage -> {
            for (AboveScaleException.Reason r : AboveScaleException.Reason.values()) {
                coverage.check(r).count(n -> n > 0);
            }
        });
        assertThatThrownBy(c.get2()::classify)
                .isExactlyInstanceOf(AboveScaleException.class)
                .satisfies(e -> {
                    AboveScaleException s = (AboveScaleException) e;
                    assertThat(s.reason()).isEqualTo(c.get1());
                    assertThat(s.errorCode()).isEqualTo(c.get1().error());
                    assertThat(s.getMessage()).hasSizeLessThan(1000);
                });
    }

    @Provide
    Arbitrary<Tuple2<AboveScaleException.Reason, RawAboveScaleInput>> reasonAndInput() {
        return Arbitraries.of(AboveScaleException.Reason.class)
                .flatMap(r -> AboveScaleInputs.invalid(r).map(input -> Tuple.of(r, input)));
    }
}
