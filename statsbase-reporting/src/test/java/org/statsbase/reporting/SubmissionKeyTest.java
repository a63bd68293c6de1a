package org.statsbase.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.statsbase.core.period.ReportingPeriod;
import org.statsbase.reporting.error.ReportingError;
import org.statsbase.reporting.error.ReportingException;

class SubmissionKeyTest {

    @Test
    void theSubjectNamesUnitFormAndPeriodAndParsesBack() {
        SubmissionKey key = SubmissionKey.of("91350100M000100Y43", "B204-1", ReportingPeriod.ofMonth(2026, 10));
        assertThat(key.subject()).isEqualTo("submission/91350100M000100Y43/B204-1/" + ReportingPeriod.ofMonth(2026, 10));
        assertThat(SubmissionKey.parseSubject(key.subject())).isEqualTo(key);
    }

    @Test
    void badIdsAndSubjectsGetTypedErrors() {
        assertThatThrownBy(() -> SubmissionKey.of("a/b", "B204-1", ReportingPeriod.ofYear(2026)))
                .isInstanceOfSatisfying(ReportingException.class,
                        e -> assertThat(e.errorCode()).isEqualTo(ReportingError.INVALID_ID));
        assertThatThrownBy(() -> SubmissionKey.parseSubject("submission/U1/B204-1/not-a-period"))
                .isInstanceOfSatisfying(ReportingException.class,
                        e -> assertThat(e.errorCode()).isEqualTo(ReportingError.MALFORMED_SUBJECT));
        assertThatThrownBy(() -> SubmissionKey.parseSubject("handover/U1/7"))
                .isInstanceOfSatisfying(ReportingException.class,
                        e -> assertThat(e.errorCode()).isEqualTo(ReportingError.MALFORMED_SUBJECT));
    }
}
