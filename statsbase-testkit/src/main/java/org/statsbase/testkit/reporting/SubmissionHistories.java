package org.statsbase.testkit.reporting;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.statsbase.reporting.Submission;
import org.statsbase.reporting.SubmissionKey;
import org.statsbase.reporting.Submissions;
import org.statsbase.reporting.error.SubmissionRefusedException;
import org.statsbase.trail.Outcome;
import org.statsbase.trail.store.InMemoryEventStore;

/**
 * Submission histories for property tests of the reporting workflow (数据采集审核报送制度, the red lines
 * of 国统字〔2012〕12号, sign-off under 统计法 2009 第二十一条): sequences of {@link Attempt}s on the
 * submissions of a {@link ReportingWorld}, and a runner that applies them to a fresh {@link Submissions}.
 *
 * <ul>
 *   <li>{@link #valid()} only takes transitions the state machine allows, by actors who may take them
 *       (the unit's own staff, the authorised proxy of the defence-industry unit, reviewers covering the
 *       unit), with values that pass review once their verify failures are explained, signing before
 *       submitting and answering queries before resubmitting or accepting: every attempt must succeed.</li>
 *   <li>{@link #withInvalid()} mixes into such histories attempts that must be refused, each carrying
 *       the code it must be refused with ({@link Attempt#expectedRefusal()}): reviewers and the office
 *       filling in, staff of another unit, reviewer steps by non-reviewers, reviewers outside their area,
 *       proxies for ordinary units or without authorisation, steps the state does not allow, submitting
 *       without signatures, with open queries or with a blocking failure, boilerplate explanations,
 *       unknown queries, and any step on the unit not in the register for the period.</li>
 * </ul>
 *
 * <p>The submissions of the world's units are walked independently and interleaved, so a history
 * also exercises several submissions at once. Shrinking shortens the walks.
 *
 * <p>A vendor's own property, for example that a history leaves no submission forwarded without an
 * acceptance:
 * <pre>
 * &#64;Property(tries = 100)
 * void forwardedOnlyAfterAcceptance(&#64;ForAll("histories") List&lt;Attempt&gt; history) {
 *     HistoryRun run = SubmissionHistories.run(ReportingWorld.standard(), history);
 *     assertThat(run.unexpected()).isEmpty();
 *     for (Submission s : run.service().submissions()) {
 *         if (s.state() == SubmissionState.FORWARDED) {
 *             assertThat(s.accepted()).isPresent();
 *         }
 *     }
 * }
 *
 * &#64;Provide
 * Arbitrary&lt;List&lt;Attempt&gt;&gt; histories() {
 *     return SubmissionHistories.withInvalid();
 * }
 * </pre>
 *
 * <p>Thread safety: stateless; the arbitraries are immutable; {@link #run} uses a service of its own.
 */
public final class SubmissionHistories {

    /** The most moves generated per submission. */
    public static final int MAX_MOVES_PER_SUBMISSION = 30;

    private SubmissionHistories() {
    }

    /**
     * Histories of the {@linkplain ReportingWorld#standard() standard world} in which every attempt succeeds.
     *
     * @return lists of attempts that all succeed
     */
    public static Arbitrary<List<Attempt>> valid() {
        return valid(ReportingWorld.standard());
    }

    /**
     * Histories of {@code world} in which every attempt succeeds.
     *
     * @param world the world the histories are of
     * @return lists of attempts that all succeed
     */
    public static Arbitrary<List<Attempt>> valid(ReportingWorld world) {
        return histories(Objects.requireNonNull(world, "world"), false);
    }

    /**
     * Histories of the standard world mixing attempts that must be refused among allowed ones.
     *
     * @return lists of attempts, some expected to be refused
     */
    public static Arbitrary<List<Attempt>> withInvalid() {
        return withInvalid(ReportingWorld.standard());
    }

    /**
     * Histories of {@code world} mixing attempts that must be refused among allowed ones.
     *
     * @param world the world the histories are of
     * @return lists of attempts, some expected to be refused
     */
    public static Arbitrary<List<Attempt>> withInvalid(ReportingWorld world) {
        return histories(Objects.requireNonNull(world, "world"), true);
    }

