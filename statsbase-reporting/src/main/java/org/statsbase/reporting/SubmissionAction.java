package org.statsbase.reporting;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The steps of the reporting cycle (数据采集审核报送制度) on one submission, each recorded as one
 * trail event named {@link #trailAction()}, with the states it may start from and the state it
 * leads to. Respondent steps are the unit's own (国统字〔2012〕12号 red lines 2–4: the enterprise
 * reports, submits and corrects its own data); reviewer steps belong to the township and county
 * reviewers, who query, return, accept and forward but never edit.
 *
 * <p>The state machine: create → {@link SubmissionState#DRAFT}; enter, explain, sign in
 * {@link SubmissionState#DRAFT} or {@link SubmissionState#RETURNED}; submit from draft or returned to
 * {@link SubmissionState#SUBMITTED}; query and answer while submitted (answer also while returned);
 * return from submitted to returned; accept from submitted; forward from accepted; request reopen from
 * accepted to {@link SubmissionState#REOPEN_REQUESTED}; approve reopen from there to draft.
 *
 * <p>Thread safety: immutable constants.
 */
public enum SubmissionAction {
    /** 创建: open a draft. */
    CREATE(ReportingEvents.CREATE, "创建", "create", true, null, null),
    /** 填报: enter or change values. */
    ENTER(ReportingEvents.ENTER, "填报数据", "enter values", true, null,
            EnumSet.of(SubmissionState.DRAFT, SubmissionState.RETURNED)),
    /** 说明: explain a verify failure (核实性审核的情况说明). */
    EXPLAIN(ReportingEvents.EXPLAIN, "填写情况说明", "explain", true, null,
            EnumSet.of(SubmissionState.DRAFT, SubmissionState.RETURNED)),
    /** 签署: sign as 填表人, 统计负责人 or 单位负责人. */
    SIGN(ReportingEvents.SIGN, "签署", "sign", true, null,
            EnumSet.of(SubmissionState.DRAFT, SubmissionState.RETURNED)),
    /** 报送: submit (or resubmit after a return). */
    SUBMIT(ReportingEvents.SUBMIT, "报送", "submit", true, SubmissionState.SUBMITTED,
            EnumSet.of(SubmissionState.DRAFT, SubmissionState.RETURNED)),
    /** 查询: a reviewer asks a question without returning. */
    QUERY(ReportingEvents.QUERY_ACTION, "查询", "query", false, null, EnumSet.of(SubmissionState.SUBMITTED)),
    /** 退回: a reviewer returns the submission with a query. */
    RETURN(ReportingEvents.RETURN, "退回", "return", false, SubmissionState.RETURNED,
            EnumSet.of(SubmissionState.SUBMITTED)),
    /** 答复: the respondent answers a query. */
    ANSWER(ReportingEvents.ANSWER, "答复查询", "answer a query", true, null,
            EnumSet.of(SubmissionState.SUBMITTED, SubmissionState.RETURNED)),
    /** 验收: a reviewer accepts. */
    ACCEPT(ReportingEvents.ACCEPT, "验收", "accept", false, SubmissionState.ACCEPTED,
            EnumSet.of(SubmissionState.SUBMITTED)),
    /** 上报: the accepted submission is forwarded upward. */
    FORWARD(ReportingEvents.FORWARD, "上报", "forward", false, SubmissionState.FORWARDED,
            EnumSet.of(SubmissionState.ACCEPTED)),
    /** 申请重开: the respondent asks to reopen an accepted submission. */
    REOPEN_REQUEST(ReportingEvents.REOPEN_REQUEST, "申请重开", "request reopening", true,
            SubmissionState.REOPEN_REQUESTED, EnumSet.of(SubmissionState.ACCEPTED)),
    /** 批准重开: a reviewer approves reopening; the submission is a draft again. */
    REOPEN_APPROVE(ReportingEvents.REOPEN_APPROVE, "批准重开", "approve reopening", false, SubmissionState.DRAFT,
            EnumSet.of(SubmissionState.REOPEN_REQUESTED));

    private final String trailAction;
    private final String zh;
    private final String en;
    private final boolean respondent;
    private final SubmissionState target;
    private final Set<SubmissionState> from;

    SubmissionAction(String trailAction, String zh, String en, boolean respondent, SubmissionState target,
            Set<SubmissionState> from) {
        this.trailAction = trailAction;
        this.zh = zh;
        this.en = en;
        this.respondent = respondent;
        this.target = target;
        this.from = from == null ? Collections.emptySet() : Collections.unmodifiableSet(EnumSet.copyOf(from));
    }

    /**
     * The trail action name ({@link ReportingEvents}).
     *
     * @return the trail action name ({@link ReportingEvents})
     */
    public String trailAction() {
        return trailAction;
    }

    /**
     * The Chinese name.
     *
     * @return the Chinese name
     */
    public String nameZh() {
        return zh;
    }

    /**
     * The English name.
     *
     * @return the English name
     */
    public String nameEn() {
        return en;
    }

    /**
     * Whether this is a step of the respondent (its own staff, or an authorised proxy for a
     * defence-industry unit) rather than of a reviewer.
     *
     * @return true when this is a step of the respondent (its own staff, or an authorised proxy for a
     *         defence-industry unit) rather than of a reviewer
     */
    public boolean isRespondentStep() {
        return respondent;
    }

    /**
     * Whether the step changes what the respondent reports (values, explanations, signatures).
     *
     * @return true when the step changes what the respondent reports (values, explanations, signatures)
     */
    public boolean isEdit() {
        return this == ENTER || this == EXPLAIN || this == SIGN;
    }

    /**
     * The states this step may start from; empty for {@link #CREATE} (it needs no submission).
     *
     * @return the states this step may start from; empty for {@link #CREATE} (it needs no submission)
     */
    public Set<SubmissionState> allowedFrom() {
        return from;
    }

    /**
     * Whether the step may be taken in {@code state}.
     *
     * @param state a submission state
     * @return true when the step may be taken in {@code state}
     */
    public boolean isAllowedIn(SubmissionState state) {
        return from.contains(Objects.requireNonNull(state, "state"));
    }

    /**
     * The state after this step taken in {@code state} ({@link SubmissionState#DRAFT} for
     * {@link #CREATE}); empty when the step is not allowed there.
     *
     * @param state the state the step is taken in
     * @return the state after this step taken in {@code state} ({@link SubmissionState#DRAFT} for {@link #CREATE});
     *         empty when the step is not allowed there
     */
    public Optional<SubmissionState> next(SubmissionState state) {
        if (!isAllowedIn(state)) {
            return Optional.empty();
        }
        return Optional.of(target == null ? state : target);
    }

    /**
     * The step recorded with the trail action {@code action}, if it is one.
     *
     * @param action a trail action, for example {@code submission.submit}
     * @return the step; empty when the action is none of the submission steps
     */
    public static Optional<SubmissionAction> ofTrailAction(String action) {
        Objects.requireNonNull(action, "action");
        for (SubmissionAction a : values()) {
            if (a.trailAction.equals(action)) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }
}
