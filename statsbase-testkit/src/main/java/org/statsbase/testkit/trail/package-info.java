/**
 * jqwik arbitraries for statsbase-trail: event drafts with awkward but valid text (CJK, emoji,
 * symbols, long payloads), hostile drafts that must be refused, and sequences of events.
 */
package org.statsbase.testkit.trail;
