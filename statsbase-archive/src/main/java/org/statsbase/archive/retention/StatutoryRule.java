package org.statsbase.archive.retention;

import java.util.Objects;
import org.statsbase.archive.record.RecordClass;
import org.statsbase.archive.record.RetentionPeriod;

/**
 * The statutory minimum retention of one record class, with the article that sets it (统计法实施条例
 * 第二十二、二十三条): for example {@code ledger} (统计台账) at least 2 years, 第二十三条.
 *
 * @param recordClass the class
 * @param nameZh      its Chinese name
 * @param nameEn      its English name
 * @param minimum     the minimum retention
 * @param rule        the article, for example {@code 统计法实施条例 第二十三条}
 *
 * <p>Thread safety: immutable.
 */
public record StatutoryRule(RecordClass recordClass, String nameZh, String nameEn, RetentionPeriod minimum, String rule) {

    /**
     * Checks for nulls.
     *
     * @param recordClass the class
     * @param nameZh      its Chinese name
     * @param nameEn      its English name
     * @param minimum     the minimum retention
     * @param rule        the article, for example {@code 统计法实施条例 第二十三条}
     */
    public StatutoryRule {
        Objects.requireNonNull(recordClass, "recordClass");
        Objects.requireNonNull(nameZh, "nameZh");
        Objects.requireNonNull(nameEn, "nameEn");
        Objects.requireNonNull(minimum, "minimum");
        Objects.requireNonNull(rule, "rule");
    }
}
