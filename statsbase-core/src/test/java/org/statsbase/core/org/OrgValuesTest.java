package org.statsbase.core.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.statsbase.core.org.OrgFixtures.BUREAU;
import static org.statsbase.core.org.OrgFixtures.STATION;
import static org.statsbase.core.org.OrgFixtures.STATION_2;
import static org.statsbase.testdata.ValueSemantics.assertValue;

import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Value semantics of the staffing and handover records (国统字〔2021〕85号 二: transfers with the
 * county bureau's consent and a handover): equal when every component is equal, different as
 * soon as one differs; names and codes of the closed lists are filled and distinct.
 */
class OrgValuesTest {

    private static final LocalDate DAY = LocalDate.of(2026, 6, 30);
    private static final PersonId OUT = PersonId.of("p-out");
    private static final PersonId IN = PersonId.of("p-in");
    private static final PersonId SUP = PersonId.of("p-sup");
    private static final List<HandoverItem> ITEMS = List.of(
            HandoverItem.of(StandardHandoverItemKind.LEDGER, "台账 6 册"),
            HandoverItem.of(StandardHandoverItemKind.ACCOUNT, "账号 2 个"));
    private static final StaffMember WANG = StaffMember.statistician(OUT, "王统计", STATION, Employment.FULL_TIME);

    @Test
    void handoverRecordsCompareEveryPartyItemAndSignature() {
        HandoverRecord h = HandoverRecord.of(OUT, IN, ITEMS);
        HandoverRecord signed = h.signedByOutgoing(DAY);
        assertValue(signed, HandoverRecord.of(OUT, IN, ITEMS).signedByOutgoing(DAY),
                h,
                HandoverRecord.of(SUP, IN, ITEMS).signedByOutgoing(DAY),
                HandoverRecord.of(OUT, SUP, ITEMS).signedByOutgoing(DAY),
                HandoverRecord.of(OUT, IN, ITEMS.subList(0, 1)).signedByOutgoing(DAY),
                h.signedByOutgoing(DAY.minusDays(1)),
                h.signedByIncoming(DAY),
                signed.signedBySupervisor(SUP, DAY),
                signed.signedBySupervisor(IN, DAY));
        assertThat(h.items()).isEqualTo(ITEMS);
        assertThat(h.person(HandoverParty.OUTGOING)).contains(OUT);
        assertThat(h.person(HandoverParty.INCOMING)).contains(IN);
        assertThat(h.person(HandoverParty.SUPERVISOR)).isEmpty();
        HandoverRecord full = signed.signedBySupervisor(SUP, DAY);
        assertThat(full.person(HandoverParty.SUPERVISOR)).contains(SUP);
        assertThat(full.isSignedBy(HandoverParty.OUTGOING)).isTrue();
        assertThat(full.isSignedBy(HandoverParty.INCOMING)).isFalse();
        assertThat(h.toString()).isEqualTo("HandoverRecord[p-out -> p-in, 2 item(s), signed {}]");
        assertThat(full.toString()).isEqualTo(
                "HandoverRecord[p-out -> p-in, supervisor p-sup, 2 item(s), signed {OUTGOING=2026-06-30, SUPERVISOR=2026-06-30}]");
    }

    @Test
    void transfersCompareEveryStep() {
        CountyConsent consent = CountyConsent.of(BUREAU, "张局长", DAY.minusDays(10));
        HandoverRecord handover = HandoverRecord.of(OUT, IN, ITEMS);
        Transfer bare = Transfer.of(WANG, DAY);
        Transfer full = bare.to(STATION_2).withConsent(consent).withHandover(handover);
        assertValue(full, Transfer.of(WANG, DAY).to(STATION_2).withConsent(consent).withHandover(handover),
                bare,
                Transfer.of(WANG.withEmployment(Employment.PART_TIME), DAY).to(STATION_2).withConsent(consent)
                        .withHandover(handover),
                Transfer.of(WANG, DAY.plusDays(1)).to(STATION_2).withConsent(consent).withHandover(handover),
                bare.to(BUREAU).withConsent(consent).withHandover(handover),
                bare.to(STATION_2).withHandover(handover),
                bare.to(STATION_2).withConsent(consent),
                bare.to(STATION_2).withConsent(CountyConsent.of(BUREAU, "张局长", DAY)).withHandover(handover),
                bare.to(STATION_2).withConsent(consent).withHandover(handover.signedByIncoming(DAY)));
        assertThat(full.destination()).contains(STATION_2);
        assertThat(bare.destination()).isEmpty();
        assertThat(bare.personAfter()).isSameAs(WANG);
        assertThat(full.personAfter().institution()).isEqualTo(STATION_2);
        assertThat(bare.toString()).isEqualTo("Transfer[p-out from " + STATION + " on 2026-06-30, no consent, no handover]");
        assertThat(full.toString()).isEqualTo("Transfer[p-out from " + STATION + " to " + STATION_2
                + " on 2026-06-30, consent 2026-06-20, " + handover + "]");
    }

    @Test
    void decisionsAndRefusalsNameTheirReasons() {
        InstitutionDirectory directory = OrgFixtures.directory();
        Transfer bare = Transfer.of(WANG, DAY).to(STATION_2);
        TransferDecision refused = TransferRules.standard().check(bare, directory);
        assertThat(refused.transfer()).isSameAs(bare);
        assertThat(refused.isAccepted()).isFalse();
        assertThat(refused.reasons()).contains(TransferRefusalReason.CONSENT_MISSING,
                TransferRefusalReason.HANDOVER_MISSING);
        assertThat(refused.toString()).startsWith("refused [").endsWith("] " + bare);
        TransferRefusal first = refused.refusals().get(0);
        TransferRefusal again = TransferRules.standard().check(bare, directory).refusals().get(0);
        assertValue(first, again, refused.refusals().subList(1, refused.refusals().size())
                .toArray(new TransferRefusal[0]));
        assertThat(first.code()).startsWith("SB-CORE-").isEqualTo(first.reason().error().code());
        assertThat(first.toString()).isEqualTo(first.code() + " " + first.messageEn());
        assertThat(first.messageZh()).isNotBlank().isNotEqualTo(first.messageEn());
        // the same reason about another person is another refusal
        Transfer other = Transfer.of(StaffMember.statistician(IN, "李统计", STATION, Employment.FULL_TIME), DAY)
                .to(STATION_2);
        List<TransferRefusal> otherRefusals = TransferRules.standard().check(other, directory).refusals();
        assertThat(otherRefusals).hasSameSizeAs(refused.refusals());
        assertThat(otherRefusals.stream().map(TransferRefusal::reason).toList())
                .isEqualTo(refused.refusals().stream().map(TransferRefusal::reason).toList());

        TransferRules rules = TransferRules.standard();
        assertThat(rules.supervisorRequired()).isTrue();
        assertThat(rules.requiredItemKinds()).contains(StandardHandoverItemKind.LEDGER);
        assertThat(rules.toString()).contains("supervisor required", "LEDGER");
        TransferRules lax = TransferRules.of(Set.of(StandardHandoverItemKind.ARCHIVE), false);
        assertThat(lax.supervisorRequired()).isFalse();
        assertThat(lax.requiredItemKinds()).containsExactly(StandardHandoverItemKind.ARCHIVE);
        assertThat(lax.toString()).isEqualTo("TransferRules[required [ARCHIVE]]");
    }

    @Test
    void placementProblemsNameTheInstitutionAndReason() {
        List<Institution> county = new ArrayList<>(OrgFixtures.county());
        county.add(county.get(0));
        county.add(county.get(2));
        InstitutionPlacementException e = org.assertj.core.api.Assertions.catchThrowableOfType(
                () -> InstitutionDirectory.of(county), InstitutionPlacementException.class);
        List<PlacementProblem> problems = e.problems();
        assertThat(problems).hasSize(2);
        PlacementProblem first = problems.get(0);
        assertThat(first.institution()).isEqualTo(BUREAU);
        assertThat(first.reason()).isEqualTo(PlacementReason.DUPLICATE_ID);
        assertThat(first.messageEn()).contains(BUREAU.value());
        assertThat(first.messageZh()).contains(BUREAU.value()).isNotEqualTo(first.messageEn());
        assertThat(first.toString()).isEqualTo(first.code() + " " + first.messageEn());
        PlacementProblem again = org.assertj.core.api.Assertions.catchThrowableOfType(
                () -> InstitutionDirectory.of(county), InstitutionPlacementException.class).problems().get(0);
        assertValue(first, again, problems.get(1),
                new PlacementProblem(BUREAU, PlacementReason.PARENT_UNKNOWN, BUREAU, STATION),
                new PlacementProblem(BUREAU, PlacementReason.DUPLICATE_ID, STATION));
    }

    @Test
    void staffDirectoriesAndIds() {
        assertValue(WANG, StaffMember.statistician(OUT, "王统计", STATION, Employment.FULL_TIME),
                StaffMember.statistician(IN, "王统计", STATION, Employment.FULL_TIME),
                StaffMember.statistician(OUT, "王统", STATION, Employment.FULL_TIME),
                StaffMember.statistician(OUT, "王统计", STATION, Employment.PART_TIME),
                StaffMember.auxiliaryInvestigator(OUT, "王统计", STATION),
                WANG.movedTo(STATION_2),
                WANG.withPost(PostId.of("post-1")),
                WANG.withAssessment(AssessmentRecord.annual(Year.of(2025), AssessmentResult.COMPETENT)));
        assertThat(WANG.name()).isEqualTo("王统计");
        assertThat(WANG.role()).isEqualTo(StaffRole.STATISTICIAN);
        assertThat(WANG.toString()).isEqualTo("statistician p-out 王统计 full-time at " + STATION);
        assertThat(WANG.withPost(PostId.of("post-1")).toString()).endsWith(" post post-1");
        assertThat(StaffMember.auxiliaryInvestigator(OUT, "王统计", STATION).toString())
                .isEqualTo("auxiliary investigator p-out 王统计 at " + STATION);

        InstitutionDirectory directory = OrgFixtures.directory();
        assertValue(directory, InstitutionDirectory.of(OrgFixtures.county()), InstitutionDirectory.empty(),
                InstitutionDirectory.of(OrgFixtures.county().subList(0, 3)));
        assertThat(directory.toString()).isEqualTo("InstitutionDirectory[9 institution(s)]");
        assertThat(directory.all()).isEqualTo(OrgFixtures.county());
        assertThat(directory.contains(STATION)).isTrue();
        assertThat(directory.contains(InstitutionId.of("nowhere"))).isFalse();
        Institution bureau = directory.require(BUREAU);
        assertThat(bureau.head()).isEqualTo(StatisticsHead.named("张局长"));
        Institution newHead = bureau.withHead(StatisticsHead.of("新局长", SUP));
        assertThat(newHead.head().name()).isEqualTo("新局长");
        assertValue(bureau, directory.require(BUREAU), newHead, directory.require(STATION));
        assertThat(directory.require(STATION).toString()).endsWith(" under " + BUREAU);
        assertThat(bureau.toString()).doesNotContain("under");

        assertValue(PostId.of("a"), PostId.of(" a "), PostId.of("b"));
        assertThat(PostId.of("a").value()).isEqualTo("a");
        assertThat(PostId.of("a").toString()).isEqualTo("a");
        assertThat(PostId.of("a").compareTo(PostId.of("b"))).isNegative();
        assertThat(PostId.of("b").compareTo(PostId.of("a"))).isPositive();
        assertValue(PersonId.of("a"), PersonId.of("a"), PersonId.of("b"));
        assertThat(PersonId.of("a").value()).isEqualTo("a");
        assertThat(PersonId.of("a").compareTo(PersonId.of("b"))).isNegative();
        assertThat(InstitutionId.of("x").value()).isEqualTo("x");
        assertThat(InstitutionId.of("a").compareTo(InstitutionId.of("b"))).isNegative();
        assertThat(InstitutionId.of("b").compareTo(InstitutionId.of("a"))).isPositive();
        assertThat(AssessmentRecord.of(DAY, DAY, AssessmentResult.EXCELLENT, " 好 ").note()).isEqualTo("好");
    }

    @Test
    void closedListsHaveFilledDistinctNames() {
        assertNames(AssessmentResult.values(), AssessmentResult::nameZh, AssessmentResult::nameEn);
        assertNames(Employment.values(), Employment::nameZh, Employment::nameEn);
        assertNames(TrainingKind.values(), TrainingKind::nameZh, TrainingKind::nameEn);
        assertNames(StaffRole.values(), StaffRole::nameZh, StaffRole::nameEn);
        assertNames(InstitutionKind.values(), InstitutionKind::nameZh, InstitutionKind::nameEn);
        assertNames(StandardHandoverItemKind.values(), StandardHandoverItemKind::code,
                StandardHandoverItemKind::nameEn);
        assertThat(Employment.FULL_TIME.nameZh()).isEqualTo("专职");
        assertThat(AssessmentResult.INCOMPETENT.nameZh()).isEqualTo("不称职");
        assertThat(StandardHandoverItemKind.LEDGER.code()).isEqualTo("LEDGER");
        assertThat(InstitutionKind.VILLAGE_POST.allowedParents()).containsExactly(InstitutionKind.TOWNSHIP_STATION);
        assertThat(InstitutionKind.COUNTY_BUREAU.allowedParents()).isEmpty();
        assertThat(InstitutionKind.namesEn(Set.of(InstitutionKind.PARK))).isEqualTo("park");
    }

    @SafeVarargs
    private static <E> void assertNames(E[] values, Function<E, String>... names) {
        for (Function<E, String> name : names) {
            List<String> all = Arrays.stream(values).map(name).toList();
            assertThat(all).allSatisfy(n -> assertThat(n).isNotBlank()).doesNotHaveDuplicates();
        }
    }
}
