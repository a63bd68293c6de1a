package org.statsbase.core.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.statsbase.core.org.OrgFixtures.BUREAU;
import static org.statsbase.core.org.OrgFixtures.ENTERPRISE;
import static org.statsbase.core.org.OrgFixtures.OTHER_BUREAU;
import static org.statsbase.core.org.OrgFixtures.STATION;
import static org.statsbase.core.org.OrgFixtures.STATION_2;
import static org.statsbase.core.org.OrgFixtures.VILLAGE;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * 国统字〔2021〕85号 二（二）: 乡镇统计人员的调动，应当征得县级人民政府统计机构的同意，并做好工作交接.
 */
class TransferRulesTest {

    private static final InstitutionDirectory DIRECTORY = OrgFixtures.directory();
    private static final TransferRules RULES = TransferRules.standard();
    private static final LocalDate DAY = LocalDate.of(2026, 6, 30);
    private static final PersonId LEAVING = PersonId.of("p-leaving");
    private static final PersonId SUCCESSOR = PersonId.of("p-successor");
    private static final PersonId SUPERVISOR = PersonId.of("p-supervisor");
    private static final StaffMember STATISTICIAN =
            StaffMember.statistician(LEAVING, "王统计", STATION, Employment.FULL_TIME);

    private static final List<HandoverItem> ITEMS = List.of(
            HandoverItem.of(StandardHandoverItemKind.LEDGER, "2026 年工业统计台账 6 册"),
            HandoverItem.of(StandardHandoverItemKind.ACCOUNT, "联网直报平台账号 2 个（已改密码）"),
            HandoverItem.of(StandardHandoverItemKind.ARCHIVE, "2024–2025 年统计报表档案 2 盒"));

    private static HandoverRecord signedHandover() {
        return HandoverRecord.of(LEAVING, SUCCESSOR, ITEMS).signedByOutgoing(DAY.minusDays(2))
                .signedByIncoming(DAY.minusDays(2)).signedBySupervisor(SUPERVISOR, DAY.minusDays(1));
    }

    private static CountyConsent consent() {
        return CountyConsent.of(BUREAU, "张局长", DAY.minusDays(10));
    }

    private static Transfer complete() {
        return Transfer.of(STATISTICIAN, DAY).to(STATION_2).withConsent(consent()).withHandover(signedHandover());
    }

    private static TransferRefusedException refused(Transfer transfer) {
        return refused(RULES, transfer);
    }

    private static TransferRefusedException refused(TransferRules rules, Transfer transfer) {
        try {
            rules.approve(transfer, DIRECTORY);
        } catch (TransferRefusedException e) {
            return e;
        }
        throw new AssertionError("transfer accepted: " + transfer);
    }

    @Test
    void consentOfTheCountyBureauAndASignedCompleteHandoverAreEnough() {
        Transfer t = complete();
        TransferDecision decision = RULES.check(t, DIRECTORY);
        assertThat(decision.isCovered()).isTrue();
        assertThat(decision.isAccepted()).isTrue();
        assertThat(decision.refusals()).isEmpty();
        assertThat(RULES.approve(t, DIRECTORY)).isSameAs(t);
        assertThat(t.personAfter().institution()).isEqualTo(STATION_2);
        assertThat(t.personAfter().id()).isEqualTo(LEAVING);
    }

    @Test
    void consentAndSignaturesOnTheTransferDayItselfAreInTime() {
        HandoverRecord h = HandoverRecord.of(LEAVING, SUCCESSOR, ITEMS).signedByOutgoing(DAY).signedByIncoming(DAY)
                .signedBySupervisor(SUPERVISOR, DAY);
        Transfer t = Transfer.of(STATISTICIAN, DAY).withConsent(CountyConsent.of(BUREAU, "张局长", DAY)).withHandover(h);
        assertThat(RULES.check(t, DIRECTORY).isAccepted()).isTrue();
    }

    @Test
    void withoutConsentTheTransferIsRefused() {
        TransferRefusedException e = refused(Transfer.of(STATISTICIAN, DAY).withHandover(signedHandover()));
        assertThat(e.reason()).isEqualTo(TransferRefusalReason.CONSENT_MISSING);
        assertThat(e.code()).isEqualTo("SB-CORE-0931");
        assertThat(e.messageZh()).contains("县级人民政府统计机构").contains("p-leaving");
        assertThat(e.messageEn()).contains("county statistics bureau");
        assertThat(e.refusals()).hasSize(1);
        assertThat(e.transfer().person()).isEqualTo(STATISTICIAN);
    }

    @Test
    void consentFromABodyOutsideTheDirectoryIsRefused() {
        TransferRefusedException e = refused(complete().withConsent(
                CountyConsent.of(InstitutionId.of("city-bureau"), "某", DAY.minusDays(1))));
        assertThat(e.reason()).isEqualTo(TransferRefusalReason.CONSENT_BODY_UNKNOWN);
    }

