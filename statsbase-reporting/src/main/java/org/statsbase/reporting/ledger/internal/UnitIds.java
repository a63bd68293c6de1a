package org.statsbase.reporting.ledger.internal;

import java.util.Objects;
import org.statsbase.reporting.error.ReportingError;
import org.statsbase.reporting.error.ReportingException;

/**
 * Unit ids as they appear in ledger subjects: non-blank, no "/", no surrounding blanks (the rule of
 * {@code SubmissionKey}).
 *
 * <p>Thread safety: stateless.
 */
public final class UnitIds {

    private UnitIds() {
    }

    /** The id, or {@code SB-REP-0002}. */
    public static String check(String unitId) {
        Objects.requireNonNull(unitId, "unitId");
        if (unitId.isBlank() || unitId.contains("/") || !unitId.strip().equals(unitId)
                || unitId.chars().anyMatch(Character::isISOControl)) {
            throw new ReportingException(ReportingError.INVALID_ID, "unit id", unitId, "单位代码");
        }
        return unitId;
    }
}
