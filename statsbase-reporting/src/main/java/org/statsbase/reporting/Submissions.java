package org.statsbase.reporting;

import java.time.Clock;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.statsbase.core.code.DivisionCode;
import org.statsbase.core.form.ReportForm;
import org.statsbase.core.org.PersonId;
import org.statsbase.core.period.ReportingPeriod;
import org.statsbase.core.unit.BusinessRegister;
import org.statsbase.core.unit.RegisterEntry;
import org.statsbase.core.unit.StatisticalUnit;
import org.statsbase.reporting.error.ReportingError;
import org.statsbase.reporting.error.ReportingException;
import org.statsbase.reporting.error.SubmissionRefusedException;
import org.statsbase.trail.EventDraft;
import org.statsbase.trail.Trail;
import org.statsbase.trail.TrailEvent;
import org.statsbase.validation.review.Explanation;
import org.statsbase.validation.review.ExplanationPolicy;
import org.statsbase.validation.review.ExplanationRejection;
import org.statsbase.validation.review.ReviewReport;
import org.statsbase.validation.review.RuleSet;

/**
 * The submission workflow of 数据采集审核报送制度 as a service: every step of the reporting cycle
 * (create, enter, explain, sign, submit; query, return, answer; accept, forward; request and approve
 * reopening) is checked against the actor and the submission's state and then recorded as one trail
 * event; a refused step is recorded too, as a {@code REFUSED} event carrying what was attempted (an
 * attempt by a reviewer to change a figure is evidence), and throws a
 * {@link SubmissionRefusedException} whose code names the rule.
 *
 * <p>The rules enforced (DOMAIN.md, "Reporting red lines"):
 * <ul>
 *   <li>国统字〔2012〕12号 red line 1 (先进库、后有数；不在库、不出数): every step needs the unit in the
 *       {@link BusinessRegister} for the whole period ({@code SB-REP-0201}).</li>
 *   <li>Red line 2 (the unit reports on its own): respondent steps only by the unit's own staff in a
 *       respondent role ({@code SB-REP-0202}).</li>
 *   <li>Red lines 3 and 4 (no 代填代报, statistical bodies never change a unit's data): reviewers, the
 *       office and the system never take a respondent step ({@code SB-REP-0203}); the one exception is a
 *       {@link Role#PROXY_FILLER} for a defence-industry unit (configured with
 *       {@link Builder#defenceIndustryUnits}) named in an authorisation the office recorded
 *       ({@link #authoriseProxy}; {@code SB-REP-0205}, {@code -0206}); every step a proxy takes carries
 *       the authorisation id ({@link ReportingEvents#PROXY_AUTHORISATION}).</li>
 *   <li>Reviewers (township, county) query, return, accept, forward and approve reopening, only for
 *       units located within their jurisdiction ({@code SB-REP-0204}).</li>
 *   <li>The state machine of {@link SubmissionAction} ({@code SB-REP-0101}); answers before resubmitting
 *       or accepting ({@code SB-REP-0106}).</li>
 *   <li>Review on submitting: the form's {@link RuleSet} runs on the values as a one-record dataset keyed
 *       by {@code unit_id} and {@code period}; mandatory (强制性) and quasi-mandatory (准强制性) failures
 *       block, a verify (核实性) failure needs an explanation the {@link ExplanationPolicy} accepts, hints
 *       never block ({@code SB-REP-0301}).</li>
 *   <li>Sign-off (统计法 2009 第二十一条): the {@link SignOffPolicy}'s signatures are needed before
 *       submitting ({@code SB-REP-0302}). Entering any value clears the signatures given before — the
 *       signatories answer for the figures they saw, so they sign again.</li>
 *   <li>Handover (工作交接): a person named as the incoming side of a handover of the unit
 *       ({@code handover/{unit}/…}) that is not yet signed by both sides takes no step on the unit
 *       ({@code SB-REP-0207}).</li>
 * </ul>
 *
 * <p>State is the trail's: the service keeps a projection it brings up to date from the trail before
 * each step, so a new instance on a durable store recovers every submission, and events other writers
 * append to the same trail (handovers, authorisations) are seen. {@link Submission#read} of the trail
 * gives the same snapshots.
 *
 * <p>Thread safety: thread-safe. Steps on the same submission (and authorisations of the same unit) are
 * serialised by a lock per trail subject; steps on different submissions run concurrently and share the
 * trail's group commit. Two {@code Submissions} instances appending to the same trail are not
 * coordinated with each other: use one instance per trail.
 */
