package org.statsbase.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The state machine of DOMAIN.md's reporting chain, step by step. */
class SubmissionActionTest {

    @Test
    void theMainPathLeadsFromDraftToForwarded() {
        assertThat(SubmissionAction.SUBMIT.next(SubmissionState.DRAFT)).contains(SubmissionState.SUBMITTED);
        assertThat(SubmissionAction.RETURN.next(SubmissionState.SUBMITTED)).contains(SubmissionState.RETURNED);
        assertThat(SubmissionAction.SUBMIT.next(SubmissionState.RETURNED)).contains(SubmissionState.SUBMITTED);
        assertThat(SubmissionAction.ACCEPT.next(SubmissionState.SUBMITTED)).contains(SubmissionState.ACCEPTED);
        assertThat(SubmissionAction.FORWARD.next(SubmissionState.ACCEPTED)).contains(SubmissionState.FORWARDED);
        assertThat(SubmissionAction.REOPEN_REQUEST.next(SubmissionState.ACCEPTED))
                .contains(SubmissionState.REOPEN_REQUESTED);
        assertThat(SubmissionAction.REOPEN_APPROVE.next(SubmissionState.REOPEN_REQUESTED))
                .contains(SubmissionState.DRAFT);
    }

    @Test
    void editsOnlyWhereTheStateIsEditable() {
        for (SubmissionAction a : SubmissionAction.values()) {
            if (a.isEdit()) {
                for (SubmissionState s : SubmissionState.values()) {
                    assertThat(a.isAllowedIn(s)).as("%s in %s", a, s).isEqualTo(s.isEditable());
                }
            }
        }
        assertThat(SubmissionAction.ACCEPT.next(SubmissionState.DRAFT)).isEmpty();
        assertThat(SubmissionAction.CREATE.allowedFrom()).isEmpty();
    }

    @Test
    void everyStepHasATrailActionAndBothNames() {
        for (SubmissionAction a : SubmissionAction.values()) {
            assertThat(SubmissionAction.ofTrailAction(a.trailAction())).contains(a);
            assertThat(a.nameZh()).isNotBlank();
            assertThat(a.nameEn()).isNotBlank();
        }
        assertThat(SubmissionAction.ofTrailAction(ReportingEvents.URGE)).isEmpty();
    }
}
