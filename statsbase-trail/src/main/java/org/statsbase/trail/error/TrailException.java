package org.statsbase.trail.error;

import org.statsbase.core.error.ErrorCode;
import org.statsbase.core.error.StatsbaseException;

/**
 * A typed error of statsbase-trail: a refused event, a store that cannot append or read, a chain
 * that does not match the trail's configuration.
 *
 * <p>Thread safety: immutable after construction.
 */
public class TrailException extends StatsbaseException {

    private static final long serialVersionUID = 1L;

    /**
     * @param code the stable code
     * @param args values for its placeholders
     */
    public TrailException(ErrorCode code, Object... args) {
        super(code, args);
    }

    /**
     * @param code  the stable code
     * @param cause the underlying cause
     * @param args  values for its placeholders
     */
    public TrailException(ErrorCode code, Throwable cause, Object... args) {
        super(code, cause, args);
    }
}