public final class Submissions {

    private static final Set<Role> REVIEWERS = EnumSet.of(Role.TOWNSHIP_REVIEWER, Role.COUNTY_REVIEWER);
    private static final int MAX_INDICATOR_LENGTH = 200;

    private final Trail trail;
    private final BusinessRegister register;
    private final Function<String, Optional<RuleSet>> ruleSets;
    private final Function<String, Optional<ReportForm>> forms;
    private final SignOffPolicy signOff;
    private final ExplanationPolicy explanationPolicy;
    private final Clock clock;
    private final Set<String> defenceIndustryUnits;
    private final TrailProjection projection;
    private final ConcurrentHashMap<String, Object> locks = new ConcurrentHashMap<>();

    private Submissions(Builder b) {
        this.trail = Objects.requireNonNull(b.trail, "trail");
        this.register = Objects.requireNonNull(b.register, "register");
        this.ruleSets = b.ruleSets;
        this.forms = b.forms;
        this.signOff = b.signOff;
        this.explanationPolicy = b.explanationPolicy;
        this.clock = b.clock;
        this.defenceIndustryUnits = Set.copyOf(b.defenceIndustryUnits);
        this.projection = new TrailProjection(trail);
    }

    /**
     * A builder; {@link Builder#trail} and {@link Builder#register} are required.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    // ---- the steps -----------------------------------------------------------------------------

    /**
     * Opens a draft (创建).
     *
     * @param actor a respondent (or authorised proxy) of the unit
     * @param key   the unit, form and period; the unit must be in the register for the period
     * @return the new submission, a draft
     */
    public Submission create(Actor actor, SubmissionKey key) {
        return step(actor, key, SubmissionAction.CREATE, Map.of(), (s, proxy) -> Map.of());
    }

    /**
     * Enters or changes values (填报): indicator code → value text, {@code ""} clears a value. With a form
     * configured for the key's form id, the indicators must be on it and the values of its types
     * (numbers are recorded in plain notation). Clears every signature given before.
     *
     * @param actor  a respondent (or authorised proxy) of the unit
     * @param key    the submission
     * @param values indicator code → value text; {@code ""} clears a value
     * @return the submission with the new values and no signatures
     */
    public Submission enter(Actor actor, SubmissionKey key, Map<String, String> values) {
        Objects.requireNonNull(values, "values");
        Map<String, String> attempt = new LinkedHashMap<>();
        values.forEach((k, v) -> attempt.put(ReportingEvents.VALUE_PREFIX + Objects.requireNonNull(k, "indicator"),
                Objects.requireNonNull(v, "value of " + k)));
        return step(actor, key, SubmissionAction.ENTER, attempt, (s, proxy) -> {
            if (values.isEmpty()) {
                throw new Refusal(ReportingError.NOTHING_ENTERED, key.subject());
            }
            Optional<ReportForm> form = forms.apply(key.formId());
            Map<String, String> payload = new LinkedHashMap<>();
            for (Map.Entry<String, String> v : values.entrySet()) {
                String indicator = indicator(v.getKey());
                text(v.getValue(), true, "value of " + indicator, "指标 " + indicator + " 的值");
                payload.put(ReportingEvents.VALUE_PREFIX + indicator,
                        SubmissionReview.canonical(form, key.formId(), indicator, v.getValue()));
            }
            return payload;
        });
    }

