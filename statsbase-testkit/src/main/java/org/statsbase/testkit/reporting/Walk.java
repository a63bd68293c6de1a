package org.statsbase.testkit.reporting;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.statsbase.core.code.DivisionCode;
import org.statsbase.core.code.DivisionLevel;
import org.statsbase.core.org.PersonId;
import org.statsbase.reporting.Actor;
import org.statsbase.reporting.Role;
import org.statsbase.reporting.SignOffPolicy;
import org.statsbase.reporting.SubmissionAction;
import org.statsbase.reporting.SubmissionKey;
import org.statsbase.reporting.SubmissionState;
import org.statsbase.reporting.error.ReportingError;

/**
 * A walk through the workflow of one submission of a {@link ReportingWorld}: a small model of the
 * submission (state, values as the rules see them, signatures, open queries, whether R003 is explained)
 * that offers the moves open in its state and, when asked, attempts the service must refuse, with the
 * code it must refuse them with. Not thread-safe; one per generated history and key.
 */
final class Walk {

    static final BigDecimal VERIFY_LIMIT = new BigDecimal(1_000_000);

    private static final List<SubmissionAction> RESPONDENT_STEPS = List.of(SubmissionAction.CREATE,
            SubmissionAction.ENTER, SubmissionAction.EXPLAIN, SubmissionAction.SIGN, SubmissionAction.SUBMIT,
            SubmissionAction.ANSWER, SubmissionAction.REOPEN_REQUEST);
    private static final List<SubmissionAction> REVIEWER_STEPS = List.of(SubmissionAction.QUERY,
            SubmissionAction.RETURN, SubmissionAction.ACCEPT, SubmissionAction.FORWARD,
            SubmissionAction.REOPEN_APPROVE);

    private final ReportingWorld world;
    private final SubmissionKey key;
    private final boolean invalid;
    private final boolean defence;
    private final DivisionCode location;
    private final List<Attempt> out = new ArrayList<>();

    private SubmissionState state;
    private Optional<BigDecimal> b01 = Optional.empty();
    private Optional<BigDecimal> b02 = Optional.empty();
    private final Set<Role> signed = EnumSet.noneOf(Role.class);
    private final List<String> open = new ArrayList<>();
    private int queries;
    private boolean explained;

    private record Option(int weight, Supplier<Attempt> step) {
    }

    Walk(ReportingWorld world, SubmissionKey key, boolean invalid) {
        this.world = world;
        this.key = key;
        this.invalid = invalid;
        this.defence = world.defenceIndustryUnits().contains(key.unitId());
        this.location = world.location(key.unitId());
    }

    List<Attempt> run(List<Move> moves) {
        for (Move m : moves) {
            if (invalid && m.variant() % 3 == 0) {
                // the variant chose this branch: re-mix it so that it still varies the attempt
                Move remixed = new Move(m.choice(), m.variant() / 3, m.person(), m.amount());
                if (Math.floorMod(m.amount(), 5) == 0 || state == SubmissionState.SUBMITTED) {
                    out.addAll(episode(remixed));
                } else {
                    out.add(refused(remixed));
                }
            } else {
                validStep(m).ifPresent(out::add);
            }
        }
        return List.copyOf(out);
    }

    // ---- the model -----------------------------------------------------------------------------

    private boolean editable() {
        return state == SubmissionState.DRAFT || state == SubmissionState.RETURNED;
    }

    private boolean r003Fails() {
        return b01.filter(v -> v.compareTo(VERIFY_LIMIT) >= 0).isPresent();
    }

    /** The rules' own arithmetic: R001 B01 present, R002 B02 ≤ B01, R003 B01 < 1 000 000 unless explained. */
    private boolean blocking() {
        if (b01.isEmpty()) {
            return true;
        }
        if (b02.isPresent() && b02.get().compareTo(b01.get()) > 0) {
            return true;
        }
        return r003Fails() && !explained;
    }

    private boolean signedAll() {
        return signed.containsAll(SignOffPolicy.signatories());
    }

