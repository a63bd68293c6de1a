package org.statsbase.validation.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.statsbase.core.level.Severity;

/** A rule's counts are never negative and always add up to the records it looked at. */
class RuleSummaryTest {

    @Test
    void countsAddUpToTheItems() {
        RuleSummary s = new RuleSummary("R1", Severity.VERIFY, 10, 4, 3, 2, 1);
        assertThat(s.passes() + s.fails() + s.notApplicable() + s.errors()).isEqualTo(s.items());
        assertThatIllegalArgumentException().isThrownBy(() -> new RuleSummary("R1", Severity.VERIFY, 9, 4, 3, 2, 1))
                .withMessage("counts do not add up: 9 != 4 + 3 + 2 + 1");
    }

    @Test
    void noCountIsNegativeEvenWhenTheSumFits() {
        assertThatIllegalArgumentException().isThrownBy(() -> new RuleSummary("R1", Severity.HINT, 0, -1, 1, 0, 0));
        assertThatIllegalArgumentException().isThrownBy(() -> new RuleSummary("R1", Severity.HINT, 0, 1, -1, 0, 0));
        assertThatIllegalArgumentException().isThrownBy(() -> new RuleSummary("R1", Severity.HINT, 0, 0, 1, -1, 0));
        assertThatIllegalArgumentException().isThrownBy(() -> new RuleSummary("R1", Severity.HINT, 0, 0, 0, 1, -1));
        assertThat(new RuleSummary("R1", Severity.HINT, 0, 0, 0, 0, 0).items()).isZero();
    }
}
