package org.statsbase.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.statsbase.reporting.ReportingFixture.*;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.statsbase.core.org.PersonId;
import org.statsbase.reporting.error.ReportingError;
import org.statsbase.reporting.error.ReportingException;
import org.statsbase.reporting.error.SubmissionRefusedException;
import org.statsbase.trail.EventDraft;
import org.statsbase.trail.Outcome;
import org.statsbase.trail.Trail;
import org.statsbase.trail.TrailEvent;
import org.statsbase.trail.store.InMemoryEventStore;
import org.statsbase.validation.review.RuleSet;
import org.statsbase.validation.rules.file.RuleSetFiles;
import org.statsbase.validation.rules.file.RuleSetFormat;

/** The submission workflow, one example per rule of DOMAIN.md's red lines and issue 4 §2. */
class SubmissionsTest {

    private static final RuleSet FORMLESS_RULES = RuleSet.compile(RuleSetFiles.parse(RULES_YAML, "b204-1-test.yaml",
            RuleSetFormat.YAML));

    private final InMemoryEventStore store = InMemoryEventStore.create();
    private final Trail trail = trail(store);
    private final Submissions service = service(trail).build();

    /** Asserts the call is refused with {@code code} and that the refusal is the trail's last event. */
    private SubmissionRefusedException refused(ReportingError code, ThrowingCallable call) {
        long before = trail.size();
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(call);
        assertThat(thrown).isInstanceOf(SubmissionRefusedException.class);
        SubmissionRefusedException e = (SubmissionRefusedException) thrown;
        assertThat(e.errorCode()).isEqualTo(code);
        assertThat(trail.size()).isEqualTo(before + 1);
        TrailEvent last = trail.events().get((int) before);
        assertThat(last.outcome()).isEqualTo(Outcome.REFUSED);
        assertThat(last.payload(ReportingEvents.ERROR)).contains(code.code());
        assertThat(last.sequence()).isEqualTo(e.refusalSequence());
        assertThat(last.action()).isEqualTo(e.action());
        return e;
    }

    private Submission filledAndSigned(SubmissionKey key, Map<String, String> values) {
        service.create(FILLER, key);
        service.enter(FILLER, key, values);
        return signAll(service, key);
    }

    @Test
    void theWholeCycleFromDraftToForwarded() {
        assertThat(service.create(FILLER, K1).state()).isEqualTo(SubmissionState.DRAFT);
        service.enter(FILLER, K1, GOOD);
        signAll(service, K1);
        Submission submitted = service.submit(FILLER, K1);
        assertThat(submitted.state()).isEqualTo(SubmissionState.SUBMITTED);
        assertThat(submitted.firstSubmitted()).contains(NOW);

        Submission returned = service.returnWithQuery(TOWNSHIP, K1, "销售产值与上月相比下降较多，请核实");
        assertThat(returned.state()).isEqualTo(SubmissionState.RETURNED);
        assertThat(returned.openQueries()).extracting(ReviewQuery::id).containsExactly("Q1");
        service.answer(FILLER, K1, "Q1", "已核实，订单推迟交付，已更正销售产值");
        service.enter(FILLER, K1, Map.of("B02", "1150"));
        signAll(service, K1);
        Submission resubmitted = service.submit(FILLER, K1);
        assertThat(resubmitted.state()).isEqualTo(SubmissionState.SUBMITTED);
        assertThat(resubmitted.submissions()).isEqualTo(2);

        assertThat(service.accept(COUNTY_REVIEWER, K1).state()).isEqualTo(SubmissionState.ACCEPTED);
        Submission forwarded = service.forward(COUNTY_REVIEWER, K1, "重庆市统计局");
        assertThat(forwarded.state()).isEqualTo(SubmissionState.FORWARDED);
        assertThat(forwarded.forwardedTo()).contains("重庆市统计局");
        assertThat(forwarded.values()).containsEntry("B01", "1200.50").containsEntry("B02", "1150");
        assertThat(trail.events()).allMatch(e -> e.outcome() == Outcome.DONE);
        assertThat(trail.verify().intact()).isTrue();
    }

    @Test
    void aUnitOutsideTheRegisterForThePeriodHasNoSubmission() {
        refused(ReportingError.NOT_IN_REGISTER, () -> service.create(LATE_FILLER, KLATE));
        refused(ReportingError.NOT_IN_REGISTER,
                () -> service.create(FILLER, SubmissionKey.of("NOBODY", FORM, PERIOD)));
        assertThat(service.state(KLATE)).isEmpty();
        SubmissionKey november = SubmissionKey.of(LATE, FORM, PERIOD.next());
        assertThat(service.create(LATE_FILLER, november).state()).isEqualTo(SubmissionState.DRAFT);
    }

