package org.statsbase.testkit.org;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.statsbase.core.org.CountyConsent;
import org.statsbase.core.org.Employment;
import org.statsbase.core.org.HandoverItem;
import org.statsbase.core.org.HandoverRecord;
import org.statsbase.core.org.Institution;
import org.statsbase.core.org.InstitutionDirectory;
import org.statsbase.core.org.InstitutionId;
import org.statsbase.core.org.InstitutionKind;
import org.statsbase.core.org.PersonId;
import org.statsbase.core.org.StaffMember;
import org.statsbase.core.org.StandardHandoverItemKind;
import org.statsbase.core.org.Transfer;

/**
 * Transfers of township statisticians (国统字〔2021〕85号 二（二）) in generated county trees:
 * {@link #acceptable()} ones that meet {@code TransferRules.standard()}, and {@link #any()}
 * ones with any mix of its faults — consent missing, from an unknown body, a township station,
 * another county's bureau or too late; handover missing, by somebody else, to oneself, short of
 * a kind of item, unsigned or signed late by a party, or supervised by a party.
 *
 * <p>Thread safety: stateless; the arbitraries are immutable.
 */
public final class Transfers {

    /** Who consents. */
    private enum Consenter { OWN_BUREAU, OTHER_BUREAU, STATION, UNKNOWN, NONE }

    /** How a party signs. */
    private enum Signing { IN_TIME, LATE, NONE }

    private Transfers() {
    }

    /**
     * Transfers that {@code TransferRules.standard()} accepts.
     *
     * @return acceptable transfer cases
     */
    public static Arbitrary<TransferCase> acceptable() {
        return cases(Arbitraries.just(Consenter.OWN_BUREAU), Arbitraries.integers().between(0, 60),
                Arbitraries.just(true), Arbitraries.just(true), Arbitraries.just(true),
                Arbitraries.just(List.of(StandardHandoverItemKind.values())),
                Arbitraries.just(Signing.IN_TIME).list().ofSize(3), Arbitraries.just(true));
    }

    /**
     * Transfers with any mix of faults, biased so that a fair share is acceptable (each choice
     * is right most of the time).
     *
     * @return transfer cases, acceptable or not
     */
    public static Arbitrary<TransferCase> any() {
        Arbitrary<Consenter> consenter = Arbitraries.frequency(Tuple.of(12, Consenter.OWN_BUREAU),
                Tuple.of(1, Consenter.OTHER_BUREAU), Tuple.of(1, Consenter.STATION),
                Tuple.of(1, Consenter.UNKNOWN), Tuple.of(1, Consenter.NONE));
        // each standard kind listed (once or twice) most of the time, left out now and then
        Arbitrary<List<StandardHandoverItemKind>> kinds = Arbitraries.frequency(Tuple.of(1, 0), Tuple.of(8, 1), Tuple.of(2, 2))
                .list().ofSize(StandardHandoverItemKind.values().length)
                .map(Transfers::listing);
        Arbitrary<Signing> signing = Arbitraries.frequency(Tuple.of(20, Signing.IN_TIME), Tuple.of(1, Signing.LATE),
                Tuple.of(1, Signing.NONE));
        return cases(consenter, Arbitraries.integers().between(-5, 60), weighted(15), weighted(15), weighted(20),
                kinds, signing.list().ofSize(3), weighted(15));
    }

    /** {@code counts.get(i)} items of the i-th standard kind, 0 in one case out of eleven. */
    private static List<StandardHandoverItemKind> listing(List<Integer> counts) {
        List<StandardHandoverItemKind> out = new ArrayList<>();
        StandardHandoverItemKind[] all = StandardHandoverItemKind.values();
        for (int i = 0; i < all.length; i++) {
            for (int n = 0; n < counts.get(i); n++) {
                out.add(all[i]);
            }
        }
        return out;
    }

    private static Arbitrary<Boolean> weighted(int trueToOne) {
        return Arbitraries.frequency(Tuple.of(trueToOne, true), Tuple.of(1, false));
    }

