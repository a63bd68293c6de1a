package org.statsbase.archive.integrity;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The report of a four-property check (DA/T 70-2018 四性检测报告): when and on what occasion it ran, how many
 * records it checked, and every finding (none means passed).
 *
 * <p>Thread safety: immutable.
 */
public final class FourPropertyReport {

    private final Occasion occasion;
    private final Instant checkedAt;
    private final long recordsChecked;
    private final List<Finding> findings;

    private FourPropertyReport(Occasion occasion, Instant checkedAt, long recordsChecked, List<Finding> findings) {
        this.occasion = occasion;
        this.checkedAt = checkedAt;
        this.recordsChecked = recordsChecked;
        this.findings = findings;
    }

    /**
     * A report.
     *
     * @param occasion       archiving, transfer or on demand
     * @param checkedAt      when the check ran
     * @param recordsChecked how many records were checked
     * @param findings       every finding, in the order found
     * @return the report
     */
    public static FourPropertyReport of(Occasion occasion, Instant checkedAt, long recordsChecked, List<Finding> findings) {
        if (recordsChecked < 0) {
            throw new IllegalArgumentException("recordsChecked must be >= 0");
        }
        return new FourPropertyReport(Objects.requireNonNull(occasion, "occasion"),
                Objects.requireNonNull(checkedAt, "checkedAt"), recordsChecked, List.copyOf(findings));
    }

    /**
     * The occasion.
     *
     * @return archiving, transfer or on demand
     */
    public Occasion occasion() {
        return occasion;
    }

    /**
     * When the check ran.
     *
     * @return when the check ran
     */
    public Instant checkedAt() {
        return checkedAt;
    }

    /**
     * How many records were checked.
     *
     * @return how many records were checked
     */
    public long recordsChecked() {
        return recordsChecked;
    }

    /**
     * Every finding, in the order found.
     *
     * @return every finding, in the order found; empty when the check passed
     */
    public List<Finding> findings() {
        return findings;
    }

    /**
     * The findings against one property.
     *
     * @param property authenticity, integrity, usability or security
     * @return the findings against it, in the order found; empty when there is none
     */
    public List<Finding> findings(Property property) {
        return findings.stream().filter(f -> f.property() == property).toList();
    }

    /**
     * The findings about one subject (a record id, a group, {@code trail}).
     *
     * @param subject a record id, an archival group or {@code trail}
     * @return the findings about it, in the order found; empty when there is none
     */
    public List<Finding> findingsAbout(String subject) {
        return findings.stream().filter(f -> f.subject().equals(subject)).toList();
    }

    /**
     * Whether the check found nothing.
     *
     * @return true when the check found nothing
     */
    public boolean passed() {
        return findings.isEmpty();
    }

    /**
     * Whether a property has no finding.
     *
     * @param property authenticity, integrity, usability or security
     * @return true when the property has no finding
     */
    public boolean passed(Property property) {
        return findings(property).isEmpty();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FourPropertyReport r && occasion == r.occasion && checkedAt.equals(r.checkedAt)
                && recordsChecked == r.recordsChecked && findings.equals(r.findings);
    }

    @Override
    public int hashCode() {
        return Objects.hash(occasion, checkedAt, recordsChecked, findings);
    }

    @Override
    public String toString() {
        return "FourPropertyReport[" + occasion + ", " + recordsChecked + " records, " + findings.size() + " findings]";
    }
}
