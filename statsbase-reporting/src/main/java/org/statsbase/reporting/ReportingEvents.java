package org.statsbase.reporting;

/**
 * The trail vocabulary of reporting: the action names and payload keys every reporting step is
 * recorded with. Each step is one event of statsbase-trail, carried out or refused; the state of a
 * submission is what its events say, so a trail on a durable store gives back every submission.
 *
 * <p>Subjects: {@link SubmissionKey#subject()} for submissions, {@code unit/{unitId}} for proxy
 * authorisations, {@code handover/{unitId}/{id}} for handovers. Actors are person ids; roles are the
 * names of {@link Role}.
 *
 * <p>Thread safety: constants only.
 */
public final class ReportingEvents {

    private ReportingEvents() {
    }

    /** A submission is opened as a draft. */
    public static final String CREATE = "submission.create";
    /** Values are entered or changed; payload {@link #VALUE_PREFIX}{@code indicator} = value text. */
    public static final String ENTER = "submission.enter";
    /** A VERIFY failure is explained; payload {@link #RULE}, {@link #RECORD}, {@link #TEXT}. */
    public static final String EXPLAIN = "submission.explain";
    /** A signatory signs; payload {@link #SIGNATORY}. */
    public static final String SIGN = "submission.sign";
    /** The respondent submits; payload {@link #REVIEW_FAILS}, {@link #REVIEW_BLOCKING}, {@link #REVIEW_RULES}. */
    public static final String SUBMIT = "submission.submit";
    /** A reviewer asks a question without returning; payload {@link #QUERY}, {@link #TEXT}. */
    public static final String QUERY_ACTION = "submission.query";
    /** A reviewer returns the submission with a query (退回); payload {@link #QUERY}, {@link #TEXT}. */
    public static final String RETURN = "submission.return";
    /** The respondent answers a query; payload {@link #QUERY}, {@link #TEXT}. */
    public static final String ANSWER = "submission.answer";
    /** A reviewer accepts (验收). */
    public static final String ACCEPT = "submission.accept";
    /** The accepted submission is forwarded upward (上报); payload {@link #TO}. */
    public static final String FORWARD = "submission.forward";
    /** The respondent asks to reopen an accepted submission; payload {@link #REASON}. */
    public static final String REOPEN_REQUEST = "submission.reopen.request";
    /** A reviewer approves reopening. */
    public static final String REOPEN_APPROVE = "submission.reopen.approve";
    /** The office urges a unit to report (催报); payload {@link #DEADLINE}, {@link #TEXT}. */
    public static final String URGE = "submission.urge";
    /** The office flags a unit as refusing to report (拒报); payload {@link #URGED}. */
    public static final String REFUSING = "submission.refusing";
    /** The office records a proxy authorisation for a defence-industry unit (subject {@code unit/{id}}). */
    public static final String PROXY_AUTHORISE = "proxy.authorise";
    /**
     * A handover is recorded (subject {@code handover/{unit}/{id}}); payload {@link #OUTGOING},
     * {@link #INCOMING}, {@link #UNITS}, {@link #ITEMS}. The incoming person takes no step on the unit
     * of the subject nor on any of {@link #UNITS} until both sides signed.
     */
    public static final String HANDOVER_RECORD = "handover.record";
    /** A party signs a handover; payload {@link #PARTY}. */
    public static final String HANDOVER_SIGN = "handover.sign";

    /** Prefix of value keys: {@code v.B01}. A value of {@code ""} is cleared (missing). */
    public static final String VALUE_PREFIX = "v.";
    /** Proxy authorisation id, on values entered by proxy and on {@link #PROXY_AUTHORISE}. */
    public static final String PROXY_AUTHORISATION = "proxy.authorisation";
    /** Authorisation id. */
    public static final String AUTHORISATION = "authorisation";
    /** Person id. */
    public static final String PERSON = "person";
    /** The document an authorisation rests on. */
    public static final String BASIS = "basis";
    /** Rule id. */
    public static final String RULE = "rule";
    /** Record key text. */
    public static final String RECORD = "record";
    /** Free text. */
    public static final String TEXT = "text";
    /** Signatory role name. */
    public static final String SIGNATORY = "signatory";
    /** Number of review failures. */
    public static final String REVIEW_FAILS = "review.fails";
    /** Number of blocking review failures. */
    public static final String REVIEW_BLOCKING = "review.blocking";
    /** Comma-separated ids of the rules that blocked. */
    public static final String REVIEW_RULES = "review.rules";
    /** Query id. */
    public static final String QUERY = "query";
    /** Institution forwarded to. */
    public static final String TO = "to";
    /** Reason. */
    public static final String REASON = "reason";
    /** ISO-8601 instant. */
    public static final String DEADLINE = "deadline";
    /** Sequence of the urge event a refusal follows. */
    public static final String URGED = "urged";
    /** Handover: the outgoing person. */
    public static final String OUTGOING = "outgoing";
    /** Handover: the incoming person. */
    public static final String INCOMING = "incoming";
    /** Handover: the units whose open work it covers, comma-separated (a township post covers many). */
    public static final String UNITS = "units";
    /** Handover: the items, one per line. */
    public static final String ITEMS = "items";
    /** Handover: the signing party. */
    public static final String PARTY = "party";
    /** Error code of a refused attempt (set by {@code EventDraft.refused}). */
    public static final String ERROR = "error";
}