    // ---- valid steps ---------------------------------------------------------------------------

    private Optional<Attempt> validStep(Move m) {
        List<Option> options = new ArrayList<>();
        if (state == null) {
            options.add(new Option(1, () -> {
                state = SubmissionState.DRAFT;
                return Attempt.of(SubmissionAction.CREATE, respondent(m, true), key);
            }));
        } else {
            switch (state) {
                case DRAFT, RETURNED -> editing(m, options);
                case SUBMITTED -> {
                    options.add(new Option(2, () -> ask(m, false)));
                    options.add(new Option(2, () -> ask(m, true)));
                    if (!open.isEmpty()) {
                        options.add(new Option(4, () -> answer(m)));
                    } else {
                        options.add(new Option(5, () -> {
                            state = SubmissionState.ACCEPTED;
                            return Attempt.of(SubmissionAction.ACCEPT, reviewer(m), key);
                        }));
                    }
                }
                case ACCEPTED -> {
                    options.add(new Option(3, () -> {
                        state = SubmissionState.FORWARDED;
                        return Attempt.forward(reviewer(m), key, Texts.INSTITUTIONS.get(m.variant()
                                % Texts.INSTITUTIONS.size()));
                    }));
                    options.add(new Option(2, () -> {
                        state = SubmissionState.REOPEN_REQUESTED;
                        return Attempt.requestReopen(staff(m, Role.values()[m.variant() % 3]), key,
                                Texts.pick(Texts.REASONS, m));
                    }));
                }
                case REOPEN_REQUESTED -> options.add(new Option(1, () -> {
                    state = SubmissionState.DRAFT;
                    return Attempt.of(SubmissionAction.REOPEN_APPROVE, reviewer(m), key);
                }));
                default -> {
                    // forwarded: the cycle is over for this submission
                }
            }
        }
        if (options.isEmpty()) {
            return Optional.empty();
        }
        int total = options.stream().mapToInt(Option::weight).sum();
        int r = Math.floorMod(m.choice(), total);
        for (Option o : options) {
            if (r < o.weight()) {
                return Optional.of(o.step().get());
            }
            r -= o.weight();
        }
        throw new AssertionError("unreachable");
    }

    private void editing(Move m, List<Option> options) {
        if (!open.isEmpty()) {
            options.add(new Option(6, () -> answer(m)));
        }
        boolean hasValues = b01.isPresent();
        options.add(new Option(hasValues ? 1 : 6, () -> enter(m, Values.good(m))));
        if (invalid) {
            options.add(new Option(1, () -> enter(m, Values.blocking(m))));
        }
        if (r003Fails() && !explained) {
            options.add(new Option(invalid ? 2 : 4, () -> {
                explained = true;
                return Attempt.explain(respondent(m, true), key, "R003", Texts.pick(Texts.EXPLANATIONS, m));
            }));
        }
        if (hasValues && !signedAll()) {
            options.add(new Option(5, () -> {
                List<Role> missing = new ArrayList<>(SignOffPolicy.signatories());
                missing.removeAll(signed);
                Role role = missing.get(Math.floorMod(m.variant(), missing.size()));
                signed.add(role);
                return Attempt.of(SubmissionAction.SIGN, signer(m, role), key);
            }));
        }
        if (open.isEmpty() && signedAll() && !blocking()) {
            options.add(new Option(10, () -> {
                state = SubmissionState.SUBMITTED;
                return Attempt.of(SubmissionAction.SUBMIT, respondent(m, true), key);
            }));
        }
    }

    private Attempt enter(Move m, Map<String, String> values) {
        if (values.containsKey("B01")) {
            b01 = Values.number(values.get("B01"));
        }
        if (values.containsKey("B02")) {
            b02 = Values.number(values.get("B02"));
        }
        signed.clear();
        return Attempt.enter(respondent(m, true), key, values);
    }

