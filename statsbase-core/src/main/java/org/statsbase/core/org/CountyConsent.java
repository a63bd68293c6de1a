package org.statsbase.core.org;

import java.time.LocalDate;
import java.util.Objects;
import org.statsbase.core.org.internal.OrgChecks;

/**
 * The recorded consent of a county statistics bureau to a township statistician's transfer:
 * 国统字〔2021〕85号 二（二）"乡镇统计人员的调动，应当征得县级人民政府统计机构的同意". Who gave it
 * (the body and the person who signed for it) and when.
 *
 * @param body       the institution that consented; {@link TransferRules} checks it is the county
 *                   bureau of the statistician's township
 * @param approvedBy the person who signed for the body, stripped, not blank
 * @param date       the day consent was given
 *
 * <p>Thread safety: immutable.
 */
public record CountyConsent(InstitutionId body, String approvedBy, LocalDate date) {

    /**
     * Checks the components.
     *
     * @param body the institution that consented; {@link TransferRules} checks it is the county bureau of the
     *             statistician's township
     * @param approvedBy the person who signed for the body, stripped, not blank
     * @param date the day consent was given
     * @throws org.statsbase.core.error.StatsbaseException {@code SB-CORE-0901} blank approver
     */
    public CountyConsent {
        Objects.requireNonNull(body, "body");
        approvedBy = OrgChecks.text(approvedBy, "同意人", "approved by");
        Objects.requireNonNull(date, "date");
    }

    /**
     * A consent; see the components.
     *
     * @param body the institution that consented; {@link TransferRules} checks it is the county bureau of the
     *             statistician's township
     * @param approvedBy the person who signed for the body, stripped, not blank
     * @param date the day consent was given
     * @return a consent; see the components
     */
    public static CountyConsent of(InstitutionId body, String approvedBy, LocalDate date) {
        return new CountyConsent(body, approvedBy, date);
    }
}