    @Test
    void consentFromSomethingOtherThanACountyBureauIsRefused() {
        TransferRefusedException e = refused(complete().withConsent(CountyConsent.of(STATION, "王站长", DAY)));
        assertThat(e.reason()).isEqualTo(TransferRefusalReason.CONSENT_NOT_COUNTY_BUREAU);
        assertThat(e.messageEn()).contains("township statistics station");
        assertThat(e.messageZh()).contains("乡镇（街道）统计站");
    }

    @Test
    void consentFromAnotherCountysBureauIsRefused() {
        TransferRefusedException e = refused(complete().withConsent(CountyConsent.of(OTHER_BUREAU, "李局长", DAY)));
        assertThat(e.reason()).isEqualTo(TransferRefusalReason.CONSENT_WRONG_COUNTY);
        assertThat(e.messageEn()).contains(OTHER_BUREAU.value()).contains(BUREAU.value());
    }

    @Test
    void consentAfterTheTransferIsRefused() {
        TransferRefusedException e = refused(complete().withConsent(CountyConsent.of(BUREAU, "张局长", DAY.plusDays(1))));
        assertThat(e.reason()).isEqualTo(TransferRefusalReason.CONSENT_TOO_LATE);
    }

    @Test
    void withoutHandoverTheTransferIsRefused() {
        TransferRefusedException e = refused(Transfer.of(STATISTICIAN, DAY).withConsent(consent()));
        assertThat(e.reason()).isEqualTo(TransferRefusalReason.HANDOVER_MISSING);
        assertThat(e.code()).isEqualTo("SB-CORE-0936");
    }

    @Test
    void anUnsignedHandoverIsRefusedOncePerMissingSignature() {
        TransferRefusedException e = refused(complete().withHandover(HandoverRecord.of(LEAVING, SUCCESSOR, ITEMS)));
        assertThat(e.refusals()).extracting(TransferRefusal::reason).containsOnly(TransferRefusalReason.HANDOVER_UNSIGNED);
        assertThat(e.refusals()).extracting(TransferRefusal::messageEn).containsExactly(
                "the handover record of p-leaving is not signed by the outgoing person",
                "the handover record of p-leaving is not signed by the incoming person",
                "the handover record of p-leaving is not signed by the supervisor");
        assertThat(e.refusals().get(0).messageZh()).isEqualTo("p-leaving 的交接记录没有移交人签字");
    }

    @Test
    void aHandoverSignedOnlyByTheOutgoingPersonIsRefused() {
        TransferRefusedException e = refused(complete().withHandover(
                HandoverRecord.of(LEAVING, SUCCESSOR, ITEMS).signedByOutgoing(DAY)));
        assertThat(e.refusals()).hasSize(2);
        assertThat(e.reason()).isEqualTo(TransferRefusalReason.HANDOVER_UNSIGNED);
    }

    @Test
    void addingAnItemAfterSigningUndoesTheSignatures() {
        HandoverRecord changed = signedHandover().withItem(HandoverItem.of(StandardHandoverItemKind.LEDGER, "补充台账"));
        assertThat(changed.isSignedBy(HandoverParty.OUTGOING)).isFalse();
        assertThat(changed.supervisor()).isEmpty();
        assertThat(refused(complete().withHandover(changed)).reason()).isEqualTo(TransferRefusalReason.HANDOVER_UNSIGNED);
    }

    @Test
    void aHandoverSignedAfterTheTransferIsRefused() {
        HandoverRecord late = signedHandover().signedByIncoming(DAY.plusDays(3));
        TransferRefusedException e = refused(complete().withHandover(late));
        assertThat(e.reason()).isEqualTo(TransferRefusalReason.HANDOVER_SIGNED_TOO_LATE);
        assertThat(e.messageEn()).contains("incoming person").contains("2026-07-03").contains("2026-06-30");
    }

    @Test
    void aHandoverMissingAKindOfItemIsRefused() {
        HandoverRecord partial = HandoverRecord.of(LEAVING, SUCCESSOR, ITEMS.subList(0, 1)).signedByOutgoing(DAY)
                .signedByIncoming(DAY).signedBySupervisor(SUPERVISOR, DAY);
        TransferRefusedException e = refused(complete().withHandover(partial));
        assertThat(e.reason()).isEqualTo(TransferRefusalReason.HANDOVER_INCOMPLETE);
        assertThat(e.messageZh()).isEqualTo("p-leaving 的交接记录缺少：账户/账号、档案");
        assertThat(e.messageEn()).isEqualTo("the handover record of p-leaving lists nothing for: accounts, archives");
    }

    @Test
    void aHandoverBySomebodyElseOrToOneselfIsRefused() {
        HandoverRecord wrong = HandoverRecord.of(SUCCESSOR, SUCCESSOR, ITEMS).signedByOutgoing(DAY)
                .signedByIncoming(DAY).signedBySupervisor(SUPERVISOR, DAY);
        assertThat(RULES.check(complete().withHandover(wrong), DIRECTORY).reasons()).containsExactlyInAnyOrder(
                TransferRefusalReason.HANDOVER_WRONG_PERSON, TransferRefusalReason.HANDOVER_SAME_PERSON);
    }

