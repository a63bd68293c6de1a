package org.statsbase.trail;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import org.statsbase.trail.error.TrailError;
import org.statsbase.trail.error.TrailException;

/**
 * An event before it is chained: who ({@code actor}, in which {@code role}) did what
 * ({@code action}) to what ({@code subject}), with a payload of named values. {@link Trail#append}
 * adds the sequence, the time and the hashes.
 *
 * <p>Actor, role, action and subject are non-blank single-line texts of at most
 * {@value #MAX_FIELD_LENGTH} characters; payload keys likewise at most {@value #MAX_KEY_LENGTH}
 * characters; a payload has at most {@value #MAX_PAYLOAD_ENTRIES} entries, kept sorted by key so that
 * the encoding (and the hash) does not depend on the order they were added in.
 *
 * <p>Thread safety: immutable.
 */
public final class EventDraft {

    /** The longest actor, role, action or subject. */
    public static final int MAX_FIELD_LENGTH = 1024;
    /** The longest payload key. */
    public static final int MAX_KEY_LENGTH = 256;
    /** The most payload entries. */
    public static final int MAX_PAYLOAD_ENTRIES = 4096;

    private final String actor;
    private final String role;
    private final String action;
    private final String subject;
    private final Outcome outcome;
    private final SortedMap<String, String> payload;

    private EventDraft(String actor, String role, String action, String subject, Outcome outcome,
            SortedMap<String, String> payload) {
        this.actor = actor;
        this.role = role;
        this.action = action;
        this.subject = subject;
        this.outcome = outcome;
        this.payload = Collections.unmodifiableSortedMap(payload);
    }

    /**
     * A draft of an event that was carried out ({@link Outcome#DONE}) with an empty payload.
     *
     * @param actor   who acted: a person or system id, one line, not blank
     * @param role    the role the actor acted in, for example {@code statistician}
     * @param action  what was done, for example {@code submission.submit}
     * @param subject what it was done to, for example {@code submission/91350100M000100Y43/B204-1/2026-10}
     * @return a draft with outcome {@link Outcome#DONE} and no payload
     * @throws TrailException {@code SB-TRAIL-0101}, {@code -0102}, {@code -0103} for a blank, multi-line
     *                        or too long field
     */
    public static EventDraft of(String actor, String role, String action, String subject) {
        return new EventDraft(field(actor, "actor", "操作人"), field(role, "role", "角色"),
                field(action, "action", "操作"), field(subject, "subject", "对象"), Outcome.DONE, new TreeMap<>());
    }

    /**
     * This draft with one more payload entry ({@code key} replaces an earlier value of the same key).
     *
     * @param key   the payload key, one line, not blank
     * @param value the payload value; may be empty
     * @return a new draft; this one is unchanged
     */
    public EventDraft with(String key, String value) {
        Objects.requireNonNull(value, "value");
        TreeMap<String, String> copy = new TreeMap<>(payload);
        copy.put(key(key), value(value));
        return new EventDraft(actor, role, action, subject, outcome, limited(copy));
    }

    /**
     * This draft with every entry of {@code entries} added.
     *
     * @param entries the entries to add; later keys replace earlier values
     * @return a new draft; this one is unchanged
     */
    public EventDraft withPayload(Map<String, String> entries) {
        Objects.requireNonNull(entries, "entries");
        TreeMap<String, String> copy = new TreeMap<>(payload);
        entries.forEach((k, v) -> copy.put(key(k), value(Objects.requireNonNull(v, "payload value"))));
        return new EventDraft(actor, role, action, subject, outcome, limited(copy));
    }

    /**
     * This draft as a refused attempt ({@link Outcome#REFUSED}) with the payload entry
     * {@code error} = {@code errorCode}, the stable code of the rule that refused it.
     *
     * @param errorCode the stable code of the refusing rule, for example {@code SB-REP-0201}
     * @return a new draft with outcome {@link Outcome#REFUSED}; this one is unchanged
     */
    public EventDraft refused(String errorCode) {
        EventDraft withCode = with("error", field(errorCode, "error code", "错误代码"));
        return new EventDraft(actor, role, action, subject, Outcome.REFUSED, new TreeMap<>(withCode.payload));
    }

