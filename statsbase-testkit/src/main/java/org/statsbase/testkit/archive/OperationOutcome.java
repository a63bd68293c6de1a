package org.statsbase.testkit.archive;

import java.util.Objects;
import java.util.Optional;
import org.statsbase.archive.error.ArchiveException;

/**
 * What became of one operation of a run: refused (with the error), or done; and the trail's size before and after,
 * so that a property can find the events it wrote.
 *
 * @param operation   the operation
 * @param refusal     the refusal, if it was refused
 * @param trailBefore the trail's size before
 * @param trailAfter  the trail's size after
 *
 * <p>Thread safety: immutable (the exception is not modified).
 */
public record OperationOutcome(ArchiveOperation operation, Optional<ArchiveException> refusal, long trailBefore,
        long trailAfter) {

    /**
     * Checks for nulls.
     *
     * @param operation the operation
     * @param refusal the refusal, if it was refused
     * @param trailBefore the trail's size before
     * @param trailAfter the trail's size after
     */
    public OperationOutcome {
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(refusal, "refusal");
    }

    /**
     * Whether it was refused.
     *
     * @return {@code true} when the archive refused the operation
     */
    public boolean refused() {
        return refusal.isPresent();
    }
}
