package org.statsbase.confidentiality.access;

import java.util.Objects;
import org.statsbase.trail.EventDraft;
import org.statsbase.trail.Outcome;

/**
 * The trail vocabulary of access decisions (统计工作保密制度: who saw which data is recorded): every decision,
 * permit or deny, is one event in statsbase-trail.
 *
 * <p>Subject {@code access/{resource id}} ({@link #subject}); actor the subject's id; role the {@link Role}
 * constant name; action {@code access.read}, {@code access.export} or {@code access.publish}
 * ({@link #action}); outcome {@link Outcome#DONE} for a permit, {@link Outcome#REFUSED} for a deny with payload
 * {@code error} = the rule's code ({@code SB-CONF-02xx}). Payload: {@link #RULE}, {@link #LEVEL}, {@link #CLASS},
 * {@link #REGION}, {@link #CLEARANCE}, {@link #JURISDICTION}, {@link #PURPOSE}, {@link #REASON_ZH},
 * {@link #REASON_EN}.
 *
 * <p>Thread safety: constants and stateless functions.
 */
public final class AccessEvents {

    private AccessEvents() {
    }

    /** Prefix of every access subject. */
    public static final String SUBJECT_PREFIX = "access/";
    /** Prefix of every access action. */
    public static final String ACTION_PREFIX = "access.";
    /** A read decision. */
    public static final String READ = "access.read";
    /** An export decision. */
    public static final String EXPORT = "access.export";
    /** A publish decision. */
    public static final String PUBLISH = "access.publish";

    /** Payload: the {@link AccessRule} constant that decided ({@code PERMITTED} for a permit). */
    public static final String RULE = "rule";
    /** Payload: the resource's level (constant name). */
    public static final String LEVEL = "level";
    /** Payload: the resource's class (constant name). */
    public static final String CLASS = "class";
    /** Payload: the division the resource concerns (12 digits). */
    public static final String REGION = "region";
    /** Payload: the subject's clearance (constant name). */
    public static final String CLEARANCE = "clearance";
    /** Payload: the subject's jurisdiction (12 digits). */
    public static final String JURISDICTION = "jurisdiction";
    /** Payload: the purpose (constant name). */
    public static final String PURPOSE = "purpose";
    /** Payload: the reason in Chinese. */
    public static final String REASON_ZH = "reason_zh";
    /** Payload: the reason in English. */
    public static final String REASON_EN = "reason_en";
    /** Payload (refusals): the rule's code, as {@link EventDraft#refused} writes it. */
    public static final String ERROR = "error";

    /**
     * The trail subject of a resource: {@code access/{id}}.
     *
     * @param resourceId the resource's id
     * @return the trail subject of a resource: {@code access/{id}}
     */
    public static String subject(String resourceId) {
        Objects.requireNonNull(resourceId, "resourceId");
        return SUBJECT_PREFIX + resourceId;
    }

    /**
     * The trail action of {@code action}: {@code access.read}, {@code access.export}, {@code access.publish}.
     *
     * @param action read, export or publish
     * @return the trail action of {@code action}: {@code access.read}, {@code access.export}, {@code access.publish}
     */
    public static String action(Action action) {
        Objects.requireNonNull(action, "action");
        return ACTION_PREFIX + action.nameEn();
    }

    /**
     * The event a decision is recorded as: done for a permit, refused with the rule's code for a deny.
     *
     * @param decision the decision to record
     * @return the event a decision is recorded as: done for a permit, refused with the rule's code for a deny
     */
    public static EventDraft draft(AccessDecision decision) {
        Objects.requireNonNull(decision, "decision");
        Subject s = decision.subject();
        Resource r = decision.resource();
        EventDraft draft = EventDraft.of(s.id(), s.role().name(), action(decision.action()), subject(r.id()))
                .with(RULE, decision.rule().name())
                .with(LEVEL, r.level().name())
                .with(CLASS, r.dataClass().name())
                .with(REGION, r.region().canonical())
                .with(CLEARANCE, s.clearance().name())
                .with(JURISDICTION, s.jurisdiction().canonical())
                .with(PURPOSE, s.purpose().name())
                .with(REASON_ZH, decision.reasonZh())
                .with(REASON_EN, decision.reasonEn());
        return decision.code().map(draft::refused).orElse(draft);
    }
}