    /**
     * Explains a verify (核实性) failure of the current values (情况说明); the explanation must be one the
     * {@link ExplanationPolicy} accepts ({@code SB-REP-0303}) and the rule must be a verify rule the values
     * fail ({@code SB-REP-0304}). A later explanation of the same rule replaces an earlier one.
     *
     * @param actor  a respondent of the unit
     * @param key    the submission
     * @param ruleId the verify rule whose failure is explained
     * @param text   the explanation (情况说明)
     * @return the submission with the explanation
     */
    public Submission explain(Actor actor, SubmissionKey key, String ruleId, String text) {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(text, "text");
        String record = SubmissionReview.recordKey(key).toString();
        Map<String, String> attempt = Map.of(ReportingEvents.RULE, ruleId, ReportingEvents.RECORD, record,
                ReportingEvents.TEXT, text);
        return step(actor, key, SubmissionAction.EXPLAIN, attempt, (s, proxy) -> {
            text(ruleId, false, "rule id", "规则编号");
            text(text, false, "explanation", "情况说明");
            ReviewReport report = SubmissionReview.review(ruleSet(key), forms.apply(key.formId()), s);
            if (!SubmissionReview.failsVerify(report, ruleId, SubmissionReview.recordKey(key))) {
                throw new Refusal(ReportingError.NOT_A_VERIFY_FAILURE, ruleId, key.subject());
            }
            Optional<ExplanationRejection> rejection = explanationPolicy.judge(
                    Explanation.of(text, actor.person().value(), clock.instant()));
            if (rejection.isPresent()) {
                ExplanationRejection r = rejection.get();
                throw new Refusal(ReportingError.EXPLANATION_REJECTED, ruleId, r.code(), r.messageEn(), r.messageZh());
            }
            return attempt;
        });
    }

    /**
     * Signs the submission in the actor's capacity (统计法 2009 第二十一条): a filler as 填表人, the
     * statistics lead as 统计负责人, the head as 单位负责人; an authorised proxy filler signs as 填表人.
     *
     * @param actor a respondent of the unit, signing in its role's capacity
     * @param key   the submission
     * @return the submission with the signature
     */
    public Submission sign(Actor actor, SubmissionKey key) {
        Role signatory = actor.role() == Role.PROXY_FILLER ? Role.FILLER : actor.role();
        return step(actor, key, SubmissionAction.SIGN, Map.of(ReportingEvents.SIGNATORY, signatory.name()),
                (s, proxy) -> Map.of(ReportingEvents.SIGNATORY, signatory.name()));
    }

    /**
     * Submits (报送) or resubmits after a return: refused while a query is unanswered, while a required
     * signature is missing, or while the review of the values has a blocking failure.
     *
     * @param actor a respondent (or authorised proxy) of the unit
     * @param key   the submission
     * @return the submitted submission
     */
    public Submission submit(Actor actor, SubmissionKey key) {
        return step(actor, key, SubmissionAction.SUBMIT, Map.of(), (s, proxy) -> {
            requireAnswered(s, SubmissionAction.SUBMIT);
            Set<Role> missing = signOff.missing(s.signatures());
            if (!missing.isEmpty()) {
                throw new Refusal(ReportingError.SIGNATURES_MISSING, key.subject(),
                        missing.stream().map(Role::nameEn).collect(Collectors.joining(", ")),
                        missing.stream().map(Role::nameZh).collect(Collectors.joining("、")));
            }
            ReviewReport report = SubmissionReview.review(ruleSet(key), forms.apply(key.formId()), s);
            List<String> blocking = SubmissionReview.blockingRules(report, explanationPolicy);
            Map<String, String> payload = new LinkedHashMap<>();
            payload.put(ReportingEvents.REVIEW_FAILS, Integer.toString(report.violations().size()
                    + report.errors().size()));
            payload.put(ReportingEvents.REVIEW_BLOCKING, Integer.toString(blocking.size()));
            if (!blocking.isEmpty()) {
                payload.put(ReportingEvents.REVIEW_RULES, String.join(",", blocking));
                throw new Refusal(ReportingError.REVIEW_BLOCKS, payload, blocking, key.subject(), blocking.size(),
                        String.join(", ", blocking));
            }
            return payload;
        });
    }

    /**
     * A reviewer asks a question (查询) on a submitted submission, without returning it.
     *
     * @param actor a reviewer whose jurisdiction covers the unit
     * @param key   the submission
     * @param text  the question
     * @return the submission with the open query, still submitted
     */
    public Submission query(Actor actor, SubmissionKey key, String text) {
        return ask(actor, key, SubmissionAction.QUERY, text);
    }

    /**
     * A reviewer returns a submitted submission with a query (退回); the respondent may edit it again.
     *
     * @param actor a reviewer whose jurisdiction covers the unit
     * @param key   the submission
     * @param text  the question
     * @return the returned submission with the open query
     */
    public Submission returnWithQuery(Actor actor, SubmissionKey key, String text) {
        return ask(actor, key, SubmissionAction.RETURN, text);
    }