    @Test
    void anotherUnitsStaffNeitherCreatesNorEnters() {
        refused(ReportingError.NOT_OWN_STAFF, () -> service.create(U2_FILLER, K1));
        service.create(FILLER, K1);
        refused(ReportingError.NOT_OWN_STAFF, () -> service.enter(U2_FILLER, K1, GOOD));
        refused(ReportingError.NOT_OWN_STAFF, () -> service.sign(U2_FILLER, K1));
    }

    @Test
    void aReviewersAttemptToChangeAFigureIsRefusedAndKeptAsEvidence() {
        filledAndSigned(K1, GOOD);
        service.submit(FILLER, K1);
        for (Actor reviewer : List.of(TOWNSHIP, COUNTY_REVIEWER, OFFICE)) {
            SubmissionRefusedException e = refused(ReportingError.STATISTICAL_BODY_MAY_NOT_FILL,
                    () -> service.enter(reviewer, K1, Map.of("B01", "999999")));
            TrailEvent evidence = trail.events().get((int) e.refusalSequence() - 1);
            assertThat(evidence.actor()).isEqualTo(reviewer.person().value());
            assertThat(evidence.role()).isEqualTo(reviewer.role().name());
            assertThat(evidence.payload("v.B01")).contains("999999");
        }
        refused(ReportingError.STATISTICAL_BODY_MAY_NOT_FILL, () -> service.explain(TOWNSHIP, K1, "R003", "审核人员代写"));
        refused(ReportingError.STATISTICAL_BODY_MAY_NOT_FILL, () -> service.submit(COUNTY_REVIEWER, K1));
        assertThat(service.state(K1).orElseThrow().values()).containsEntry("B01", "1200.50");
    }

    @Test
    void statisticalBodiesDoNotCreateForAUnit() {
        refused(ReportingError.STATISTICAL_BODY_MAY_NOT_FILL, () -> service.create(OFFICE, K1));
        refused(ReportingError.STATISTICAL_BODY_MAY_NOT_FILL, () -> service.create(TOWNSHIP, K1));
        assertThat(service.state(K1)).isEmpty();
    }

    @Test
    void reviewersActOnlyWithinTheirJurisdictionAndRespondentsDoNotReview() {
        filledAndSigned(K1, GOOD);
        service.submit(FILLER, K1);
        refused(ReportingError.OUTSIDE_JURISDICTION, () -> service.accept(TOWNSHIP_B_REVIEWER, K1));
        refused(ReportingError.OUTSIDE_JURISDICTION, () -> service.query(FOREIGN_REVIEWER, K1, "为何增长？"));
        refused(ReportingError.ROLE_MAY_NOT, () -> service.accept(HEAD, K1));
        refused(ReportingError.ROLE_MAY_NOT, () -> service.accept(OFFICE, K1));
        assertThat(service.accept(TOWNSHIP, K1).state()).isEqualTo(SubmissionState.ACCEPTED);
    }

    @Test
    void stepsOnlyFromTheirStates() {
        refused(ReportingError.NO_SUBMISSION, () -> service.enter(FILLER, K1, GOOD));
        service.create(FILLER, K1);
        refused(ReportingError.ALREADY_CREATED, () -> service.create(LEAD, K1));
        refused(ReportingError.STEP_NOT_ALLOWED_IN_STATE, () -> service.accept(TOWNSHIP, K1));
        refused(ReportingError.STEP_NOT_ALLOWED_IN_STATE, () -> service.forward(TOWNSHIP, K1, "市统计局"));
        refused(ReportingError.STEP_NOT_ALLOWED_IN_STATE, () -> service.requestReopen(FILLER, K1, "更正"));
        service.enter(FILLER, K1, GOOD);
        signAll(service, K1);
        service.submit(FILLER, K1);
        refused(ReportingError.STEP_NOT_ALLOWED_IN_STATE, () -> service.enter(FILLER, K1, Map.of("B01", "1")));
        refused(ReportingError.STEP_NOT_ALLOWED_IN_STATE, () -> service.sign(FILLER, K1));
        refused(ReportingError.STEP_NOT_ALLOWED_IN_STATE, () -> service.submit(FILLER, K1));
        service.accept(TOWNSHIP, K1);
        refused(ReportingError.STEP_NOT_ALLOWED_IN_STATE, () -> service.enter(FILLER, K1, Map.of("B01", "1")));
        refused(ReportingError.STEP_NOT_ALLOWED_IN_STATE, () -> service.returnWithQuery(TOWNSHIP, K1, "退回"));
        service.forward(COUNTY_REVIEWER, K1, "市统计局");
        refused(ReportingError.STEP_NOT_ALLOWED_IN_STATE, () -> service.enter(FILLER, K1, Map.of("B01", "1")));
        refused(ReportingError.STEP_NOT_ALLOWED_IN_STATE, () -> service.requestReopen(FILLER, K1, "更正"));
    }

