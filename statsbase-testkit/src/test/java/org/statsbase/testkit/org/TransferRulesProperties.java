package org.statsbase.testkit.org;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;
import org.statsbase.core.org.CountyConsent;
import org.statsbase.core.org.Employment;
import org.statsbase.core.org.HandoverItem;
import org.statsbase.core.org.HandoverParty;
import org.statsbase.core.org.HandoverRecord;
import org.statsbase.core.org.Institution;
import org.statsbase.core.org.InstitutionDirectory;
import org.statsbase.core.org.InstitutionKind;
import org.statsbase.core.org.PersonId;
import org.statsbase.core.org.StaffMember;
import org.statsbase.core.org.StandardHandoverItemKind;
import org.statsbase.core.org.Transfer;
import org.statsbase.core.org.TransferDecision;
import org.statsbase.core.org.TransferRefusal;
import org.statsbase.core.org.TransferRefusalReason;
import org.statsbase.core.org.TransferRefusedException;
import org.statsbase.core.org.TransferRules;

/**
 * 国统字〔2021〕85号 二（二）: 乡镇统计人员的调动，应当征得县级人民政府统计机构的同意，并做好工作交接
 * — one property per clause, on generated county trees.
 */
class TransferRulesProperties {

    private static final TransferRules RULES = TransferRules.standard();

    @Provide
    Arbitrary<TransferCase> acceptable() {
        return Transfers.acceptable();
    }

    private static boolean consentOk(TransferCase c) {
        Transfer t = c.transfer();
        Institution ownBureau = c.directory().parent(t.from()).orElseThrow();
        return t.consent().filter(k -> k.body().equals(ownBureau.id()) && !k.date().isAfter(t.date())).isPresent();
    }

    private static boolean handoverOk(TransferCase c) {
        Transfer t = c.transfer();
        Optional<HandoverRecord> record = t.handover();
        if (record.isEmpty()) {
            return false;
        }
        HandoverRecord h = record.get();
        boolean signedInTime = List.of(HandoverParty.values()).stream()
                .allMatch(p -> h.signature(p).filter(d -> !d.isAfter(t.date())).isPresent());
        boolean independent = h.supervisor().filter(s -> !s.equals(h.outgoing()) && !s.equals(h.incoming()))
                .isPresent();
        return h.outgoing().equals(t.person().id()) && !h.incoming().equals(h.outgoing())
                && h.kindsListed().containsAll(Set.of(StandardHandoverItemKind.values())) && signedInTime
                && independent;
    }

    @Property(tries = 500)
    @StatisticsReport(StatisticsReport.StatisticsReportMode.OFF)
    void aTransferIsAcceptedIffTheOwnCountyBureauConsentedAndACompleteHandoverIsSigned(@ForAll TransferCase c) {
        boolean expected = consentOk(c) && handoverOk(c);
        TransferDecision decision = RULES.check(c.transfer(), c.directory());
        Statistics.label("accepted").collect(expected);
        Statistics.label("accepted").coverage(cov -> {
            cov.check(true).percentage(p -> p > 5);
            cov.check(false).percentage(p -> p > 5);
        });
        assertThat(decision.isCovered()).isTrue();
        assertThat(decision.isAccepted()).as(decision.toString()).isEqualTo(expected);
    }

    @Property(tries = 200)
    void aRefusalIsATypedErrorWithAStableCodeAndBothLanguages(@ForAll TransferCase c) {
        TransferDecision decision = RULES.check(c.transfer(), c.directory());
        for (TransferRefusal refusal : decision.refusals()) {
            assertThat(refusal.code()).matches("SB-CORE-09\\d\\d").isEqualTo(refusal.reason().error().code());
            assertThat(refusal.messageZh()).isNotBlank().doesNotContain("{");
            assertThat(refusal.messageEn()).isNotBlank().doesNotContain("{");
        }
        if (!decision.isAccepted()) {
            try {
                RULES.approve(c.transfer(), c.directory());
                throw new AssertionError("refused transfer approved");
            } catch (TransferRefusedException e) {
                assertThat(e.refusals()).isEqualTo(decision.refusals());
                assertThat(e.code()).isEqualTo(decision.refusals().get(0).code());
            }
        }
    }

    @Property(tries = 100)
    void anAcceptableTransferIsAccepted(@ForAll("acceptable") TransferCase c) {
        assertThat(RULES.approve(c.transfer(), c.directory())).isSameAs(c.transfer());
    }

    @Property(tries = 100)
    void withoutConsentItIsRefused(@ForAll("acceptable") TransferCase c) {
        Transfer t = c.transfer();
        Transfer bare = Transfer.of(t.person(), t.date()).withHandover(t.handover().orElseThrow());
        assertThat(RULES.check(bare, c.directory()).reasons()).containsExactly(TransferRefusalReason.CONSENT_MISSING);
    }

