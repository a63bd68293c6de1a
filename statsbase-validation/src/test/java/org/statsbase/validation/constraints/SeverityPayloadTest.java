package org.statsbase.validation.constraints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import jakarta.validation.Payload;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.statsbase.core.level.Severity;

class SeverityPayloadTest {

    @ParameterizedTest
    @EnumSource(Severity.class)
    void eachSeverityHasItsOwnMarker(Severity severity) {
        Class<? extends Payload> marker = SeverityPayload.of(severity);
        assertThat(marker.getEnclosingClass()).isEqualTo(SeverityPayload.class);
        assertThat(SeverityPayload.severityOf(marker)).contains(severity);
    }

    @Test
    void otherPayloadsMarkNoSeverity() {
        assertThat(SeverityPayload.severityOf(Payload.class)).isEmpty();
        assertThat(SeverityPayload.severityOf(Unrelated.class)).isEmpty();
    }

    @Test
    void nullIsAProgrammingError() {
        assertThatNullPointerException().isThrownBy(() -> SeverityPayload.of(null)).withMessage("severity");
        assertThatNullPointerException().isThrownBy(() -> SeverityPayload.severity(null)).withMessage("violation");
    }

    static final class Unrelated implements Payload {
    }
}