    @Test
    void reopeningAnAcceptedSubmissionNeedsTheReviewersApproval() {
        filledAndSigned(K1, GOOD);
        service.submit(FILLER, K1);
        service.accept(TOWNSHIP, K1);
        refused(ReportingError.ROLE_MAY_NOT, () -> service.approveReopen(FILLER, K1));
        refused(ReportingError.STEP_NOT_ALLOWED_IN_STATE, () -> service.approveReopen(TOWNSHIP, K1));
        refused(ReportingError.INVALID_TEXT, () -> service.requestReopen(FILLER, K1, "  "));
        assertThat(service.requestReopen(HEAD, K1, "发现漏报一笔销售").state())
                .isEqualTo(SubmissionState.REOPEN_REQUESTED);
        refused(ReportingError.STEP_NOT_ALLOWED_IN_STATE, () -> service.enter(FILLER, K1, Map.of("B02", "1150")));
        Submission reopened = service.approveReopen(COUNTY_REVIEWER, K1);
        assertThat(reopened.state()).isEqualTo(SubmissionState.DRAFT);
        assertThat(reopened.accepted()).isEmpty();
        service.enter(FILLER, K1, Map.of("B02", "1150"));
        signAll(service, K1);
        assertThat(service.submit(FILLER, K1).state()).isEqualTo(SubmissionState.SUBMITTED);
    }

    @Test
    void queriesAreAnsweredBeforeAcceptance() {
        filledAndSigned(K1, GOOD);
        service.submit(FILLER, K1);
        Submission asked = service.query(TOWNSHIP, K1, "B01 与上年同期相比增长过快");
        assertThat(asked.state()).isEqualTo(SubmissionState.SUBMITTED);
        assertThat(asked.openQueries()).singleElement().satisfies(q -> {
            assertThat(q.returned()).isFalse();
            assertThat(q.by()).isEqualTo(TOWNSHIP.person());
        });
        refused(ReportingError.OPEN_QUERIES, () -> service.accept(TOWNSHIP, K1));
        refused(ReportingError.UNKNOWN_QUERY, () -> service.answer(FILLER, K1, "Q7", "答复"));
        refused(ReportingError.STATISTICAL_BODY_MAY_NOT_FILL, () -> service.answer(TOWNSHIP, K1, "Q1", "自问自答"));
        assertThat(service.answer(LEAD, K1, "Q1", "新生产线投产").openQueries()).isEmpty();
        refused(ReportingError.UNKNOWN_QUERY, () -> service.answer(FILLER, K1, "Q1", "再次答复"));
        assertThat(service.accept(TOWNSHIP, K1).state()).isEqualTo(SubmissionState.ACCEPTED);
    }

    @Test
    void aReturnedSubmissionIsResubmittedOnlyAfterTheQueryIsAnswered() {
        filledAndSigned(K1, GOOD);
        service.submit(FILLER, K1);
        service.returnWithQuery(TOWNSHIP, K1, "请补充说明");
        refused(ReportingError.OPEN_QUERIES, () -> service.submit(FILLER, K1));
        service.answer(FILLER, K1, "Q1", "已补充");
        assertThat(service.submit(FILLER, K1).state()).isEqualTo(SubmissionState.SUBMITTED);
    }