    @Property(tries = 100)
    void consentOfAnotherCountysBureauIsRefused(@ForAll("acceptable") TransferCase c) {
        Institution own = c.directory().parent(c.transfer().from()).orElseThrow();
        for (Institution other : c.directory().ofKind(InstitutionKind.COUNTY_BUREAU)) {
            if (!other.id().equals(own.id())) {
                Transfer t = c.transfer().withConsent(CountyConsent.of(other.id(), "别局", c.transfer().date()));
                assertThat(RULES.check(t, c.directory()).reasons())
                        .containsExactly(TransferRefusalReason.CONSENT_WRONG_COUNTY);
            }
        }
    }

    @Property(tries = 50)
    void consentOfAnythingButACountyBureauIsRefused(@ForAll("acceptable") TransferCase c) {
        for (Institution body : c.directory().all()) {
            if (body.kind() != InstitutionKind.COUNTY_BUREAU) {
                Transfer t = c.transfer().withConsent(CountyConsent.of(body.id(), "某", c.transfer().date()));
                assertThat(RULES.check(t, c.directory()).reasons())
                        .containsExactly(TransferRefusalReason.CONSENT_NOT_COUNTY_BUREAU);
            }
        }
    }

    @Property(tries = 100)
    void consentAfterTheTransferIsRefused(@ForAll("acceptable") TransferCase c) {
        Transfer t = c.transfer();
        CountyConsent late = CountyConsent.of(t.consent().orElseThrow().body(), "局长", t.date().plusDays(1));
        assertThat(RULES.check(t.withConsent(late), c.directory()).reasons())
                .containsExactly(TransferRefusalReason.CONSENT_TOO_LATE);
    }

    @Property(tries = 100)
    void withoutHandoverItIsRefused(@ForAll("acceptable") TransferCase c) {
        Transfer t = c.transfer();
        Transfer noHandover = Transfer.of(t.person(), t.date()).withConsent(t.consent().orElseThrow());
        assertThat(RULES.check(noHandover, c.directory()).reasons())
                .containsExactly(TransferRefusalReason.HANDOVER_MISSING);
    }

    @Property(tries = 100)
    void aHandoverWithoutLedgersAccountsOrArchivesIsRefused(@ForAll("acceptable") TransferCase c,
            @ForAll StandardHandoverItemKind dropped) {
        HandoverRecord h = c.transfer().handover().orElseThrow();
        List<HandoverItem> kept = h.items().stream().filter(i -> i.kind() != dropped).toList();
        LocalDate day = c.transfer().date();
        HandoverRecord resigned = HandoverRecord.of(h.outgoing(), h.incoming(), kept).signedByOutgoing(day)
                .signedByIncoming(day).signedBySupervisor(h.supervisor().orElseThrow(), day);
        TransferDecision decision = RULES.check(c.transfer().withHandover(resigned), c.directory());
        assertThat(decision.reasons()).containsExactly(TransferRefusalReason.HANDOVER_INCOMPLETE);
        assertThat(decision.refusals().get(0).messageZh()).contains(dropped.nameZh());
    }

    @Property(tries = 100)
    void aHandoverMissingAnySignatureIsRefused(@ForAll("acceptable") TransferCase c,
            @ForAll HandoverParty unsigned) {
        HandoverRecord h = c.transfer().handover().orElseThrow();
        LocalDate day = c.transfer().date();
        HandoverRecord r = HandoverRecord.of(h.outgoing(), h.incoming(), h.items());
        if (unsigned != HandoverParty.OUTGOING) {
            r = r.signedByOutgoing(day);
        }
        if (unsigned != HandoverParty.INCOMING) {
            r = r.signedByIncoming(day);
        }
        if (unsigned != HandoverParty.SUPERVISOR) {
            r = r.signedBySupervisor(h.supervisor().orElseThrow(), day);
        }
        TransferDecision decision = RULES.check(c.transfer().withHandover(r), c.directory());
        assertThat(decision.reasons()).containsExactly(TransferRefusalReason.HANDOVER_UNSIGNED);
        assertThat(decision.refusals().get(0).messageEn()).endsWith(unsigned.nameEn());
    }

    @Property(tries = 50)
    void transfersOfAnyoneButATownshipStatisticianNeedNothing(@ForAll InstitutionDirectory directory,
            @ForAll Employment employment, @ForAll("days") LocalDate day) {
        for (Institution place : directory.all()) {
            StaffMember aux = StaffMember.auxiliaryInvestigator(PersonId.of("a"), "辅助", place.id());
            assertThat(RULES.check(Transfer.of(aux, day), directory).isAccepted()).isTrue();
            StaffMember statistician = StaffMember.statistician(PersonId.of("s"), "统计",
                    place.id(), employment);
            TransferDecision decision = RULES.check(Transfer.of(statistician, day), directory);
            boolean township = place.kind() == InstitutionKind.TOWNSHIP_STATION;
            assertThat(decision.isCovered()).isEqualTo(township);
            assertThat(decision.isAccepted()).isEqualTo(!township);
        }
    }

    @Provide
    Arbitrary<LocalDate> days() {
        return Staff.days();
    }
}