    private Attempt ask(Move m, boolean returning) {
        queries++;
        open.add("Q" + queries);
        if (returning) {
            state = SubmissionState.RETURNED;
        }
        return Attempt.query(reviewer(m), key, returning, Texts.pick(Texts.QUERIES, m));
    }

    private Attempt answer(Move m) {
        String id = open.remove(0);
        return Attempt.answer(respondent(m, true), key, id, Texts.pick(Texts.ANSWERS, m));
    }

    // ---- who may ---------------------------------------------------------------------------------

    /** The unit's staff in any respondent role, or — for the defence-industry unit — its authorised proxy. */
    private Actor respondent(Move m, boolean proxyAllowed) {
        if (proxyAllowed && defence && m.variant() % 2 == 0) {
            return world.proxy();
        }
        return staff(m, Role.values()[Math.floorMod(m.variant(), 3)]);
    }

    private Actor signer(Move m, Role role) {
        if (role == Role.FILLER && defence && m.variant() % 2 == 0) {
            return world.proxy();
        }
        return staff(m, role);
    }

    private Actor staff(Move m, Role role) {
        return Actor.staff(m.person(), role, key.unitId());
    }

    /** A reviewer whose jurisdiction covers the unit: its township station or the county bureau. */
    private Actor reviewer(Move m) {
        if (m.variant() % 2 == 0) {
            return Actor.official(m.person(), Role.TOWNSHIP_REVIEWER, location.at(DivisionLevel.TOWNSHIP)
                    .orElse(world.county()));
        }
        return Actor.official(m.person(), Role.COUNTY_REVIEWER, world.county());
    }

    private Actor outsider(Move m) {
        if (m.variant() % 2 == 0) {
            DivisionCode own = location.at(DivisionLevel.TOWNSHIP).orElse(world.county());
            DivisionCode other = world.townships().stream().filter(t -> !t.equals(own)).findFirst()
                    .orElseThrow();
            return Actor.official(m.person(), Role.TOWNSHIP_REVIEWER, other);
        }
        return Actor.official(m.person(), Role.COUNTY_REVIEWER, DivisionCode.parse("500106000000"));
    }

    // ---- attempts to refuse ------------------------------------------------------------------------