    /**
     * Who acted (a person or system id).
     *
     * @return who acted, a person or system id
     */
    public String actor() {
        return actor;
    }

    /**
     * The role the actor acted in.
     *
     * @return the role the actor acted in
     */
    public String role() {
        return role;
    }

    /**
     * What was done, for example {@code submission.submit}.
     *
     * @return what was done, for example {@code submission.submit}
     */
    public String action() {
        return action;
    }

    /**
     * What it was done to, for example {@code submission/91350100M000100Y43/B204-1/2026-10}.
     *
     * @return what it was done to
     */
    public String subject() {
        return subject;
    }

    /**
     * Done or refused.
     *
     * @return {@link Outcome#DONE} or {@link Outcome#REFUSED}
     */
    public Outcome outcome() {
        return outcome;
    }

    /**
     * The payload, sorted by key; unmodifiable.
     *
     * @return the payload sorted by key, unmodifiable; empty when there is none
     */
    public SortedMap<String, String> payload() {
        return payload;
    }

    private static SortedMap<String, String> limited(TreeMap<String, String> payload) {
        if (payload.size() > MAX_PAYLOAD_ENTRIES) {
            throw new TrailException(TrailError.EVENT_TOO_LARGE, "payload entries", payload.size(),
                    MAX_PAYLOAD_ENTRIES, "附加数据条目数");
        }
        return payload;
    }

    private static String key(String key) {
        Objects.requireNonNull(key, "key");
        if (key.isBlank()) {
            throw new TrailException(TrailError.EVENT_FIELD_BLANK, "payload key", "附加数据的键");
        }
        if (key.length() > MAX_KEY_LENGTH) {
            throw new TrailException(TrailError.EVENT_TOO_LARGE, "payload key", key.length(), MAX_KEY_LENGTH,
                    "附加数据的键");
        }
        checkControl(key, "payload key", "附加数据的键");
        return key;
    }

    private static String field(String value, String en, String zh) {
        Objects.requireNonNull(value, en);
        if (value.isBlank()) {
            throw new TrailException(TrailError.EVENT_FIELD_BLANK, en, zh);
        }
        if (value.length() > MAX_FIELD_LENGTH) {
            throw new TrailException(TrailError.EVENT_TOO_LARGE, en, value.length(), MAX_FIELD_LENGTH, zh);
        }
        checkControl(value, en, zh);
        return value;
    }

    private static String value(String value) {
        checkSurrogates(value, "payload value", "附加数据的值");
        return value;
    }

    private static void checkControl(String value, String en, String zh) {
        for (int i = 0; i < value.length(); i++) {
            if (Character.isISOControl(value.charAt(i))) {
                throw new TrailException(TrailError.EVENT_FIELD_CONTROL, en, zh);
            }
        }
        checkSurrogates(value, en, zh);
    }

    // UTF-8 cannot encode a lone surrogate: it would come back from the store as '?', and the
    // event would no longer be the one that was appended.
    private static void checkSurrogates(String value, String en, String zh) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new TrailException(TrailError.EVENT_TEXT_MALFORMED, en, zh);
            }
        }
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof EventDraft)) {
            return false;
        }
        EventDraft d = (EventDraft) o;
        return actor.equals(d.actor) && role.equals(d.role) && action.equals(d.action) && subject.equals(d.subject)
                && outcome == d.outcome && payload.equals(d.payload);
    }

    @Override
    public int hashCode() {
        return Objects.hash(actor, role, action, subject, outcome, payload);
    }

    @Override
    public String toString() {
        return "EventDraft[" + actor + " (" + role + ") " + action + " " + subject
                + (outcome == Outcome.REFUSED ? " REFUSED" : "") + " " + payload + "]";
    }
}
