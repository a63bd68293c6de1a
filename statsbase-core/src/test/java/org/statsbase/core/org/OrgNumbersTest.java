package org.statsbase.core.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.statsbase.core.error.CoreError;
import org.statsbase.core.error.StatsbaseException;

/** Absurd numbers given to the org value types get a typed error with a short message, never a billion digits. */
class OrgNumbersTest {

    @ParameterizedTest
    @ValueSource(strings = {"-1e999999999", "0E+999999999"})
    void absurdTrainingHoursGiveAShortTypedError(String hours) {
        assertThatThrownBy(() -> TrainingRecord.of(TrainingKind.values()[0], LocalDate.of(2024, 3, 1),
                new BigDecimal(hours), "县统计局"))
                .isInstanceOfSatisfying(StatsbaseException.class, e -> {
                    assertThat(e.errorCode()).isEqualTo(CoreError.ORG_NUMBER_OUT_OF_RANGE);
                    assertThat(e.getMessage()).hasSizeLessThan(300);
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e-999999999", "-1e999999999", "1e999999999"})
    void absurdPartTimeWeightsGiveAShortTypedError(String weight) {
        assertThatThrownBy(() -> StaffingRatios.of(500, 20000, new BigDecimal(weight)))
                .isInstanceOfSatisfying(StatsbaseException.class, e -> {
                    assertThat(e.errorCode()).isEqualTo(CoreError.ORG_NUMBER_OUT_OF_RANGE);
                    assertThat(e.getMessage()).contains("E").hasSizeLessThan(300);
                });
    }
}
