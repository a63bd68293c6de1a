package org.statsbase.archive.record;

import java.util.OptionalInt;

/**
 * 密级, the DA/T 46 metadata element: non-secret, work secret (工作秘密, not a state secret) and the three
 * levels of state secret (统计工作国家秘密范围的规定; 保守国家秘密法 第十条, 第十五条 for the longest
 * secrecy periods when none is set otherwise: 30 years 绝密, 20 机密, 10 秘密).
 *
 * <p>statsbase-core has no confidentiality level yet (its {@code level} package holds only
 * {@code Severity}); this archive-local enum is meant to move to core when statsbase-confidentiality
 * defines the shared one.
 *
 * <p>Thread safety: immutable constants.
 */
public enum ConfidentialityLevel {
    /** 非密. */
    NON_SECRET("非密", 0),
    /** 工作秘密: not a state secret; no statutory secrecy period. */
    WORK_SECRET("工作秘密", 0),
    /** 秘密. */
    SECRET("秘密", 10),
    /** 机密. */
    HIGHLY_SECRET("机密", 20),
    /** 绝密. */
    TOP_SECRET("绝密", 30);

    private final String nameZh;
    private final int longestSecrecyYears;

    ConfidentialityLevel(String nameZh, int longestSecrecyYears) {
        this.nameZh = nameZh;
        this.longestSecrecyYears = longestSecrecyYears;
    }

    /** The Chinese name, for example 秘密. */
    public String nameZh() {
        return nameZh;
    }

    /** Whether this is a level of state secret (秘密, 机密, 绝密), which carries a secrecy period. */
    public boolean isStateSecret() {
        return longestSecrecyYears > 0;
    }

    /** The secrecy period that applies unless set otherwise (保守国家秘密法); empty for non-state secrets. */
    public OptionalInt longestSecrecyYears() {
        return longestSecrecyYears == 0 ? OptionalInt.empty() : OptionalInt.of(longestSecrecyYears);
    }
}
