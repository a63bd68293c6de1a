package org.statsbase.core.org;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The transfer rule of 国统字〔2021〕85号 二（二）: "乡镇统计人员的调动，应当征得县级人民政府统计机构
 * 的同意，并做好工作交接" — a township statistician's transfer needs the recorded consent of the
 * county statistics bureau and a handover.
 *
 * <p><strong>What the rule covers.</strong> A transfer is covered when the person is a
 * statistician (统计人员, full- or part-time) working for a {@link InstitutionKind#TOWNSHIP_STATION}
 * — whatever the destination, inside or outside statistical work. Village posts, county
 * departments, parks, enterprises and county bureaus are not 乡镇统计人员, and auxiliary
 * investigators are hired under the county's own rules (二（五）): their transfers need nothing
 * here ({@link TransferDecision#isCovered()} is false and the transfer is accepted). Enterprises'
 * own handover systems (统计工作交接制度, 三（八）) are theirs to run.
 *
 * <p><strong>What a covered transfer needs</strong> (each missing piece is a
 * {@link TransferRefusalReason}, all of them reported):
 * <ul>
 * <li>consent recorded, by an institution in the directory that is a county bureau and is the
 *     county bureau of the person's township station, dated on or before the transfer;</li>
 * <li>a handover record handed over by the person to somebody else, listing at least one item of
 *     every {@linkplain #requiredItemKinds() required kind} (by default ledgers, accounts and
 *     archives: {@link StandardHandoverItemKind}), signed by the outgoing and the incoming
 *     person and — when {@linkplain #supervisorRequired() required}, the default — by a
 *     supervisor (监交人) who is neither of them, every signature dated on or before the
 *     transfer.</li>
 * </ul>
 * The supervisor is statsbase's choice, not the notice's words: the notice says only
 * "做好工作交接"; a supervised handover is how Chinese offices already hand over records (see
 * {@link HandoverParty}). Use {@link #of(Set, boolean)} to drop it or to require other kinds
 * of items (for example open submissions and queries, added by the submission workflow).
 *
 * <p>Thread safety: immutable.
 */
public final class TransferRules {

    private static final TransferRules STANDARD =
            new TransferRules(Set.of(StandardHandoverItemKind.values()), true);

    /** In messages: the standard kinds in declaration order (ledgers, accounts, archives), then others by code. */
    private static final Comparator<HandoverItemKind> MESSAGE_ORDER = Comparator
            .comparingInt((HandoverItemKind k) -> k instanceof StandardHandoverItemKind s ? s.ordinal()
                    : StandardHandoverItemKind.values().length)
            .thenComparing(HandoverItemKind::code);

    private final Set<HandoverItemKind> requiredItemKinds;
    private final boolean supervisorRequired;

    private TransferRules(Set<? extends HandoverItemKind> requiredItemKinds, boolean supervisorRequired) {
        this.requiredItemKinds = Set.copyOf(requiredItemKinds);
        this.supervisorRequired = supervisorRequired;
    }

    /**
     * Ledgers, accounts and archives required; a supervisor required.
     *
     * @return the standard rules
     */
    public static TransferRules standard() {
        return STANDARD;
    }

    /**
     * Rules requiring {@code requiredItemKinds} (may be empty) and, if asked, a supervisor.
     *
     * @param requiredItemKinds the kinds of item a handover must include
     * @param supervisorRequired whether a handover needs a supervisor
     * @return the rules
     */
    public static TransferRules of(Set<? extends HandoverItemKind> requiredItemKinds, boolean supervisorRequired) {
        Objects.requireNonNull(requiredItemKinds, "requiredItemKinds");
        return new TransferRules(requiredItemKinds, supervisorRequired);
    }

    /**
     * The kinds of item a handover must list at least once.
     *
     * @return the kinds of item a handover must list at least once
     */
    public Set<HandoverItemKind> requiredItemKinds() {
        return requiredItemKinds;
    }

    /**
     * Whether a supervisor (监交人) must sign.
     *
     * @return whether a supervisor (监交人) must sign
     */
    public boolean supervisorRequired() {
        return supervisorRequired;
    }

    /**
     * Whether the rule covers {@code transfer}: a statistician of a township station.
     *
     * @param transfer the transfer
     * @param directory the institutions it concerns
     * @return empty when the person's institution is not in {@code directory}
     */
    public Optional<Boolean> covers(Transfer transfer, InstitutionDirectory directory) {
        Objects.requireNonNull(transfer, "transfer");
        return directory.find(transfer.from()).map(from -> transfer.person().isStatistician()
                && from.kind() == InstitutionKind.TOWNSHIP_STATION);
    }

    /**
     * Decides on {@code transfer}; never throws for a refusal.
     *
     * @param transfer the transfer
     * @param directory the institutions it concerns
     * @return the decision, with every refusal reason
     */
    public TransferDecision check(Transfer transfer, InstitutionDirectory directory) {
        Objects.requireNonNull(transfer, "transfer");
        Objects.requireNonNull(directory, "directory");
        PersonId who = transfer.person().id();
        Optional<Boolean> covered = covers(transfer, directory);
        if (covered.isEmpty()) {
            return new TransferDecision(transfer, false,
                    List.of(new TransferRefusal(TransferRefusalReason.INSTITUTION_UNKNOWN, who, transfer.from())));
        }
        if (!covered.get()) {
            return new TransferDecision(transfer, false, List.of());
        }
        List<TransferRefusal> refusals = new ArrayList<>();
        checkConsent(transfer, directory, refusals);
        checkHandover(transfer, refusals);
        return new TransferDecision(transfer, true, refusals);
    }

    /**
     * The transfer, if accepted.
     *
     * @param transfer the transfer
     * @param directory the institutions it concerns
     * @return the transfer, if accepted
     * @throws TransferRefusedException with every reason, if refused
     */
    public Transfer approve(Transfer transfer, InstitutionDirectory directory) {
        return check(transfer, directory).orElseThrow();
    }

    private static void checkConsent(Transfer transfer, InstitutionDirectory directory,
            List<TransferRefusal> refusals) {
        PersonId who = transfer.person().id();
        Optional<CountyConsent> consent = transfer.consent();
        if (consent.isEmpty()) {
            refusals.add(new TransferRefusal(TransferRefusalReason.CONSENT_MISSING, who));
            return;
        }
        CountyConsent c = consent.get();
        Optional<Institution> body = directory.find(c.body());
        if (body.isEmpty()) {
            refusals.add(new TransferRefusal(TransferRefusalReason.CONSENT_BODY_UNKNOWN, who, c.body()));
        } else if (body.get().kind() != InstitutionKind.COUNTY_BUREAU) {
            refusals.add(new TransferRefusal(TransferRefusalReason.CONSENT_NOT_COUNTY_BUREAU, who, c.body(),
                    body.get().kind().nameZh(), body.get().kind().nameEn()));
        } else {
            // the directory guarantees a township station's parent is its county bureau
            InstitutionId bureau = directory.countyBureauOf(transfer.from()).map(Institution::id).orElseThrow();
            if (!bureau.equals(c.body())) {
                refusals.add(new TransferRefusal(TransferRefusalReason.CONSENT_WRONG_COUNTY, who, c.body(),
                        transfer.from(), bureau));
            }
        }
        if (c.date().isAfter(transfer.date())) {
            refusals.add(new TransferRefusal(TransferRefusalReason.CONSENT_TOO_LATE, who, c.date(), transfer.date()));
        }
    }

    private void checkHandover(Transfer transfer, List<TransferRefusal> refusals) {
        PersonId who = transfer.person().id();
        Optional<HandoverRecord> record = transfer.handover();
        if (record.isEmpty()) {
            refusals.add(new TransferRefusal(TransferRefusalReason.HANDOVER_MISSING, who));
            return;
        }
        HandoverRecord h = record.get();
        if (!h.outgoing().equals(who)) {
            refusals.add(new TransferRefusal(TransferRefusalReason.HANDOVER_WRONG_PERSON, who, h.outgoing()));
        }
        if (h.incoming().equals(h.outgoing())) {
            refusals.add(new TransferRefusal(TransferRefusalReason.HANDOVER_SAME_PERSON, h.incoming()));
        }
        Set<HandoverItemKind> missing = new LinkedHashSet<>(requiredItemKinds);
        missing.removeAll(h.kindsListed());
        if (!missing.isEmpty()) {
            List<HandoverItemKind> ordered = missing.stream().sorted(MESSAGE_ORDER).toList();
            refusals.add(new TransferRefusal(TransferRefusalReason.HANDOVER_INCOMPLETE, who,
                    ordered.stream().map(HandoverItemKind::nameZh).collect(Collectors.joining("、")),
                    ordered.stream().map(HandoverItemKind::nameEn).collect(Collectors.joining(", "))));
        }
        List<HandoverParty> parties = supervisorRequired
                ? List.of(HandoverParty.OUTGOING, HandoverParty.INCOMING, HandoverParty.SUPERVISOR)
                : List.of(HandoverParty.OUTGOING, HandoverParty.INCOMING);
        for (HandoverParty party : parties) {
            Optional<LocalDate> signed = h.signature(party);
            if (signed.isEmpty()) {
                refusals.add(new TransferRefusal(TransferRefusalReason.HANDOVER_UNSIGNED, who,
                        party.nameZh(), party.nameEn()));
            } else if (signed.get().isAfter(transfer.date())) {
                refusals.add(new TransferRefusal(TransferRefusalReason.HANDOVER_SIGNED_TOO_LATE, who,
                        party.nameZh(), party.nameEn(), signed.get(), transfer.date()));
            }
        }
        Optional<PersonId> supervisor = h.supervisor();
        if (supervisorRequired && supervisor.isPresent()
                && (supervisor.get().equals(h.outgoing()) || supervisor.get().equals(h.incoming()))) {
            refusals.add(new TransferRefusal(TransferRefusalReason.HANDOVER_SUPERVISOR_NOT_INDEPENDENT, who,
                    supervisor.get()));
        }
    }

    @Override
    public String toString() {
        return "TransferRules[required " + requiredItemKinds.stream().map(HandoverItemKind::code).sorted().toList()
                + (supervisorRequired ? ", supervisor required" : "") + "]";
    }
}
