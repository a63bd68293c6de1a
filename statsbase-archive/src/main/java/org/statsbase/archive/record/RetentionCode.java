package org.statsbase.archive.record;

import java.util.Optional;

/**
 * The archive retention classes and their codes in an archival code (DA/T 22-2015 保管期限代码):
 * {@code Y} 永久, {@code D30} 定期30年, {@code D10} 定期10年.
 *
 * <p>Thread safety: immutable constants.
 */
public enum RetentionCode {
    /** 永久. */
    Y("永久", RetentionPeriod.PERMANENT),
    /** 定期30年. */
    D30("定期30年", RetentionPeriod.ofYears(30)),
    /** 定期10年. */
    D10("定期10年", RetentionPeriod.ofYears(10));

    private final String nameZh;
    private final RetentionPeriod period;

    RetentionCode(String nameZh, RetentionPeriod period) {
        this.nameZh = nameZh;
        this.period = period;
    }

    /**
     * The Chinese name, for example 定期30年.
     *
     * @return the Chinese name, for example 定期30年
     */
    public String nameZh() {
        return nameZh;
    }

    /**
     * The retention period of the class.
     *
     * @return the retention period of the class
     */
    public RetentionPeriod period() {
        return period;
    }

    /**
     * The code written in archival codes: {@code Y}, {@code D30}, {@code D10}.
     *
     * @return the code written in archival codes: {@code Y}, {@code D30}, {@code D10}
     */
    public String code() {
        return name();
    }

    /**
     * The class for a code text, if it is one ({@code Y}, {@code D30}, {@code D10}; exact).
     *
     * @param code the code text
     * @return the class; empty when the text is no class code
     */
    public static Optional<RetentionCode> ofCode(String code) {
        for (RetentionCode c : values()) {
            if (c.name().equals(code)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /**
     * The class with exactly this period, if any.
     *
     * @param period a retention period
     * @return the class; empty when no class has exactly this period
     */
    public static Optional<RetentionCode> of(RetentionPeriod period) {
        for (RetentionCode c : values()) {
            if (c.period.equals(period)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