    @Test
    void mandatoryAndQuasiMandatoryFailuresBlockSubmitting() {
        filledAndSigned(K1, Map.of("B02", "10"));
        SubmissionRefusedException e = refused(ReportingError.REVIEW_BLOCKS, () -> service.submit(FILLER, K1));
        assertThat(e.blockingRules()).containsExactly("R001");
        assertThat(e.messageEn()).contains("R001");
        TrailEvent event = trail.events().get((int) e.refusalSequence() - 1);
        assertThat(event.payload(ReportingEvents.REVIEW_RULES)).contains("R001");
        assertThat(event.payload(ReportingEvents.REVIEW_BLOCKING)).contains("1");

        service.enter(FILLER, K1, Map.of("B01", "5", "B02", "10"));
        signAll(service, K1);
        assertThat(refused(ReportingError.REVIEW_BLOCKS, () -> service.submit(FILLER, K1)).blockingRules())
                .as("R004 is a hint and never blocks").containsExactly("R002");
        assertThat(service.state(K1).orElseThrow().state()).isEqualTo(SubmissionState.DRAFT);
    }

    @Test
    void hintsNeverBlock() {
        filledAndSigned(K1, Map.of("B01", "5", "B02", "5"));
        assertThat(service.blockingRules(K1)).isEmpty();
        assertThat(service.review(K1).violations()).extracting(v -> v.ruleId()).containsExactly("R004");
        Submission s = service.submit(FILLER, K1);
        assertThat(s.state()).isEqualTo(SubmissionState.SUBMITTED);
        TrailEvent submit = trail.bySubject(K1.subject()).get(trail.bySubject(K1.subject()).size() - 1);
        assertThat(submit.payload(ReportingEvents.REVIEW_FAILS)).contains("1");
        assertThat(submit.payload(ReportingEvents.REVIEW_BLOCKING)).contains("0");
    }

    @Test
    void aVerifyFailureNeedsAnAcceptedExplanation() {
        Map<String, String> big = Map.of("B01", "2500000", "B02", "2000000");
        service.create(FILLER, K1);
        service.enter(FILLER, K1, big);
        refused(ReportingError.NOT_A_VERIFY_FAILURE, () -> service.explain(FILLER, K1, "R002", REAL_EXPLANATION));
        refused(ReportingError.NOT_A_VERIFY_FAILURE, () -> service.explain(FILLER, K1, "R999", REAL_EXPLANATION));
        signAll(service, K1);
        assertThat(refused(ReportingError.REVIEW_BLOCKS, () -> service.submit(FILLER, K1)).blockingRules())
                .containsExactly("R003");
        SubmissionRefusedException boiler = refused(ReportingError.EXPLANATION_REJECTED,
                () -> service.explain(FILLER, K1, "R003", "核实无误"));
        assertThat(boiler.messageEn()).contains("SB-VAL-0606");
        Submission explained = service.explain(FILLER, K1, "R003", REAL_EXPLANATION);
        assertThat(explained.explanations()).singleElement().satisfies(x -> {
            assertThat(x.ruleId()).isEqualTo("R003");
            assertThat(x.record()).isEqualTo("unit_id=U1, period=" + PERIOD);
            assertThat(x.author()).isEqualTo(FILLER.person());
        });
        assertThat(explained.signatures()).as("an explanation does not change the figures").hasSize(3);
        assertThat(service.submit(FILLER, K1).state()).isEqualTo(SubmissionState.SUBMITTED);
    }

    @Test
    void everySignatureIsNeededAndEnteringValuesClearsThem() {
        service.create(FILLER, K1);
        service.enter(FILLER, K1, GOOD);
        service.sign(FILLER, K1);
        service.sign(LEAD, K1);
        SubmissionRefusedException e = refused(ReportingError.SIGNATURES_MISSING, () -> service.submit(FILLER, K1));
        assertThat(e.messageZh()).contains("单位负责人");
        assertThat(service.sign(HEAD, K1).signatures()).containsOnlyKeys(Role.FILLER, Role.STATISTICS_LEAD,
                Role.UNIT_HEAD);
        Submission changed = service.enter(FILLER, K1, Map.of("B02", "1000"));
        assertThat(changed.signatures()).isEmpty();
        refused(ReportingError.SIGNATURES_MISSING, () -> service.submit(FILLER, K1));
        signAll(service, K1);
        assertThat(service.submit(FILLER, K1).state()).isEqualTo(SubmissionState.SUBMITTED);
    }