    private Attempt refused(Move m) {
        List<Supplier<Attempt>> kinds = new ArrayList<>();
        SubmissionAction respondentStep = RESPONDENT_STEPS.get(Math.floorMod(m.amount(), RESPONDENT_STEPS.size()));
        SubmissionAction reviewerStep = REVIEWER_STEPS.get(Math.floorMod(m.amount(), REVIEWER_STEPS.size()));
        // red lines 3 and 4: statistical bodies never fill in
        kinds.add(() -> step(m, respondentStep, m.variant() % 2 == 0 ? reviewer(m)
                : Actor.official(m.person(), Role.OFFICE, world.county()))
                .refusedWith(ReportingError.STATISTICAL_BODY_MAY_NOT_FILL));
        // red line 2: only the unit's own staff
        kinds.add(() -> step(m, respondentStep, Actor.staff(m.person(), Role.values()[m.variant() % 3],
                otherUnit(m))).refusedWith(ReportingError.NOT_OWN_STAFF));
        // reviewer steps by anyone but a reviewer
        kinds.add(() -> step(m, reviewerStep, switch (m.variant() % 3) {
            case 0 -> staff(m, Role.UNIT_HEAD);
            case 1 -> world.office();
            default -> world.proxy();
        }).refusedWith(ReportingError.ROLE_MAY_NOT));
        // reviewers review only their own area
        kinds.add(() -> step(m, reviewerStep, outsider(m)).refusedWith(ReportingError.OUTSIDE_JURISDICTION));
        // the proxy exception: defence-industry units only, authorised persons only, never a reopening request
        if (respondentStep == SubmissionAction.REOPEN_REQUEST) {
            kinds.add(() -> step(m, respondentStep, world.proxy()).refusedWith(ReportingError.ROLE_MAY_NOT));
        } else if (defence) {
            kinds.add(() -> step(m, respondentStep, Actor.official(unauthorised(m), Role.PROXY_FILLER,
                    world.county())).refusedWith(ReportingError.PROXY_NOT_AUTHORISED));
        } else {
            kinds.add(() -> step(m, respondentStep, world.proxy()).refusedWith(ReportingError.NOT_DEFENCE_INDUSTRY));
        }
        // the state machine
        kinds.add(() -> wrongState(m));
        // what the state makes refusable: half of the time, when there is any
        List<Supplier<Attempt>> specific = new ArrayList<>();
        if (editable()) {
            if (!open.isEmpty()) {
                Supplier<Attempt> early = () -> Attempt.of(SubmissionAction.SUBMIT, respondent(m, true), key)
                        .refusedWith(ReportingError.OPEN_QUERIES);
                specific.add(early);
                specific.add(early);
            } else if (!signedAll()) {
                specific.add(() -> Attempt.of(SubmissionAction.SUBMIT, respondent(m, true), key)
                        .refusedWith(ReportingError.SIGNATURES_MISSING));
            } else if (blocking()) {
                // rare (it needs blocking values signed by all three): offered three times over
                Supplier<Attempt> blocked = () -> Attempt.of(SubmissionAction.SUBMIT, respondent(m, true), key)
                        .refusedWith(ReportingError.REVIEW_BLOCKS);
                specific.add(blocked);
                specific.add(blocked);
                specific.add(blocked);
            }
            if (r003Fails() && !explained) {
                specific.add(() -> Attempt.explain(respondent(m, true), key, "R003",
                        Texts.pick(Texts.BOILERPLATE, m)).refusedWith(ReportingError.EXPLANATION_REJECTED));
            } else if (b01.isPresent() && !r003Fails()) {
                specific.add(() -> Attempt.explain(respondent(m, true), key, m.choice() % 2 == 0 ? "R003" : "R001",
                        Texts.pick(Texts.EXPLANATIONS, m)).refusedWith(ReportingError.NOT_A_VERIFY_FAILURE));
            }
        }
        if (state == SubmissionState.SUBMITTED || state == SubmissionState.RETURNED) {
            specific.add(() -> Attempt.answer(respondent(m, true), key, "Q" + (queries + 1 + m.variant() % 3),
                    Texts.pick(Texts.ANSWERS, m)).refusedWith(ReportingError.UNKNOWN_QUERY));
        }
        if (state == SubmissionState.SUBMITTED && !open.isEmpty()) {
            Supplier<Attempt> early = () -> Attempt.of(SubmissionAction.ACCEPT, reviewer(m), key)
                    .refusedWith(ReportingError.OPEN_QUERIES);
            specific.add(early);
            specific.add(early);
        }
        if (!specific.isEmpty() && (m.amount() / 7) % 2 == 0) {
            return specific.get(Math.floorMod(m.choice(), specific.size())).get();
        }
        return kinds.get(Math.floorMod(m.choice(), kinds.size())).get();
    }

