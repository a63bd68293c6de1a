package org.statsbase.reporting;

import java.util.Objects;
import org.statsbase.core.period.ReportingPeriod;
import org.statsbase.reporting.error.ReportingError;
import org.statsbase.reporting.error.ReportingException;

/**
 * What one submission is of: a unit's form (表号) for a reporting period. Its trail subject is
 * {@code submission/{unit}/{form}/{period}}.
 *
 * @param unitId the unit's id in the register
 * @param formId the form id, for example {@code B204-1}
 * @param period the reporting period
 *
 * <p>Thread safety: immutable.
 */
public record SubmissionKey(String unitId, String formId, ReportingPeriod period) {

    /** The prefix of every submission subject. */
    public static final String SUBJECT_PREFIX = "submission/";

    /**
     * Validates the components.
     *
     * @param unitId the unit's id in the register
     * @param formId the form id, for example {@code B204-1}
     * @param period the reporting period
     * @throws ReportingException {@code SB-REP-0002} when an id is blank, has a {@code /} or surrounding blanks
     */
    public SubmissionKey {
        unitId = id(unitId, "unit id", "单位代码");
        formId = id(formId, "form id", "表号");
        Objects.requireNonNull(period, "period");
    }

    /**
     * The key of {@code unitId}'s {@code formId} for {@code period}.
     *
     * @param unitId the unit's id in the register
     * @param formId the form id, for example {@code B204-1}
     * @param period the reporting period
     * @return the key
     */
    public static SubmissionKey of(String unitId, String formId, ReportingPeriod period) {
        return new SubmissionKey(unitId, formId, period);
    }

    /**
     * The trail subject, {@code submission/{unit}/{form}/{period}}.
     *
     * @return the trail subject, {@code submission/{unit}/{form}/{period}}
     */
    public String subject() {
        return SUBJECT_PREFIX + unitId + "/" + formId + "/" + period;
    }

    /**
     * The key of a trail subject.
     *
     * @param subject a trail subject {@code submission/{unit}/{form}/{period}}
     * @return the key it names
     * @throws ReportingException {@code SB-REP-0001} when the text is not a submission subject
     */
    public static SubmissionKey parseSubject(String subject) {
        Objects.requireNonNull(subject, "subject");
        String[] parts = subject.split("/", -1);
        if (parts.length != 4 || !subject.startsWith(SUBJECT_PREFIX)) {
            throw new ReportingException(ReportingError.MALFORMED_SUBJECT, subject);
        }
        try {
            return new SubmissionKey(parts[1], parts[2], ReportingPeriod.parse(parts[3]));
        } catch (RuntimeException e) {
            throw new ReportingException(ReportingError.MALFORMED_SUBJECT, e, subject);
        }
    }

    private static String id(String value, String en, String zh) {
        Objects.requireNonNull(value, en);
        if (value.isBlank() || value.indexOf('/') >= 0 || !value.strip().equals(value)) {
            throw new ReportingException(ReportingError.INVALID_ID, en, value, zh);
        }
        return value;
    }

    @Override
    public String toString() {
        return subject();
    }
}