    private Submission ask(Actor actor, SubmissionKey key, SubmissionAction action, String text) {
        Objects.requireNonNull(text, "text");
        return step(actor, key, action, Map.of(ReportingEvents.TEXT, text), (s, proxy) -> {
            text(text, false, "query", "查询内容");
            return Map.of(ReportingEvents.QUERY, "Q" + (s.queries().size() + 1), ReportingEvents.TEXT, text);
        });
    }

    /**
     * The respondent answers an open query ({@code SB-REP-0105} when there is no such open query).
     *
     * @param actor   a respondent of the unit
     * @param key     the submission
     * @param queryId the open query's id, for example {@code Q1}
     * @param text    the answer
     * @return the submission with the query answered
     */
    public Submission answer(Actor actor, SubmissionKey key, String queryId, String text) {
        Objects.requireNonNull(queryId, "queryId");
        Objects.requireNonNull(text, "text");
        Map<String, String> attempt = Map.of(ReportingEvents.QUERY, queryId, ReportingEvents.TEXT, text);
        return step(actor, key, SubmissionAction.ANSWER, attempt, (s, proxy) -> {
            if (s.query(queryId).filter(q -> !q.answered()).isEmpty()) {
                throw new Refusal(ReportingError.UNKNOWN_QUERY, queryId, key.subject());
            }
            text(text, false, "answer", "答复");
            return attempt;
        });
    }

    /**
     * A reviewer accepts (验收) a submitted submission whose queries are answered.
     *
     * @param actor a reviewer whose jurisdiction covers the unit
     * @param key   the submission
     * @return the accepted submission
     */
    public Submission accept(Actor actor, SubmissionKey key) {
        return step(actor, key, SubmissionAction.ACCEPT, Map.of(), (s, proxy) -> {
            requireAnswered(s, SubmissionAction.ACCEPT);
            return Map.of();
        });
    }

    /**
     * A reviewer forwards (上报) an accepted submission to {@code to}, the institution above.
     *
     * @param actor a reviewer whose jurisdiction covers the unit
     * @param key   the submission
     * @param to    the institution above, for example the county bureau
     * @return the forwarded submission
     */
    public Submission forward(Actor actor, SubmissionKey key, String to) {
        Objects.requireNonNull(to, "to");
        return step(actor, key, SubmissionAction.FORWARD, Map.of(ReportingEvents.TO, to), (s, proxy) -> {
            text(to, false, "institution forwarded to", "上报机构");
            return Map.of(ReportingEvents.TO, to);
        });
    }

    /**
     * The respondent asks to reopen an accepted submission (申请重开), giving the reason.
     *
     * @param actor  a respondent of the unit
     * @param key    the submission
     * @param reason why it should be reopened, not blank
     * @return the submission with the reopening requested
     */
    public Submission requestReopen(Actor actor, SubmissionKey key, String reason) {
        Objects.requireNonNull(reason, "reason");
        return step(actor, key, SubmissionAction.REOPEN_REQUEST, Map.of(ReportingEvents.REASON, reason),
                (s, proxy) -> {
                    text(reason, false, "reason", "重开理由");
                    return Map.of(ReportingEvents.REASON, reason);
                });
    }

    /**
     * A reviewer approves a requested reopening (批准重开): the submission is a draft again.
     *
     * @param actor a reviewer whose jurisdiction covers the unit
     * @param key   the submission
     * @return the submission, a draft again
     */
    public Submission approveReopen(Actor actor, SubmissionKey key) {
        return step(actor, key, SubmissionAction.REOPEN_APPROVE, Map.of(), (s, proxy) -> Map.of());
    }

