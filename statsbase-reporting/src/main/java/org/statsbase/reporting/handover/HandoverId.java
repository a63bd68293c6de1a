package org.statsbase.reporting.handover;

import java.util.Objects;
import org.statsbase.reporting.error.ReportingError;
import org.statsbase.reporting.error.ReportingException;

/**
 * Which handover (工作交接, 国统字〔2021〕85号 二（二）): the unit (or station) whose post is handed over and
 * the handover's number within it. Its trail subject is {@code handover/{unitId}/{id}}.
 *
 * @param unitId the unit whose statistician changes (for a township statistician: the station's id)
 * @param id     the handover's id within the unit
 *
 * <p>Thread safety: immutable.
 */
public record HandoverId(String unitId, String id) {

    /** The prefix of every handover subject. */
    public static final String SUBJECT_PREFIX = "handover/";

    /**
     * Validates the components.
     *
     * @param unitId the unit whose statistician changes (for a township statistician: the station's id)
     * @param id     the handover's id within the unit
     * @throws ReportingException {@code SB-REP-0002} when an id is blank, has a {@code /} or surrounding blanks
     */
    public HandoverId {
        unitId = checked(unitId, "unit id", "单位代码");
        id = checked(id, "handover id", "交接编号");
    }

    /**
     * The handover {@code id} of {@code unitId}.
     *
     * @param unitId the unit whose statistician changes (a township statistician: the station's id)
     * @param id     the handover's id within the unit
     * @return the handover id
     */
    public static HandoverId of(String unitId, String id) {
        return new HandoverId(unitId, id);
    }

    /**
     * The trail subject, {@code handover/{unitId}/{id}}.
     *
     * @return the trail subject, {@code handover/{unitId}/{id}}
     */
    public String subject() {
        return SUBJECT_PREFIX + unitId + "/" + id;
    }

    /** The subject prefix of every handover of {@code unitId}: {@code handover/{unitId}/}. */
    static String prefixOf(String unitId) {
        return SUBJECT_PREFIX + checkedUnitId(unitId) + "/";
    }

    /** {@code unitId}, checked as a unit id is in a subject. */
    static String checkedUnitId(String unitId) {
        return checked(unitId, "unit id", "单位代码");
    }

    /**
     * The id of a trail subject.
     *
     * @param subject a trail subject {@code handover/{unitId}/{id}}
     * @return the handover id it names
     * @throws ReportingException {@code SB-REP-0002} when the text is no handover subject
     */
    public static HandoverId parseSubject(String subject) {
        Objects.requireNonNull(subject, "subject");
        String[] parts = subject.split("/", -1);
        if (parts.length != 3 || !subject.startsWith(SUBJECT_PREFIX)) {
            throw new ReportingException(ReportingError.INVALID_ID, "handover subject", subject, "交接对象");
        }
        return new HandoverId(parts[1], parts[2]);
    }

    private static String checked(String value, String en, String zh) {
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