    /**
     * Short runs that end in a refusal single attempts rarely reach: blocking values signed by all three
     * and submitted (SB-REP-0301); a verify failure explained with boilerplate (-0303); a query and an
     * acceptance before its answer (-0106). Falls back to a single refused attempt in other states.
     */
    private List<Attempt> episode(Move m) {
        List<Attempt> run = new ArrayList<>();
        if (editable() && open.isEmpty() && m.choice() % 3 == 2) {
            run.add(enter(m, Values.plain(m)));
            for (Role role : SignOffPolicy.signatories()) {
                signed.add(role);
                run.add(Attempt.of(SubmissionAction.SIGN, signer(m, role), key));
            }
            state = SubmissionState.SUBMITTED;
            run.add(Attempt.of(SubmissionAction.SUBMIT, respondent(m, true), key));
            run.add(ask(m, m.variant() % 2 == 0));
            run.add(m.variant() % 2 == 0
                    ? Attempt.of(SubmissionAction.SUBMIT, respondent(m, true), key)
                            .refusedWith(ReportingError.OPEN_QUERIES)
                    : Attempt.of(SubmissionAction.ACCEPT, reviewer(m), key).refusedWith(ReportingError.OPEN_QUERIES));
        } else if (editable() && open.isEmpty()) {
            if (m.choice() % 3 == 0 || explained) {
                run.add(enter(m, Values.salesAboveOutput(m)));
                for (Role role : SignOffPolicy.signatories()) {
                    signed.add(role);
                    run.add(Attempt.of(SubmissionAction.SIGN, signer(m, role), key));
                }
                run.add(Attempt.of(SubmissionAction.SUBMIT, respondent(m, true), key)
                        .refusedWith(ReportingError.REVIEW_BLOCKS));
            } else {
                run.add(enter(m, Values.verifyFailure(m)));
                run.add(Attempt.explain(respondent(m, true), key, "R003", Texts.pick(Texts.BOILERPLATE, m))
                        .refusedWith(ReportingError.EXPLANATION_REJECTED));
            }
        } else if (state == SubmissionState.SUBMITTED && m.choice() % 3 == 0) {
            run.add(ask(m, false));
            run.add(Attempt.of(SubmissionAction.ACCEPT, reviewer(m), key).refusedWith(ReportingError.OPEN_QUERIES));
        } else if (state == SubmissionState.SUBMITTED && m.choice() % 3 == 1) {
            run.add(Attempt.answer(respondent(m, true), key, "Q" + (queries + 1 + m.variant() % 3),
                    Texts.pick(Texts.ANSWERS, m)).refusedWith(ReportingError.UNKNOWN_QUERY));
        } else {
            run.add(refused(m));
        }
        return run;
    }

    /** A step the current state does not allow, by someone who could take it in another state. */
    private Attempt wrongState(Move m) {
        if (state == null) {
            SubmissionAction a = SubmissionAction.values()[1 + Math.floorMod(m.amount(),
                    SubmissionAction.values().length - 1)];
            return step(m, a, a.isRespondentStep() ? staff(m, Role.FILLER) : reviewer(m))
                    .refusedWith(ReportingError.NO_SUBMISSION);
        }
        List<SubmissionAction> wrong = new ArrayList<>();
        for (SubmissionAction a : SubmissionAction.values()) {
            if (a != SubmissionAction.CREATE && !a.isAllowedIn(state)) {
                wrong.add(a);
            }
        }
        if (wrong.isEmpty() || m.variant() % 4 == 0) {
            return Attempt.of(SubmissionAction.CREATE, staff(m, Role.FILLER), key)
                    .refusedWith(ReportingError.ALREADY_CREATED);
        }
        SubmissionAction a = wrong.get(Math.floorMod(m.amount(), wrong.size()));
        return step(m, a, a.isRespondentStep() ? staff(m, Role.FILLER) : reviewer(m))
                .refusedWith(ReportingError.STEP_NOT_ALLOWED_IN_STATE);
    }

    /** {@code action} by {@code actor} with plausible arguments (which a refusal never gets to check). */
    private Attempt step(Move m, SubmissionAction action, Actor actor) {
        return switch (action) {
            case ENTER -> Attempt.enter(actor, key, Values.good(m));
            case EXPLAIN -> Attempt.explain(actor, key, "R003", Texts.pick(Texts.EXPLANATIONS, m));
            case QUERY, RETURN -> Attempt.query(actor, key, action == SubmissionAction.RETURN,
                    Texts.pick(Texts.QUERIES, m));
            case ANSWER -> Attempt.answer(actor, key, "Q" + Math.max(1, queries), Texts.pick(Texts.ANSWERS, m));
            case FORWARD -> Attempt.forward(actor, key, Texts.pick(Texts.INSTITUTIONS, m));
            case REOPEN_REQUEST -> Attempt.requestReopen(actor, key, Texts.pick(Texts.REASONS, m));
            default -> Attempt.of(action, actor, key);
        };
    }

