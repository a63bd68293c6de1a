package org.statsbase.trail;

/**
 * Whether an event records something done or an attempt that was refused. Refused attempts are
 * recorded too: an attempt by a reviewer to change an enterprise's figure is evidence (国统字〔2012〕
 * 12号, the fourth red line: statistical bodies never modify enterprise data).
 *
 * <p>Thread safety: immutable constants.
 */
public enum Outcome {
    /** The action was carried out. */
    DONE,
    /** The action was refused; the event's payload names the rule ({@code error}). */
    REFUSED
}
