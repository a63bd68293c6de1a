package org.statsbase.archive.error;

import org.statsbase.core.error.ErrorCode;
import org.statsbase.core.error.StatsbaseException;

/**
 * A typed error of statsbase-archive: a refused disposal, a schedule that shortens a statutory minimum,
 * a malformed archival code or metadata, a store that fails.
 *
 * <p>Thread safety: immutable after construction.
 */
public class ArchiveException extends StatsbaseException {

    private static final long serialVersionUID = 1L;

    /**
     * @param code the stable code
     * @param args values for its placeholders
     */
    public ArchiveException(ErrorCode code, Object... args) {
        super(code, args);
    }

    /**
     * @param code  the stable code
     * @param cause the underlying cause
     * @param args  values for its placeholders
     */
    public ArchiveException(ErrorCode code, Throwable cause, Object... args) {
        super(code, cause, args);
    }
}
