package org.statsbase.reporting.accountability;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.statsbase.reporting.ReportingEvents;
import org.statsbase.reporting.Submission;
import org.statsbase.reporting.SubmissionKey;
import org.statsbase.reporting.error.ReportingError;
import org.statsbase.reporting.error.ReportingException;
import org.statsbase.trail.Outcome;
import org.statsbase.trail.Trail;
import org.statsbase.trail.TrailEvent;
import org.statsbase.trail.Verification;

/**
 * The accountability query of 数据质量责任追究制度: for one figure (unit, form, period, indicator), its
 * whole history read from the trail ({@link FigureHistory}).
 *
 * <p>What a history holds, in trail order:
 * <ul>
 *   <li>every {@code submission.enter} of the submission that names the indicator ({@code v.{indicator}}),
 *       carried out (a value change: before → after) or refused (an attempt, for example by a reviewer:
 *       the figure kept its value);</li>
 *   <li>every other event of the submission's subject — explanations, signatures, submissions, queries,
 *       returns, answers, acceptance, forwarding, reopening, urging, refusal — carried out or refused,
 *       except explanations of rules known not to read the indicator (see
 *       {@link #over(Trail, Map)}; without that knowledge every explanation of the submission is kept);</li>
 *   <li>the {@code proxy.authorise} events (subject {@code unit/{unitId}}) whose authorisation a value
 *       entry of the figure cites.</li>
 * </ul>
 * Entries of other indicators are left out. A value of {@code ""} is a missing (cleared) figure. The
 * history also carries the submission as the same events give it ({@link Submission#replay}), for its
 * current signatures and acceptance.
 *
 * <p>{@link #figure} reads the trail as it is; {@link #verifiedFigure} first verifies the whole chain
 * ({@link Trail#verify()}) and then reads the events up to the head that verified, so the history is
 * covered by the verification it carries. On a broken chain the history is still read (it is evidence
 * too) and {@link FigureHistory#verifiedIntact()} is false.
 *
 * <p>Thread safety: immutable; safe for concurrent use (the trail is).
 */
public final class Accountability {

    private static final String UNIT_PREFIX = "unit/";

    private final Trail trail;
    private final Map<String, Set<String>> indicatorsReadByRule;

    private Accountability(Trail trail, Map<String, Set<String>> indicatorsReadByRule) {
        this.trail = trail;
        this.indicatorsReadByRule = indicatorsReadByRule;
    }

    /**
     * Accountability over {@code trail}, keeping every explanation of a figure's submission.
     *
     * @param trail the trail the steps were recorded in; read, never written
     * @return a reader of figure histories; explanations are not filtered
     */
    public static Accountability over(Trail trail) {
        return over(trail, Map.of());
    }

    /**
     * Accountability over {@code trail}, knowing which indicators some rules read: an explanation of a
     * rule in the map is kept in a figure's history only when the rule reads that indicator;
     * explanations of rules not in the map are kept.
     *
     * @param indicatorsReadByRule rule id → the indicators the rule reads
     * @param trail the trail the steps were recorded in; read, never written
     * @return a reader of figure histories that keeps an explanation only when its rule reads the figure
     */
    public static Accountability over(Trail trail, Map<String, ? extends Collection<String>> indicatorsReadByRule) {
        Objects.requireNonNull(trail, "trail");
        Objects.requireNonNull(indicatorsReadByRule, "indicatorsReadByRule");
        Map<String, Set<String>> copy = new LinkedHashMap<>();
        indicatorsReadByRule.forEach((rule, indicators) -> copy.put(Objects.requireNonNull(rule, "rule id"),
                Set.copyOf(Objects.requireNonNull(indicators, "indicators"))));
        return new Accountability(trail, Map.copyOf(copy));
    }