    @Test
    void theSignOffPolicyIsConfigurable() {
        Submissions fillerOnly = service(trail).signOff(SignOffPolicy.of(Set.of(Role.FILLER))).build();
        fillerOnly.create(FILLER, K1);
        fillerOnly.enter(FILLER, K1, GOOD);
        fillerOnly.sign(FILLER, K1);
        assertThat(fillerOnly.submit(FILLER, K1).state()).isEqualTo(SubmissionState.SUBMITTED);
        assertThat(SignOffPolicy.of(Set.of()).missing(Map.of())).isEmpty();
        assertThat(SignOffPolicy.standard().required()).isEqualTo(SignOffPolicy.signatories());
        assertThatThrownBy(() -> SignOffPolicy.of(Set.of(Role.COUNTY_REVIEWER)))
                .isInstanceOfSatisfying(ReportingException.class,
                        x -> assertThat(x.errorCode()).isEqualTo(ReportingError.NOT_A_SIGNATORY));
    }

    @Test
    void proxyFillingOnlyForADefenceIndustryUnitUnderAnAuthorisation() {
        refused(ReportingError.NOT_DEFENCE_INDUSTRY, () -> service.create(PROXY, K1));
        refused(ReportingError.PROXY_NOT_AUTHORISED, () -> service.create(PROXY, KDEF));
        refused(ReportingError.ROLE_MAY_NOT, () -> service.authoriseProxy(COUNTY_REVIEWER, DEF, PROXY.person(), "文件"));
        refused(ReportingError.NOT_DEFENCE_INDUSTRY, () -> service.authoriseProxy(OFFICE, U1, PROXY.person(), "文件"));
        refused(ReportingError.UNKNOWN_UNIT, () -> service.authoriseProxy(OFFICE, "NOBODY", PROXY.person(), "文件"));
        Actor foreignOffice = Actor.official(PersonId.of("x-office"), Role.OFFICE, OTHER_COUNTY);
        refused(ReportingError.OUTSIDE_JURISDICTION,
                () -> service.authoriseProxy(foreignOffice, DEF, PROXY.person(), "文件"));

        ProxyAuthorisation a = service.authoriseProxy(OFFICE, DEF, PROXY.person(), "江北统〔2026〕7号");
        assertThat(a.id()).isEqualTo("A1");
        assertThat(a.unitId()).isEqualTo(DEF);
        assertThat(service.authorisations(DEF)).containsExactly(a);

        service.create(PROXY, KDEF);
        Submission entered = service.enter(PROXY, KDEF, GOOD);
        assertThat(entered.proxyAuthorisation()).contains("A1");
        assertThat(entered.proxyValues()).containsOnlyKeys("B01", "B02");
        service.sign(PROXY, KDEF);
        service.sign(DEF_LEAD, KDEF);
        assertThat(service.sign(DEF_HEAD, KDEF).signatures()).containsKey(Role.FILLER);
        assertThat(service.submit(PROXY, KDEF).state()).isEqualTo(SubmissionState.SUBMITTED);
        assertThat(trail.bySubject(KDEF.subject())).filteredOn(e -> e.role().equals("PROXY_FILLER") && e.outcome() == Outcome.DONE)
                .allMatch(e -> e.payload(ReportingEvents.PROXY_AUTHORISATION).equals(java.util.Optional.of("A1")));

        Actor otherProxy = Actor.official(PersonId.of("c-proxy-2"), Role.PROXY_FILLER, COUNTY);
        refused(ReportingError.PROXY_NOT_AUTHORISED, () -> service.answer(otherProxy, KDEF, "Q1", "答复"));
        service.accept(COUNTY_REVIEWER, KDEF);
        refused(ReportingError.ROLE_MAY_NOT, () -> service.requestReopen(PROXY, KDEF, "代为申请"));
    }

    @Test
    void aSuccessorActsOnlyAfterTheHandoverIsSignedByBothSides() {
        Actor successor = Actor.staff(PersonId.of("u1-new-filler"), Role.FILLER, U1);
        String handover = "handover/" + U1 + "/H1";
        trail.append(EventDraft.of(OFFICE.person().value(), Role.OFFICE.name(), ReportingEvents.HANDOVER_RECORD,
                handover).with(ReportingEvents.OUTGOING, FILLER.person().value())
                .with(ReportingEvents.INCOMING, successor.person().value()).with(ReportingEvents.ITEMS, "B204-1"));
        trail.append(EventDraft.of(FILLER.person().value(), Role.FILLER.name(), ReportingEvents.HANDOVER_SIGN,
                handover).with(ReportingEvents.PARTY, "OUTGOING"));
        SubmissionRefusedException e = refused(ReportingError.HANDOVER_NOT_SIGNED, () -> service.create(successor, K1));
        assertThat(e.messageEn()).contains("INCOMING").contains(handover);
        assertThat(service.create(FILLER, K1).state()).as("the predecessor is not gated")
                .isEqualTo(SubmissionState.DRAFT);
        trail.append(EventDraft.of(successor.person().value(), Role.FILLER.name(), ReportingEvents.HANDOVER_SIGN,
                handover).with(ReportingEvents.PARTY, "INCOMING"));
        assertThat(service.enter(successor, K1, GOOD).values()).containsEntry("B01", "1200.50");
    }

