package org.statsbase.confidentiality.error;

import org.statsbase.core.error.ErrorCode;
import org.statsbase.core.error.StatsbaseException;

/**
 * A typed error of statsbase-confidentiality: a malformed classification rule, an invalid subject or
 * resource, a table or sensitivity rule that cannot be used.
 *
 * <p>Thread safety: immutable after construction.
 */
public class ConfidentialityException extends StatsbaseException {

    private static final long serialVersionUID = 1L;

    /**
     * @param code the stable code
     * @param args values for its placeholders
     */
    public ConfidentialityException(ErrorCode code, Object... args) {
        super(code, args);
    }

    /**
     * @param code  the stable code
     * @param cause the underlying cause
     * @param args  values for its placeholders
     */
    public ConfidentialityException(ErrorCode code, Throwable cause, Object... args) {
        super(code, cause, args);
    }
}
