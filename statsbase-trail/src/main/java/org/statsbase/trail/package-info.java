/**
 * The trail: one append-only log of who did what to which subject, each event chained to the one
 * before by its hash, so that anyone holding the log can verify that no event was changed, removed,
 * inserted or reordered (数据质量责任追究制度: "who entered, reviewed and signed every figure").
 *
 * <p>{@link org.statsbase.trail.Trail} appends {@link org.statsbase.trail.EventDraft}s and reads back
 * {@link org.statsbase.trail.TrailEvent}s; {@link org.statsbase.trail.Trail#verify()} walks the chain
 * and names the first broken link. Where events are kept is an
 * {@link org.statsbase.trail.spi.EventStore}.
 */
package org.statsbase.trail;