    /**
     * The office records that {@code proxy} may fill in and submit for the defence-industry unit
     * {@code unitId} (国统字〔2012〕12号 red line 3, its one exception), on the document {@code basis}.
     * Recorded on the subject {@code unit/{unitId}}; refused for another role than {@link Role#OFFICE}
     * ({@code SB-REP-0104}), a unit the register never held ({@code -0208}), outside the office's
     * jurisdiction ({@code -0204}) or for a unit not configured as defence-industry ({@code -0205}).
     *
     * @param office a person acting as {@link Role#OFFICE}
     * @param unitId the defence-industry unit
     * @param proxy  the person authorised to fill in and submit for it
     * @param basis  the document the authorisation rests on
     * @return the recorded authorisation
     */
    public ProxyAuthorisation authoriseProxy(Actor office, String unitId, PersonId proxy, String basis) {
        Objects.requireNonNull(office, "office");
        Objects.requireNonNull(unitId, "unitId");
        Objects.requireNonNull(proxy, "proxy");
        Objects.requireNonNull(basis, "basis");
        String subject = ProxyAuthorisation.subject(unitId);
        Map<String, String> attempt = Map.of(ReportingEvents.PERSON, proxy.value(), ReportingEvents.BASIS, basis);
        synchronized (lock(subject)) {
            projection.catchUp();
            Map<String, String> payload;
            try {
                text(unitId, false, "unit id", "单位代码");
                if (office.role() != Role.OFFICE) {
                    throw new Refusal(ReportingError.ROLE_MAY_NOT, office.person(), office.role().nameEn(),
                            "authorise proxy filling", office.role().nameZh(), "授权代填");
                }
                List<RegisterEntry> entries = register.entriesOf(unitId);
                if (entries.isEmpty()) {
                    throw new Refusal(ReportingError.UNKNOWN_UNIT, unitId);
                }
                requireJurisdiction(office, entries.get(entries.size() - 1).unit());
                handoverGate(office, unitId);
                if (!defenceIndustryUnits.contains(unitId)) {
                    throw new Refusal(ReportingError.NOT_DEFENCE_INDUSTRY, unitId);
                }
                text(basis, false, "basis of the authorisation", "授权依据");
                payload = new LinkedHashMap<>(attempt);
                payload.put(ReportingEvents.AUTHORISATION, "A" + (projection.authorisations(unitId).size() + 1));
            } catch (Refusal r) {
                throw refuse(office, ReportingEvents.PROXY_AUTHORISE, subject, attempt, r);
            }
            TrailEvent done = trail.append(draft(office, ReportingEvents.PROXY_AUTHORISE, subject)
                    .withPayload(payload));
            projection.catchUp();
            return projection.authorisations(unitId).stream().filter(a -> a.sequence() == done.sequence())
                    .findFirst().orElseThrow();
        }
    }

    // ---- reading -------------------------------------------------------------------------------

    /**
     * The submission {@code key} as the trail holds it now; empty when never created.
     *
     * @param key the unit, form and period
     * @return the submission {@code key} as the trail holds it now; empty when never created
     */
    public Optional<Submission> state(SubmissionKey key) {
        Objects.requireNonNull(key, "key");
        projection.catchUp();
        return projection.submission(key);
    }

    /**
     * Every submission the trail holds, ordered by subject.
     *
     * @return every submission the trail holds, ordered by subject
     */
    public List<Submission> submissions() {
        projection.catchUp();
        return projection.submissions();
    }

    /**
     * The submissions of one form for one period, ordered by subject (for lists per form and period).
     *
     * @param formId the form id, for example {@code B204-1}
     * @param period the reporting period
     * @return the submissions ordered by subject; empty when there is none
     */
    public List<Submission> submissions(String formId, ReportingPeriod period) {
        Objects.requireNonNull(formId, "formId");
        Objects.requireNonNull(period, "period");
        return submissions().stream().filter(s -> s.key().formId().equals(formId) && s.key().period().equals(period))
                .toList();
    }

    /**
     * The proxy authorisations recorded for {@code unitId}, in order.
     *
     * @param unitId the unit
     * @return the authorisations in order; empty when there is none
     */
    public List<ProxyAuthorisation> authorisations(String unitId) {
        Objects.requireNonNull(unitId, "unitId");
        projection.catchUp();
        return projection.authorisations(unitId);
    }

    /**
     * The review of the submission's current values with its explanations applied: what submitting
     * would find. Records nothing.
     *
     * @param key the submission
     * @return the review of the submission's current values with its explanations applied: what submitting would find
     * @throws ReportingException {@code SB-REP-0102} when there is no such submission, {@code -0305} when
     *                            the form has no rule set, {@code -0306} when the values cannot be reviewed
     */
    public ReviewReport review(SubmissionKey key) {
        Submission s = state(key).orElseThrow(() -> new ReportingException(ReportingError.NO_SUBMISSION,
                key.subject(), SubmissionAction.SUBMIT.nameEn(), SubmissionAction.SUBMIT.nameZh()));
        try {
            return SubmissionReview.review(ruleSet(key), forms.apply(key.formId()), s);
        } catch (Refusal r) {
            throw new ReportingException(r.code, r.args);
        }
    }