    /**
     * @param consentDaysBefore days consent precedes the transfer (negative: after it)
     * @param hasHandover       whether there is a handover record
     * @param outgoingIsPerson  whether the person hands over (else a stranger)
     * @param distinctIncoming  whether the incoming person differs from the outgoing one
     * @param signings          outgoing, incoming, supervisor
     * @param independent       whether the supervisor is neither party
     */
    private static Arbitrary<TransferCase> cases(Arbitrary<Consenter> consenter, Arbitrary<Integer> consentDaysBefore,
            Arbitrary<Boolean> hasHandover, Arbitrary<Boolean> outgoingIsPerson, Arbitrary<Boolean> distinctIncoming,
            Arbitrary<List<StandardHandoverItemKind>> kinds, Arbitrary<List<Signing>> signings,
            Arbitrary<Boolean> independent) {
        Arbitrary<Plan> plans = Combinators.combine(consenter, consentDaysBefore, hasHandover, outgoingIsPerson,
                distinctIncoming, kinds, signings, independent).as(Plan::new);
        return Combinators.combine(Institutions.directories(), plans, Staff.days(),
                Arbitraries.integers().between(0, 1000), Arbitraries.of(Employment.values()))
                .as(Transfers::build);
    }

    private static TransferCase build(InstitutionDirectory directory, Plan plan, LocalDate date, int pick,
            Employment employment) {
        List<Institution> stations = directory.ofKind(InstitutionKind.TOWNSHIP_STATION);
        Institution station = stations.get(pick % stations.size());
        Institution ownBureau = directory.parent(station.id()).orElseThrow();
        PersonId person = PersonId.of("leaving-" + pick);
        StaffMember statistician = StaffMember.statistician(person, "调动人-" + pick, station.id(), employment);
        Transfer transfer = Transfer.of(statistician, date);
        List<Institution> others = directory.ofKind(InstitutionKind.COUNTY_BUREAU).stream()
                .filter(b -> !b.id().equals(ownBureau.id())).toList();
        LocalDate consentDay = date.minusDays(plan.consentDaysBefore());
        switch (plan.consenter()) {
            case OWN_BUREAU:
                transfer = transfer.withConsent(CountyConsent.of(ownBureau.id(), "局长", consentDay));
                break;
            case OTHER_BUREAU:
                transfer = transfer.withConsent(CountyConsent.of(others.get(0).id(), "别局局长", consentDay));
                break;
            case STATION:
                transfer = transfer.withConsent(CountyConsent.of(station.id(), "站长", consentDay));
                break;
            case UNKNOWN:
                transfer = transfer.withConsent(CountyConsent.of(InstitutionId.of("nowhere"), "某", consentDay));
                break;
            default:
                break;
        }
        if (!plan.hasHandover()) {
            return new TransferCase(directory, transfer);
        }
        PersonId outgoing = plan.outgoingIsPerson() ? person : PersonId.of("stranger");
        PersonId incoming = plan.distinctIncoming() ? PersonId.of("successor") : outgoing;
        List<HandoverItem> items = new ArrayList<>();
        for (StandardHandoverItemKind kind : plan.kinds()) {
            items.add(HandoverItem.of(kind, kind.nameZh() + " " + (items.size() + 1)));
        }
        HandoverRecord record = HandoverRecord.of(outgoing, incoming, items);
        record = sign(record, plan.signings().get(0), date, (r, d) -> r.signedByOutgoing(d));
        record = sign(record, plan.signings().get(1), date, (r, d) -> r.signedByIncoming(d));
        PersonId supervisor = plan.independent() ? PersonId.of("supervisor") : incoming;
        record = sign(record, plan.signings().get(2), date, (r, d) -> r.signedBySupervisor(supervisor, d));
        return new TransferCase(directory, transfer.withHandover(record));
    }

    private static HandoverRecord sign(HandoverRecord record, Signing signing, LocalDate date,
            BiFunction<HandoverRecord, LocalDate, HandoverRecord> how) {
        switch (signing) {
            case IN_TIME:
                return how.apply(record, date.minusDays(1));
            case LATE:
                return how.apply(record, date.plusDays(1));
            default:
                return record;
        }
    }

    private record Plan(Consenter consenter, int consentDaysBefore, boolean hasHandover, boolean outgoingIsPerson,
            boolean distinctIncoming, List<StandardHandoverItemKind> kinds, List<Signing> signings,
            boolean independent) {
    }
}