    private String otherUnit(Move m) {
        List<String> others = new ArrayList<>(world.registeredUnits());
        others.remove(key.unitId());
        others.add("91500105MA60" + String.format("%06d", Math.floorMod(m.amount(), 1_000_000)));
        return others.get(Math.floorMod(m.variant(), others.size()));
    }

    private PersonId unauthorised(Move m) {
        return m.person().equals(world.proxy().person()) ? PersonId.of(m.person().value() + ".b") : m.person();
    }

    /** Attempts on the unit not in the register for the period: every one is refused, whoever tries. */
    static List<Attempt> unregistered(ReportingWorld world, List<Move> moves) {
        SubmissionKey key = world.key(world.unregisteredUnit());
        Walk w = new Walk(world, key, true);
        List<Attempt> out = new ArrayList<>();
        for (Move m : moves) {
            SubmissionAction a = SubmissionAction.values()[Math.floorMod(m.amount(), SubmissionAction.values().length)];
            Actor actor = a.isRespondentStep() ? w.respondent(m, false) : w.reviewer(m);
            out.add(w.step(m, a, actor).refusedWith(ReportingError.NOT_IN_REGISTER));
        }
        return out;
    }

    /** Values the generated histories enter. */
    static final class Values {

        private Values() {
        }

        /**
         * Values without a failure that blocks once R003 is explained: B01 present, B02 ≤ B01; now and
         * then B01 ≥ 1 000 000 (a verify failure to explain) or ≤ 10 (a hint, which never blocks).
         */
        static Map<String, String> good(Move m) {
            long b01 = switch (Math.floorMod(m.variant(), 7)) {
                case 0 -> VERIFY_LIMIT.longValue() + Math.floorMod(m.amount(), 50_000_000L);
                case 1 -> Math.floorMod(m.amount(), 11);
                default -> 11 + Math.floorMod(m.amount(), 999_989L);
            };
            long b02 = b01 * Math.floorMod(m.choice(), 101) / 100;
            Map<String, String> values = new LinkedHashMap<>();
            values.put("B01", m.variant() % 5 == 2 ? b01 + ".50" : Long.toString(b01));
            values.put("B02", Long.toString(b02));
            if (m.variant() % 6 == 1) {
                values.put("B03", Texts.pick(Texts.REMARKS, m));
            }
            return values;
        }

        /** Values with a mandatory or quasi-mandatory failure: B01 cleared, or B02 above B01. */
        static Map<String, String> blocking(Move m) {
            long b01 = 11 + Math.floorMod(m.amount(), 999_989L);
            if (m.variant() % 2 == 0) {
                return Map.of("B01", "", "B02", Long.toString(b01));
            }
            return Map.of("B01", Long.toString(b01), "B02", Long.toString(b01 + 1 + Math.floorMod(m.choice(), 1000)));
        }

        /** Values that pass every rule but the hint now and then: 0 ≤ B02 ≤ B01 < 1 000 000. */
        static Map<String, String> plain(Move m) {
            long b01 = Math.floorMod(m.amount(), 1_000_000L);
            return Map.of("B01", Long.toString(b01), "B02", Long.toString(b01 * Math.floorMod(m.choice(), 101) / 100));
        }

        /** A quasi-mandatory failure: B02 above B01. */
        static Map<String, String> salesAboveOutput(Move m) {
            long b01 = 11 + Math.floorMod(m.amount(), 999_989L);
            return Map.of("B01", Long.toString(b01), "B02", Long.toString(b01 + 1 + Math.floorMod(m.choice(), 1000)));
        }

        /** A verify failure only: B01 at or above 1 000 000, B02 not above it. */
        static Map<String, String> verifyFailure(Move m) {
            long b01 = VERIFY_LIMIT.longValue() + Math.floorMod(m.amount(), 50_000_000L);
            return Map.of("B01", Long.toString(b01), "B02", Long.toString(b01 / 2));
        }

        static Optional<BigDecimal> number(String text) {
            return text.isBlank() ? Optional.empty() : Optional.of(new BigDecimal(text));
        }
    }
}
