package org.statsbase.reporting.testing;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Collection;
import org.statsbase.core.code.DivisionCode;
import org.statsbase.core.code.IndustryCode;
import org.statsbase.core.period.DeadlineCalendar;
import org.statsbase.core.period.DeadlineRule;
import org.statsbase.core.period.Frequency;
import org.statsbase.core.unit.BusinessRegister;
import org.statsbase.core.unit.StatisticalUnit;
import org.statsbase.reporting.ReportingEvents;
import org.statsbase.reporting.Role;
import org.statsbase.reporting.SubmissionKey;
import org.statsbase.trail.EventDraft;
import org.statsbase.trail.HashAlgorithm;
import org.statsbase.trail.Trail;
import org.statsbase.trail.TrailEvent;
import org.statsbase.trail.store.InMemoryEventStore;

/** Shared test fixtures: DOMAIN.md's sample deadline, a register, a trail on a hand-moved clock. */
public final class Fixtures {

    private Fixtures() {
    }

    /** The form of DOMAIN.md's example: monthly, due the 16th 12:00 of the next month, January exempt. */
    public static final String FORM = "B204-1";

    public static DeadlineCalendar calendar() {
        return DeadlineCalendar.builder().source("test sample, not regulation")
                .rule(DeadlineRule.dayOfMonth(Frequency.MONTHLY, 1, 16, LocalTime.NOON).exemptingIndexes(1))
                .build();
    }

    public static BusinessRegister register(Collection<String> unitIds) {
        BusinessRegister.Builder b = BusinessRegister.builder();
        for (String id : unitIds) {
            b.add(StatisticalUnit.legalEntity(id, "单位" + id, IndustryCode.parse("3311"),
                    DivisionCode.parse("500105001001")), LocalDate.parse("2020-01-01"));
        }
        return b.build();
    }

    public static Trail trail(MutableClock clock) {
        return Trail.open(InMemoryEventStore.create(), HashAlgorithm.SHA_256, clock);
    }

    /** Appends an event at {@code at} (moving the clock there). */
    public static TrailEvent append(Trail trail, MutableClock clock, Instant at, EventDraft draft) {
        clock.set(at);
        return trail.append(draft);
    }

    public static EventDraft draft(String actor, Role role, String action, SubmissionKey key) {
        return EventDraft.of(actor, role.name(), action, key.subject());
    }

    public static EventDraft submit(SubmissionKey key) {
        return draft("filler-" + key.unitId(), Role.FILLER, ReportingEvents.SUBMIT, key)
                .with(ReportingEvents.REVIEW_FAILS, "0").with(ReportingEvents.REVIEW_BLOCKING, "0");
    }
}
