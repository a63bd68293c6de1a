package org.statsbase.core.org;

import java.time.LocalDate;
import java.util.Objects;
import org.statsbase.core.org.internal.OrgChecks;

/**
 * A statistics enforcement qualification (统计执法资格, 统计执法证): the certificate a worker
 * earns by passing the enforcement qualification examination that 国统字〔2021〕85号 三（十三）
 * asks grassroots statisticians to sit ("督促指导基层统计人员参加统计执法资格考试").
 *
 * @param certificateNumber the certificate number (证件编号), stripped, not blank
 * @param issued            the day it was issued
 * @param expires           the last day it is valid; not before {@code issued}
 *
 * <p>Thread safety: immutable.
 */
public record EnforcementQualification(String certificateNumber, LocalDate issued, LocalDate expires) {

    /**
     * Checks the components.
     *
     * @param certificateNumber the certificate number (证件编号), stripped, not blank
     * @param issued the day it was issued
     * @param expires the last day it is valid; not before {@code issued}
     * @throws org.statsbase.core.error.StatsbaseException {@code SB-CORE-0901} blank number,
     *         {@code SB-CORE-0903} expiry before issue
     */
    public EnforcementQualification {
        certificateNumber = OrgChecks.text(certificateNumber, "统计执法证编号", "certificate number");
        Objects.requireNonNull(issued, "issued");
        OrgChecks.notBefore(expires, "有效期截止日", "expiry date", issued, "发证日期", "issue date");
    }

    /**
     * A qualification; see the components.
     *
     * @param certificateNumber the certificate number (证件编号), stripped, not blank
     * @param issued the day it was issued
     * @param expires the last day it is valid; not before {@code issued}
     * @return a qualification; see the components
     */
    public static EnforcementQualification of(String certificateNumber, LocalDate issued, LocalDate expires) {
        return new EnforcementQualification(certificateNumber, issued, expires);
    }

    /**
     * Whether the certificate is valid on {@code day} (issue and expiry day included).
     *
     * @param day the day asked about
     * @return whether the certificate is valid on {@code day} (issue and expiry day included)
     */
    public boolean isValidOn(LocalDate day) {
        Objects.requireNonNull(day, "day");
        return !day.isBefore(issued) && !day.isAfter(expires);
    }
}