    /**
     * The rules that would block submitting the current values (see {@link #review}).
     *
     * @param key the submission
     * @return the ids of the blocking rules in rule order; empty when submitting would pass review
     */
    public List<String> blockingRules(SubmissionKey key) {
        return SubmissionReview.blockingRules(review(key), explanationPolicy);
    }

    /**
     * The trail the steps are recorded in.
     *
     * @return the trail the steps are recorded in
     */
    public Trail trail() {
        return trail;
    }

    /**
     * The sign-off policy.
     *
     * @return the sign-off policy
     */
    public SignOffPolicy signOffPolicy() {
        return signOff;
    }

    /**
     * The explanation policy.
     *
     * @return the explanation policy
     */
    public ExplanationPolicy explanationPolicy() {
        return explanationPolicy;
    }

    // ---- the checks ----------------------------------------------------------------------------

    /** The checks of one step beyond the common ones; gives the payload of the DONE event. */
    @FunctionalInterface
    private interface StepCheck {
        /**
         * @param current the submission (null for {@link SubmissionAction#CREATE})
         * @param proxy   the authorisation id when the actor is a proxy filler
         */
        Map<String, String> check(Submission current, Optional<String> proxy);
    }

    private Submission step(Actor actor, SubmissionKey key, SubmissionAction action, Map<String, String> attempt,
            StepCheck check) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(key, "key");
        String subject = key.subject();
        synchronized (lock(subject)) {
            projection.catchUp();
            Map<String, String> payload = new LinkedHashMap<>();
            try {
                StatisticalUnit unit = unit(key);
                Optional<String> proxy = authorise(actor, action, key, unit);
                handoverGate(actor, key.unitId());
                Optional<Submission> current = projection.submission(key);
                if (action == SubmissionAction.CREATE) {
                    if (current.isPresent()) {
                        throw new Refusal(ReportingError.ALREADY_CREATED, subject);
                    }
                } else {
                    if (current.isEmpty()) {
                        throw new Refusal(ReportingError.NO_SUBMISSION, subject, action.nameEn(), action.nameZh());
                    }
                    SubmissionState state = current.get().state();
                    if (!action.isAllowedIn(state)) {
                        throw new Refusal(ReportingError.STEP_NOT_ALLOWED_IN_STATE, subject, state.nameEn(),
                                action.nameEn(), state.nameZh(), action.nameZh());
                    }
                }
                payload.putAll(check.check(current.orElse(null), proxy));
                proxy.ifPresent(id -> payload.put(ReportingEvents.PROXY_AUTHORISATION, id));
            } catch (Refusal r) {
                throw refuse(actor, action.trailAction(), subject, attempt, r);
            }
            trail.append(draft(actor, action.trailAction(), subject).withPayload(payload));
            projection.catchUp();
            return projection.submission(key).orElseThrow();
        }
    }

    private StatisticalUnit unit(SubmissionKey key) {
        if (!register.isInRegister(key.unitId(), key.period())) {
            throw new Refusal(ReportingError.NOT_IN_REGISTER, key.unitId(), key.period());
        }
        return register.require(key.unitId(), key.period());
    }

    /** Checks the actor may take the step on the unit; gives the authorisation id of a proxy filler. */
    private Optional<String> authorise(Actor actor, SubmissionAction action, SubmissionKey key,
            StatisticalUnit unit) {
        Role role = actor.role();
        if (!action.isRespondentStep()) {
            if (!REVIEWERS.contains(role)) {
                throw new Refusal(ReportingError.ROLE_MAY_NOT, actor.person(), role.nameEn(), action.nameEn(),
                        role.nameZh(), action.nameZh());
            }
            requireJurisdiction(actor, unit);
            return Optional.empty();
        }
        if (role.isRespondent()) {
            if (!actor.isStaffOf(key.unitId())) {
                throw new Refusal(ReportingError.NOT_OWN_STAFF, actor.person(), actor.unitId().orElse(""),
                        key.unitId());
            }
            return Optional.empty();
        }
        if (role == Role.PROXY_FILLER) {
            if (action == SubmissionAction.REOPEN_REQUEST) {
                throw new Refusal(ReportingError.ROLE_MAY_NOT, actor.person(), role.nameEn(), action.nameEn(),
                        role.nameZh(), action.nameZh());
            }
            if (!defenceIndustryUnits.contains(key.unitId())) {
                throw new Refusal(ReportingError.NOT_DEFENCE_INDUSTRY, key.unitId());
            }
            requireJurisdiction(actor, unit);
            List<ProxyAuthorisation> all = projection.authorisations(key.unitId());
            for (int i = all.size() - 1; i >= 0; i--) {
                if (all.get(i).person().equals(actor.person())) {
                    return Optional.of(all.get(i).id());
                }
            }
            throw new Refusal(ReportingError.PROXY_NOT_AUTHORISED, actor.person(), key.unitId());
        }
        throw new Refusal(ReportingError.STATISTICAL_BODY_MAY_NOT_FILL, actor.person(), role.nameEn(),
                action.nameEn(), role.nameZh(), action.nameZh(), key.subject());
    }

    private static void requireJurisdiction(Actor actor, StatisticalUnit unit) {
        DivisionCode location = unit.location();
        Optional<DivisionCode> jurisdiction = actor.jurisdiction();
        if (jurisdiction.isEmpty() || !location.isWithin(jurisdiction.get())) {
            throw new Refusal(ReportingError.OUTSIDE_JURISDICTION, actor.person(),
                    jurisdiction.map(DivisionCode::toString).orElse("-"), unit.id(), location);
        }
    }

    private void handoverGate(Actor actor, String unitId) {
        projection.unsignedHandover(unitId, actor.person()).ifPresent(h -> {
            Set<TrailProjection.HandoverSide> missing = EnumSet.allOf(TrailProjection.HandoverSide.class);
            missing.removeAll(h.signed);
            throw new Refusal(ReportingError.HANDOVER_NOT_SIGNED, actor.person(), unitId, h.subject,
                    missing.stream().map(Enum::name).collect(Collectors.joining(", ")));
        });
    }

    private static void requireAnswered(Submission s, SubmissionAction action) {
        List<ReviewQuery> open = s.openQueries();
        if (!open.isEmpty()) {
            throw new Refusal(ReportingError.OPEN_QUERIES, s.key().subject(),
                    open.stream().map(ReviewQuery::id).collect(Collectors.joining(", ")), action.nameEn(),
                    action.nameZh());
        }
    }

    private RuleSet ruleSet(SubmissionKey key) {
        return ruleSets.apply(key.formId())
                .orElseThrow(() -> new Refusal(ReportingError.NO_RULE_SET, key.formId()));
    }

    private static String indicator(String code) {
        text(code, false, "indicator code", "指标代码");
        if (code.length() > MAX_INDICATOR_LENGTH || !code.strip().equals(code)
                || code.equals(SubmissionReview.UNIT_COLUMN) || code.equals(SubmissionReview.PERIOD_COLUMN)
                || code.chars().anyMatch(Character::isISOControl)) {
            throw new Refusal(ReportingError.INVALID_TEXT, "indicator code " + code, "指标代码 " + code);
        }
        return code;
    }

    /** Refuses a blank text (unless {@code blankAllowed}) and one with a lone surrogate (not recordable). */
    private static void text(String value, boolean blankAllowed, String en, String zh) {
        if ((!blankAllowed && value.isBlank()) || hasLoneSurrogate(value)) {
            throw new Refusal(ReportingError.INVALID_TEXT, en, zh);
        }
    }

    private static boolean hasLoneSurrogate(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    private SubmissionRefusedException refuse(Actor actor, String action, String subject,
            Map<String, String> attempt, Refusal r) {
        Map<String, String> payload = new HashMap<>();
        attempt.forEach((k, v) -> {
            if (!k.isBlank() && k.length() <= 256 && k.chars().noneMatch(Character::isISOControl)
                    && !hasLoneSurrogate(k)) {
                payload.put(k, hasLoneSurrogate(v) ? v.replaceAll("[\\uD800-\\uDFFF]", "\uFFFD") : v);
            }
        });
        payload.putAll(r.payload);
        TrailEvent refused = trail.append(draft(actor, action, subject).withPayload(payload).refused(r.code.code()));
        return new SubmissionRefusedException(r.code, action, subject, refused.sequence(), r.rules, r.args);
    }

    private static EventDraft draft(Actor actor, String action, String subject) {
        return EventDraft.of(actor.person().value(), actor.role().name(), action, subject);
    }

    private Object lock(String subject) {
        return locks.computeIfAbsent(subject, s -> new Object());
    }

    /**
     * Builds a {@link Submissions}.
     *
     * <p>Thread safety: not thread-safe (a builder).
     */
    public static final class Builder {
        private Trail trail;
        private BusinessRegister register;
        private Function<String, Optional<RuleSet>> ruleSets = id -> Optional.empty();
        private Function<String, Optional<ReportForm>> forms = id -> Optional.empty();
        private SignOffPolicy signOff = SignOffPolicy.standard();
        private ExplanationPolicy explanationPolicy = ExplanationPolicy.defaults();
        private Clock clock = Clock.systemUTC();
        private Set<String> defenceIndustryUnits = Set.of();

        private Builder() {
        }

        /**
         * The trail every step is recorded in (required).
         *
         * @param value the trail every step is recorded in
         * @return this builder
         */
        public Builder trail(Trail value) {
            this.trail = Objects.requireNonNull(value, "trail");
            return this;
        }

        /**
         * The business register (名录库) that decides which units may report (required).
         *
         * @param value the business register (名录库)
         * @return this builder
         */
        public Builder register(BusinessRegister value) {
            this.register = Objects.requireNonNull(value, "register");
            return this;
        }

        /**
         * The rule set of each form, by form id.
         *
         * @param byFormId the rule set of each form, by form id
         * @return this builder
         */
        public Builder ruleSets(Map<String, RuleSet> byFormId) {
            Map<String, RuleSet> copy = Map.copyOf(Objects.requireNonNull(byFormId, "byFormId"));
            this.ruleSets = id -> Optional.ofNullable(copy.get(id));
            return this;
        }

        /**
         * The rule set of a form id, looked up at each submit (the function must be thread-safe).
         *
         * @param lookup form id → its rule set, empty when it has none; called at each submit, thread-safe
         * @return this builder
         */
        public Builder ruleSetLookup(Function<String, Optional<RuleSet>> lookup) {
            this.ruleSets = Objects.requireNonNull(lookup, "lookup");
            return this;
        }

        /**
         * Form definitions, for indicator codes and value types (optional).
         *
         * @param definitions the form definitions; their ids key them
         * @return this builder
         */
        public Builder forms(Collection<ReportForm> definitions) {
            Map<String, ReportForm> byId = new HashMap<>();
            for (ReportForm f : Objects.requireNonNull(definitions, "definitions")) {
                byId.put(f.id(), f);
            }
            Map<String, ReportForm> copy = Map.copyOf(byId);
            this.forms = id -> Optional.ofNullable(copy.get(id));
            return this;
        }

        /**
         * Whose signatures submitting needs; {@link SignOffPolicy#standard()} by default.
         *
         * @param policy whose signatures submitting needs
         * @return this builder
         */
        public Builder signOff(SignOffPolicy policy) {
            this.signOff = Objects.requireNonNull(policy, "policy");
            return this;
        }

        /**
         * Which explanations of verify failures count; {@link ExplanationPolicy#defaults()} by default.
         *
         * @param policy which explanations of verify failures count
         * @return this builder
         */
        public Builder explanationPolicy(ExplanationPolicy policy) {
            this.explanationPolicy = Objects.requireNonNull(policy, "policy");
            return this;
        }

        /**
         * The clock explanations are judged at; the system UTC clock by default (trail times are the
         * trail's).
         *
         * @param value the clock explanations are judged at
         * @return this builder
         */
        public Builder clock(Clock value) {
            this.clock = Objects.requireNonNull(value, "clock");
            return this;
        }

        /**
         * The register ids of the defence-industry (军工) units, the only ones a proxy may fill in for
         * (the register has no such attribute: it is configuration).
         *
         * @param unitIds the register ids of the defence-industry (军工) units
         * @return this builder
         */
        public Builder defenceIndustryUnits(Set<String> unitIds) {
            this.defenceIndustryUnits = Set.copyOf(Objects.requireNonNull(unitIds, "unitIds"));
            return this;
        }

        /**
         * The service.
         *
         * @return the submission service
         */
        public Submissions build() {
            Objects.requireNonNull(trail, "trail");
            Objects.requireNonNull(register, "register");
            return new Submissions(this);
        }
    }
}
