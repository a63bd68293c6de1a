package org.statsbase.archive.integrity;

import java.util.Optional;
import org.statsbase.archive.record.RecordId;

/**
 * The security evidence a four-property check asks for (DA/T 70-2018 安全性): whether a record has an
 * operation log, and whether the log's chain is intact. {@code org.statsbase.archive.Archive} answers from the
 * trail of statsbase-trail.
 *
 * <p>Thread safety: implementations are safe for concurrent use.
 */
public interface OperationLog {

    /**
     * Whether the log records the filing of {@code id}.
     *
     * @param id the record's id
     * @return true when the log records the filing of {@code id}
     */
    boolean hasLog(RecordId id);

    /**
     * Why the log's chain is broken, or empty when it verifies.
     *
     * @return why the log's chain is broken, or empty when it verifies
     */
    Optional<String> brokenChain();
}
