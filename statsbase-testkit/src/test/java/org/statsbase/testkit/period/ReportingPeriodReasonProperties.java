package org.statsbase.testkit.period;

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
import org.statsbase.core.code.CodeCheck;
import org.statsbase.core.code.InvalidCodeException;
import org.statsbase.core.period.ReportingPeriod;

/** For each {@link ReportingPeriod.Reason}, the inputs of {@link ReportingPeriods#invalid} fail for exactly it. */
class ReportingPeriodReasonProperties {

    @Property(tries = 2000)
    void eachInvalidInputFailsForItsReasonAndNothingElse(@ForAll("reasonAndInput") Tuple2<ReportingPeriod.Reason, String> c) {
        Statistics.collect(c.get1());
        Statistics.coverage(coverage -> {
            for (ReportingPeriod.Reason r : ReportingPeriod.Reason.values()) {
                coverage.check(r).count(n -> n > 0);
            }
        });
        CodeCheck<ReportingPeriod, ReportingPeriod.Reason> check = ReportingPeriod.check(c.get2());
        assertThat(check.isValid()).isFalse();
        assertThat(check.reason()).contains(c.get1());
        assertThatThrownBy(() -> ReportingPeriod.parse(c.get2()))
                .isExactlyInstanceOf(InvalidCodeException.class)
                .satisfies(e -> assertThat(((InvalidCodeException) e).reason()).isEqualTo(c.get1()));
    }

    @Provide
    Arbitrary<Tuple2<ReportingPeriod.Reason, String>> reasonAndInput() {
        return Arbitraries.of(ReportingPeriod.Reason.class)
                .flatMap(r -> ReportingPeriods.invalid(r).map(input -> Tuple.of(r, input)));
    }
}