    /**
     * Explanations of a verify failure that the default explanation policy accepts.
     *
     * @return explanation texts
     */
    public static Arbitrary<String> acceptedExplanations() {
        return Arbitraries.of(Texts.EXPLANATIONS);
    }

    /**
     * Boilerplate explanations (核实无误 and the like) that the default explanation policy rejects.
     *
     * @return explanation texts
     */
    public static Arbitrary<String> boilerplateExplanations() {
        return Arbitraries.of(Texts.BOILERPLATE);
    }

    /**
     * Applies {@code attempts} to a fresh service of {@code world} (over a fresh in-memory trail, the
     * proxy authorisation recorded) and gives the outcome of each.
     *
     * @param world the world
     * @param attempts the attempts, in order
     * @return the run: service, store and one outcome per attempt
     */
    public static HistoryRun run(ReportingWorld world, List<Attempt> attempts) {
        Objects.requireNonNull(world, "world");
        InMemoryEventStore store = InMemoryEventStore.create();
        Submissions service = world.submissions(store);
        return new HistoryRun(world, service, store, apply(service, attempts));
    }

    /**
     * Applies {@code attempts} to {@code service} in order and gives the outcome of each; a refusal is
     * an outcome, not an exception (any other exception propagates: it is a defect).
     *
     * @param service the service
     * @param attempts the attempts, in order
     * @return one outcome per attempt, in order
     */
    public static List<AttemptOutcome> apply(Submissions service, List<Attempt> attempts) {
        Objects.requireNonNull(service, "service");
        List<AttemptOutcome> outcomes = new ArrayList<>();
        for (Attempt a : Objects.requireNonNull(attempts, "attempts")) {
            SubmissionKey key = a.key();
            Optional<Submission> before = service.state(key);
            try {
                Submission after = a.perform(service);
                outcomes.add(new AttemptOutcome(a, Outcome.DONE, Optional.empty(), after.lastSequence(), before,
                        Optional.of(after)));
            } catch (SubmissionRefusedException e) {
                outcomes.add(new AttemptOutcome(a, Outcome.REFUSED, Optional.of(e.code()), e.refusalSequence(),
                        before, service.state(key)));
            }
        }
        return List.copyOf(outcomes);
    }

    private static Arbitrary<List<Attempt>> histories(ReportingWorld world, boolean invalid) {
        Arbitrary<List<Move>> walks = moves().list().ofMaxSize(MAX_MOVES_PER_SUBMISSION);
        List<Arbitrary<List<Attempt>>> parts = new ArrayList<>();
        for (SubmissionKey key : world.keys()) {
            parts.add(walks.map(ms -> new Walk(world, key, invalid).run(ms)));
        }
        if (invalid) {
            parts.add(moves().list().ofMaxSize(3).map(ms -> Walk.unregistered(world, ms)));
        }
        Arbitrary<List<List<Attempt>>> all = Combinators.combine(parts).as(List::copyOf);
        Arbitrary<List<Integer>> picks = Arbitraries.integers().between(0, 99).list()
                .ofMaxSize(MAX_MOVES_PER_SUBMISSION * parts.size());
        return Combinators.combine(all, picks).as(SubmissionHistories::interleave).withoutEdgeCases();
    }

    private static Arbitrary<Move> moves() {
        return Combinators.combine(Arbitraries.integers().between(0, 9999), Arbitraries.integers().between(0, 999),
                Actors.personIds(), Arbitraries.longs().between(0, 99_999_999L)).as(Move::new);
    }

    /** Merges the walks, keeping each one's order; {@code picks} choose the next walk to take from. */
    private static List<Attempt> interleave(List<List<Attempt>> walks, List<Integer> picks) {
        int[] next = new int[walks.size()];
        List<Attempt> merged = new ArrayList<>();
        int pick = 0;
        while (true) {
            List<Integer> open = new ArrayList<>();
            for (int i = 0; i < walks.size(); i++) {
                if (next[i] < walks.get(i).size()) {
                    open.add(i);
                }
            }
            if (open.isEmpty()) {
                return List.copyOf(merged);
            }
            int w = pick < picks.size() ? open.get(picks.get(pick++) % open.size()) : open.get(0);
            merged.add(walks.get(w).get(next[w]++));
        }
    }
}
