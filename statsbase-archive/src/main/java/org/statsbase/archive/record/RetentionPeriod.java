package org.statsbase.archive.record;

import java.util.Locale;
import java.util.OptionalInt;
import org.statsbase.archive.error.ArchiveError;
import org.statsbase.archive.error.ArchiveException;

/**
 * A retention period (保管期限): permanent (永久) or a number of years. The archive classes 永久 / 定期30年 /
 * 定期10年 are {@link RetentionCode}s; statistical material may have shorter statutory periods (2 years for
 * original survey material, 统计法实施条例 第二十二条), so a period is any positive number of years.
 *
 * <p>Ordered by length: every number of years is shorter than {@link #PERMANENT}.
 *
 * <p>Thread safety: immutable.
 */
public final class RetentionPeriod implements Comparable<RetentionPeriod> {

    /** 永久. */
    public static final RetentionPeriod PERMANENT = new RetentionPeriod(0);

    private final int years;

    private RetentionPeriod(int years) {
        this.years = years;
    }

    /**
     * A fixed period.
     *
     * @param years the number of years, at least 1
     * @return the period
     * @throws ArchiveException SB-ARC-0104 if {@code years} is not positive
     */
    public static RetentionPeriod ofYears(int years) {
        if (years <= 0) {
            throw new ArchiveException(ArchiveError.BAD_RETENTION_PERIOD, years);
        }
        return new RetentionPeriod(years);
    }

    /**
     * Parses {@code permanent}, {@code Y} (永久), {@code D30}, {@code D10}, or a number of years ({@code 2}).
     *
     * @param text the text
     * @return the period
     * @throws ArchiveException SB-ARC-0104 otherwise
     */
    public static RetentionPeriod parse(String text) {
        String s = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
        if (s.equals("PERMANENT") || s.equals("Y") || s.equals("永久")) {
            return PERMANENT;
        }
        String digits = s.startsWith("D") ? s.substring(1) : s;
        if (!digits.isEmpty() && digits.length() <= 4 && digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            int y = Integer.parseInt(digits);
            if (y > 0) {
                return new RetentionPeriod(y);
            }
        }
        throw new ArchiveException(ArchiveError.BAD_RETENTION_PERIOD, text);
    }

    /**
     * Whether the material is kept permanently.
     *
     * @return true when the material is kept permanently
     */
    public boolean isPermanent() {
        return years == 0;
    }

    /**
     * The number of years; empty when permanent.
     *
     * @return the number of years; empty when permanent
     */
    public OptionalInt years() {
        return years == 0 ? OptionalInt.empty() : OptionalInt.of(years);
    }

    /**
     * The longer of this and {@code other}.
     *
     * @param other another period
     * @return the longer of this and {@code other}
     */
    public RetentionPeriod max(RetentionPeriod other) {
        return compareTo(other) >= 0 ? this : other;
    }

    /**
     * Whether this period is shorter than {@code other}.
     *
     * @param other another period
     * @return true when this period is shorter than {@code other}
     */
    public boolean isShorterThan(RetentionPeriod other) {
        return compareTo(other) < 0;
    }

    @Override
    public int compareTo(RetentionPeriod o) {
        long a = years == 0 ? Long.MAX_VALUE : years;
        long b = o.years == 0 ? Long.MAX_VALUE : o.years;
        return Long.compare(a, b);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RetentionPeriod other && years == other.years;
    }

    @Override
    public int hashCode() {
        return years;
    }

    /** {@code permanent} or the number of years followed by {@code y}, for example {@code 10y}. */
    @Override
    public String toString() {
        return years == 0 ? "permanent" : years + "y";
    }
}