    @Test
    void theSupervisorMustBeIndependentOfBothParties() {
        HandoverRecord selfSupervised = HandoverRecord.of(LEAVING, SUCCESSOR, ITEMS).signedByOutgoing(DAY)
                .signedByIncoming(DAY).signedBySupervisor(SUCCESSOR, DAY);
        assertThat(refused(complete().withHandover(selfSupervised)).reason())
                .isEqualTo(TransferRefusalReason.HANDOVER_SUPERVISOR_NOT_INDEPENDENT);
    }

    @Test
    void rulesWithoutSupervisorAndWithMoreItemKindsCanBeConfigured() {
        HandoverRecord twoParties = HandoverRecord.of(LEAVING, SUCCESSOR, ITEMS).signedByOutgoing(DAY)
                .signedByIncoming(DAY);
        TransferRules noSupervisor = TransferRules.of(Set.of(StandardHandoverItemKind.values()), false);
        assertThat(noSupervisor.check(complete().withHandover(twoParties), DIRECTORY).isAccepted()).isTrue();

        TransferRules withQueries = TransferRules.of(Set.of(StandardHandoverItemKind.LEDGER, TestKind.QUERY), false);
        TransferRefusedException e = refused(withQueries, complete().withHandover(twoParties));
        assertThat(e.reason()).isEqualTo(TransferRefusalReason.HANDOVER_INCOMPLETE);
        assertThat(e.messageEn()).endsWith("lists nothing for: open queries");
        HandoverRecord withQuery = HandoverRecord.of(LEAVING, SUCCESSOR, ITEMS)
                .withItem(HandoverItem.of(TestKind.QUERY, "未答复查询 1 条")).signedByOutgoing(DAY).signedByIncoming(DAY);
        assertThat(withQueries.check(complete().withHandover(withQuery), DIRECTORY).isAccepted()).isTrue();
    }

    @Test
    void everyReasonIsReportedAtOnce() {
        Transfer bare = Transfer.of(STATISTICIAN, DAY);
        assertThat(RULES.check(bare, DIRECTORY).reasons()).containsExactlyInAnyOrder(
                TransferRefusalReason.CONSENT_MISSING, TransferRefusalReason.HANDOVER_MISSING);
        assertThatThrownBy(() -> RULES.approve(bare, DIRECTORY)).isInstanceOf(TransferRefusedException.class)
                .hasMessageStartingWith("SB-CORE-0931 ");
    }

    @Test
    void transfersOfOtherStaffAreNotCovered() {
        StaffMember village = StaffMember.statistician(LEAVING, "村统计", VILLAGE, Employment.PART_TIME);
        StaffMember enterprise = StaffMember.statistician(LEAVING, "企业统计", ENTERPRISE, Employment.FULL_TIME);
        StaffMember county = StaffMember.statistician(LEAVING, "局统计", BUREAU, Employment.FULL_TIME);
        StaffMember auxiliary = StaffMember.auxiliaryInvestigator(LEAVING, "辅助", STATION);
        for (StaffMember person : List.of(village, enterprise, county, auxiliary)) {
            TransferDecision d = RULES.check(Transfer.of(person, DAY), DIRECTORY);
            assertThat(d.isCovered()).as(person.toString()).isFalse();
            assertThat(d.isAccepted()).as(person.toString()).isTrue();
        }
        StaffMember partTimeTownship = StaffMember.statistician(LEAVING, "兼职", STATION, Employment.PART_TIME);
        assertThat(RULES.covers(Transfer.of(partTimeTownship, DAY), DIRECTORY)).contains(true);
    }

    @Test
    void aPersonFromAnUnknownInstitutionIsRefused() {
        StaffMember stranger = StaffMember.statistician(LEAVING, "某", InstitutionId.of("ghost"), Employment.FULL_TIME);
        TransferRefusedException e = refused(Transfer.of(stranger, DAY));
        assertThat(e.reason()).isEqualTo(TransferRefusalReason.INSTITUTION_UNKNOWN);
        assertThat(RULES.covers(Transfer.of(stranger, DAY), DIRECTORY)).isEmpty();
    }

    @Test
    void everyReasonHasItsOwnStableCode() {
        assertThat(Set.of(TransferRefusalReason.values()).stream().map(r -> r.error().code()).distinct().count())
                .isEqualTo(TransferRefusalReason.values().length);
    }

    /** A kind a later module adds (the submission workflow's open queries). */
    private enum TestKind implements HandoverItemKind {
        QUERY;

        @Override
        public String code() {
            return "QUERY";
        }

        @Override
        public String nameZh() {
            return "未结查询";
        }

        @Override
        public String nameEn() {
            return "open queries";
        }
    }
}