    /**
     * The history of one figure, read from the trail as it is now (not verified).
     *
     * @param key       the submission the figure belongs to
     * @param indicator the indicator code, for example {@code B01}
     * @return the figure's history; empty entries when the trail holds nothing about it
     * @throws ReportingException {@code SB-REP-0601} for a blank indicator id or one with control characters
     *                            or surrounding blanks
     */
    public FigureHistory figure(SubmissionKey key, String indicator) {
        return read(key, checked(indicator), Long.MAX_VALUE, null);
    }

    /**
     * The history of one figure, read after verifying the whole trail; the history holds the
     * verification ({@link FigureHistory#verifiedIntact()}).
     *
     * @param key       the submission the figure belongs to
     * @param indicator the indicator code, for example {@code B01}
     * @return the figure's history, holding the verification (check {@link FigureHistory#verifiedIntact()} before
     *         relying on it)
     * @throws ReportingException {@code SB-REP-0601} for an invalid indicator id
     */
    public FigureHistory verifiedFigure(SubmissionKey key, String indicator) {
        String id = checked(indicator);
        Objects.requireNonNull(key, "key");
        Verification verification = trail.verify();
        long limit = verification.intact() ? verification.head().sequence() : Long.MAX_VALUE;
        return read(key, id, limit, verification);
    }

    private FigureHistory read(SubmissionKey key, String indicator, long limit, Verification verification) {
        Objects.requireNonNull(key, "key");
        String subject = key.subject();
        String unitSubject = UNIT_PREFIX + key.unitId();
        String valueKey = ReportingEvents.VALUE_PREFIX + indicator;
        List<FigureEntry> entries = new ArrayList<>();
        Map<String, List<TrailEvent>> authorisations = new HashMap<>();
        Set<String> cited = new HashSet<>();
        List<TrailEvent> ofSubmission = new ArrayList<>();
        String[] current = {""};
        trail.forEach(1, e -> {
            if (e.sequence() > limit) {
                return false;
            }
            if (e.subject().equals(subject)) {
                ofSubmission.add(e);
                if (e.action().equals(ReportingEvents.ENTER)) {
                    e.payload(valueKey).ifPresent(value -> {
                        entries.add(FigureEntry.of(e, ValueChange.of(current[0], value)));
                        if (e.outcome() == Outcome.DONE) {
                            current[0] = value;
                        }
                        e.payload(ReportingEvents.PROXY_AUTHORISATION).ifPresent(cited::add);
                    });
                } else if (!e.action().equals(ReportingEvents.EXPLAIN) || explains(e, indicator)) {
                    entries.add(FigureEntry.of(e, null));
                }
            } else if (e.subject().equals(unitSubject) && e.action().equals(ReportingEvents.PROXY_AUTHORISE)) {
                e.payload(ReportingEvents.AUTHORISATION)
                        .ifPresent(id -> authorisations.computeIfAbsent(id, k -> new ArrayList<>()).add(e));
            }
            return true;
        });
        for (String id : cited) {
            for (TrailEvent e : authorisations.getOrDefault(id, List.of())) {
                entries.add(FigureEntry.of(e, null));
            }
        }
        entries.sort((a, b) -> Long.compare(a.sequence(), b.sequence()));
        return FigureHistory.of(key, indicator, entries, Submission.replay(key, ofSubmission), verification);
    }

    private boolean explains(TrailEvent explanation, String indicator) {
        return explanation.payload(ReportingEvents.RULE)
                .map(indicatorsReadByRule::get)
                .map(reads -> reads.contains(indicator))
                .orElse(true);
    }

    private static String checked(String indicator) {
        Objects.requireNonNull(indicator, "indicator");
        boolean control = indicator.chars().anyMatch(Character::isISOControl);
        if (indicator.isBlank() || control || !indicator.strip().equals(indicator)) {
            throw new ReportingException(ReportingError.INVALID_INDICATOR, indicator);
        }
        return indicator;
    }

    @Override
    public String toString() {
        return "Accountability[" + trail.store().describe() + "]";
    }
}
