package org.statsbase.archive;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock tests move forward by hand. */
final class MutableClock extends Clock {

    private volatile Instant now;

    MutableClock(LocalDate day) {
        this.now = day.atStartOfDay().toInstant(ZoneOffset.UTC);
    }

    void set(LocalDate day) {
        Instant next = day.atStartOfDay().toInstant(ZoneOffset.UTC);
        now = next.isAfter(now) ? next : now.plusSeconds(1);
    }

    void advance(Duration d) {
        now = now.plus(d);
    }

    LocalDate today() {
        return LocalDate.ofInstant(now, ZoneOffset.UTC);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return now;
    }
}