    @Test
    void valuesAreCheckedAgainstTheForm() {
        service.create(FILLER, K1);
        refused(ReportingError.INVALID_VALUE, () -> service.enter(FILLER, K1, Map.of("B01", "一千")));
        refused(ReportingError.UNKNOWN_INDICATOR, () -> service.enter(FILLER, K1, Map.of("B99", "1")));
        refused(ReportingError.NOTHING_ENTERED, () -> service.enter(FILLER, K1, Map.of()));
        refused(ReportingError.INVALID_TEXT, () -> service.enter(FILLER, K1, Map.of(" ", "1")));
        SubmissionRefusedException control = refused(ReportingError.INVALID_TEXT,
                () -> service.enter(FILLER, K1, Map.of("B\n1", "1", "B01", "2")));
        assertThat(trail.events().get((int) control.refusalSequence() - 1).payload("v.B01")).contains("2");
        Submission s = service.enter(FILLER, K1, Map.of("B01", " 1.50 ", "B03", " 007 "));
        assertThat(s.values()).containsEntry("B01", "1.50").containsEntry("B03", " 007 ");
        assertThat(service.enter(FILLER, K1, Map.of("B01", "")).value("B01")).isEmpty();
    }

    @Test
    void withoutARuleSetNothingIsSubmitted() {
        Submissions bare = service(trail).ruleSets(Map.of()).build();
        bare.create(FILLER, K1);
        bare.enter(FILLER, K1, GOOD);
        signAll(bare, K1);
        refused(ReportingError.NO_RULE_SET, () -> bare.submit(FILLER, K1));
        assertThatThrownBy(() -> bare.review(K1)).isInstanceOfSatisfying(ReportingException.class,
                x -> assertThat(x.errorCode()).isEqualTo(ReportingError.NO_RULE_SET));
    }

    @Test
    void withoutAFormValuesAreKeptAsGivenAndNumbersRecognised() {
        Submissions formless = service(trail).forms(List.of()).ruleSets(Map.of(FORM, FORMLESS_RULES)).build();
        formless.create(FILLER, K1);
        formless.enter(FILLER, K1, Map.of("B01", "2000000", "B02", "3", "X9", "备注"));
        signAll(formless, K1);
        assertThat(refused(ReportingError.REVIEW_BLOCKS, () -> formless.submit(FILLER, K1)).blockingRules())
                .containsExactly("R003");
    }

    @Test
    void aNewServiceOnTheSameStoreRecoversEverything() {
        filledAndSigned(K1, Map.of("B01", "2500000", "B02", "10"));
        service.explain(FILLER, K1, "R003", REAL_EXPLANATION);
        service.submit(FILLER, K1);
        service.returnWithQuery(TOWNSHIP, K1, "请核实");
        service.authoriseProxy(OFFICE, DEF, PROXY.person(), "江北统〔2026〕7号");
        refused(ReportingError.STATISTICAL_BODY_MAY_NOT_FILL, () -> service.enter(TOWNSHIP, K1, GOOD));

        Submissions recovered = service(trail(store)).build();
        assertThat(recovered.submissions()).isEqualTo(service.submissions());
        assertThat(recovered.submissions(FORM, PERIOD)).extracting(Submission::key).containsExactly(K1);
        assertThat(recovered.submissions(FORM, PERIOD.next())).isEmpty();
        assertThat(recovered.state(K1)).isEqualTo(service.state(K1));
        assertThat(recovered.authorisations(DEF)).isEqualTo(service.authorisations(DEF));
        assertThat(Submission.read(trail, K1)).isEqualTo(service.state(K1));
        recovered.answer(FILLER, K1, "Q1", "已核实");
        assertThat(recovered.submit(FILLER, K1).state()).isEqualTo(SubmissionState.SUBMITTED);
        assertThat(service.state(K1)).as("the first instance reads what the second appended")
                .isEqualTo(recovered.state(K1));
    }
}
