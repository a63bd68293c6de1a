package org.statsbase.testkit.archive;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * A UTC clock moved forward by hand, so that sequences of archive operations can let years pass (retention under
 * 统计法实施条例 第二十二、二十三条 is counted in years).
 *
 * <p>Thread safety: safe for concurrent use (the instant is volatile); meant for one test at a time.
 */
public final class ManualClock extends Clock {

    private volatile Instant now;

    private ManualClock(Instant start) {
        this.now = start;
    }

    /**
     * A clock at the start of {@code day} (UTC).
     *
     * @param day the first day of the clock
     * @return a clock at 00:00 UTC of {@code day}
     */
    public static ManualClock at(LocalDate day) {
        return new ManualClock(Objects.requireNonNull(day, "day").atStartOfDay().toInstant(ZoneOffset.UTC));
    }

    /**
     * Moves forward by {@code d}; negative durations are refused (time never runs back).
     *
     * @param d how far to move, not negative
     */
    public void advance(Duration d) {
        if (Objects.requireNonNull(d, "d").isNegative()) {
            throw new IllegalArgumentException("a manual clock only moves forward: " + d);
        }
        now = now.plus(d);
    }

    /**
     * Today (UTC).
     *
     * @return the current date in UTC
     */
    public LocalDate today() {
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

    @Override
    public String toString() {
        return "ManualClock[" + now + "]";
    }
}
