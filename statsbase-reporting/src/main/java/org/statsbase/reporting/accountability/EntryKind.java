package org.statsbase.reporting.accountability;

import java.util.Objects;
import org.statsbase.reporting.ReportingEvents;

/**
 * What one entry of a figure's history is, by the trail action it was recorded with
 * ({@link ReportingEvents}); the steps 数据采集审核报送制度 names (填报、审核、签署、报送、查询、退回、验收、上报).
 *
 * <p>Thread safety: immutable constants.
 */
public enum EntryKind {
    /** {@code submission.create}. */
    CREATE(ReportingEvents.CREATE, "建立报表", "created"),
    /** {@code submission.enter} naming the figure: a value entered, changed or cleared (or attempted). */
    VALUE(ReportingEvents.ENTER, "填报数值", "value entered"),
    /** {@code submission.explain}. */
    EXPLANATION(ReportingEvents.EXPLAIN, "审核说明", "explanation"),
    /** {@code submission.sign}. */
    SIGNATURE(ReportingEvents.SIGN, "签署", "signature"),
    /** {@code submission.submit}. */
    SUBMIT(ReportingEvents.SUBMIT, "报送", "submitted"),
    /** {@code submission.query}. */
    QUERY(ReportingEvents.QUERY_ACTION, "查询", "query"),
    /** {@code submission.return}. */
    RETURN(ReportingEvents.RETURN, "退回", "returned"),
    /** {@code submission.answer}. */
    ANSWER(ReportingEvents.ANSWER, "答复查询", "answer"),
    /** {@code submission.accept}. */
    ACCEPT(ReportingEvents.ACCEPT, "验收", "accepted"),
    /** {@code submission.forward}. */
    FORWARD(ReportingEvents.FORWARD, "上报", "forwarded"),
    /** {@code submission.reopen.request}. */
    REOPEN_REQUEST(ReportingEvents.REOPEN_REQUEST, "申请重新打开", "reopening requested"),
    /** {@code submission.reopen.approve}. */
    REOPEN_APPROVE(ReportingEvents.REOPEN_APPROVE, "批准重新打开", "reopening approved"),
    /** {@code submission.urge}. */
    URGE(ReportingEvents.URGE, "催报", "urged"),
    /** {@code submission.refusing}. */
    REFUSING(ReportingEvents.REFUSING, "认定拒报", "flagged as refusing"),
    /** {@code proxy.authorise} cited by a value entered by proxy. */
    PROXY_AUTHORISATION(ReportingEvents.PROXY_AUTHORISE, "代填授权", "proxy authorisation"),
    /** Any other action recorded on the submission (kept, so that nothing on it is left out). */
    OTHER("", "其他", "other");

    private final String action;
    private final String nameZh;
    private final String nameEn;

    EntryKind(String action, String nameZh, String nameEn) {
        this.action = action;
        this.nameZh = nameZh;
        this.nameEn = nameEn;
    }

    /**
     * The kind of an entry recorded with {@code action}.
     *
     * @param action a trail action, for example {@code submission.enter}
     * @return the kind; {@link #OTHER} for an action the history does not know
     */
    public static EntryKind ofAction(String action) {
        Objects.requireNonNull(action, "action");
        for (EntryKind k : values()) {
            if (k != OTHER && k.action.equals(action)) {
                return k;
            }
        }
        return OTHER;
    }

    /**
     * The Chinese name.
     *
     * @return the Chinese name
     */
    public String nameZh() {
        return nameZh;
    }

    /**
     * The English name.
     *
     * @return the English name
     */
    public String nameEn() {
        return nameEn;
    }
}
