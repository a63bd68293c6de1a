package org.statsbase.bench.review;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.statsbase.validation.review.ReviewReport;
import org.statsbase.validation.review.RuleSummary;

/**
 * The review benchmark compares like with like: on the same records statsbase, Hibernate Validator
 * and Aviator count the same failures for every one of the ten checks, and every check fails
 * somewhere (R09 only when unit ids repeat).
 */
class ReviewPeerAgreementTest {

    private static long[] agreedFails(Units units) {
        long[] statsbase = new Contenders.Statsbase(units).fails();
        long[] hibernate = new Contenders.Hibernate(units).fails();
        long[] aviator = new Contenders.Aviator(units).fails();
        assertThat(hibernate).as("Hibernate Validator").containsExactly(statsbase);
        assertThat(aviator).as("Aviator").containsExactly(statsbase);
        return statsbase;
    }

    @Test
    void theThreeCountTheSameFailuresPerRule() {
        long[] fails = agreedFails(Units.generate(20_000, Units.SEED));
        assertThat(fails).hasSize(10);
        for (int rule = 0; rule < fails.length; rule++) {
            if (rule == 8) {
                assertThat(fails[rule]).as("R09 with unique ids").isZero();
            } else {
                assertThat(fails[rule]).as("R%02d", rule + 1).isBetween(10L, 400L);
            }
        }
    }

    @Test
    void theyAgreeOnRepeatedUnitIdsToo() {
        long[] fails = agreedFails(Units.generate(5_000, Units.SEED + 1, 500));
        assertThat(fails[8]).as("R09: 9 repeated ids, both copies fail").isEqualTo(18);
    }

    @Test
    void everyRecordIsApplicableAndParallelChunksGiveTheSameReport() {
        Units units = Units.generate(10_000, Units.SEED);
        Contenders.Statsbase statsbase = new Contenders.Statsbase(units);
        ReviewReport sequential = statsbase.review(false);
        for (RuleSummary s : sequential.summaries()) {
            assertThat(s.notApplicable() + s.errors()).as(s.ruleId()).isZero();
            assertThat(s.items()).isEqualTo(10_000);
        }
        assertThat(statsbase.review(true)).isEqualTo(sequential);
    }
}
