package org.statsbase.reporting.error;

import org.statsbase.core.error.ErrorCode;
import org.statsbase.core.error.StatsbaseException;

/**
 * A typed error of statsbase-reporting: a refused transition, a red line, a missing signature or
 * authorisation. The code names the rule that refused.
 *
 * <p>Thread safety: immutable after construction.
 */
public class ReportingException extends StatsbaseException {

    private static final long serialVersionUID = 1L;

    /**
     * @param code the stable code
     * @param args values for its placeholders
     */
    public ReportingException(ErrorCode code, Object... args) {
        super(code, args);
    }

    /**
     * @param code  the stable code
     * @param cause the underlying cause
     * @param args  values for its placeholders
     */
    public ReportingException(ErrorCode code, Throwable cause, Object... args) {
        super(code, cause, args);
    }
}
