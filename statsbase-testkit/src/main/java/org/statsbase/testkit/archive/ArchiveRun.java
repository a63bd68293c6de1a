package org.statsbase.testkit.archive;

import java.util.List;
import java.util.Objects;
import org.statsbase.archive.Archive;
import org.statsbase.archive.spi.ArchiveCatalog;
import org.statsbase.trail.Trail;

/**
 * A sequence of operations applied to a fresh in-memory {@link Archive} by {@link ArchiveRunner}: the archive (its
 * catalog, content store and trail), the clock at the end, each operation's outcome in order and a witness of every
 * successful execution.
 *
 * @param archive    the archive
 * @param clock      its clock
 * @param outcomes   one per operation, in order
 * @param executions one per successful execution, in order
 *
 * <p>Thread safety: the record is immutable; the archive is thread-safe.
 */
public record ArchiveRun(Archive archive, ManualClock clock, List<OperationOutcome> outcomes,
        List<ExecutionWitness> executions) {

    /**
     * Checks and copies.
     *
     * @param archive the archive
     * @param clock its clock
     * @param outcomes one per operation, in order
     * @param executions one per successful execution, in order
     */
    public ArchiveRun {
        Objects.requireNonNull(archive, "archive");
        Objects.requireNonNull(clock, "clock");
        outcomes = List.copyOf(outcomes);
        executions = List.copyOf(executions);
    }

    /**
     * The catalog.
     *
     * @return the archive's catalog after the run
     */
    public ArchiveCatalog catalog() {
        return archive.catalog();
    }

    /**
     * The trail.
     *
     * @return the archive's trail after the run
     */
    public Trail trail() {
        return archive.trail();
    }

    /**
     * How many operations were refused.
     *
     * @return the number of refused operations, at least 0
     */
    public long refusals() {
        return outcomes.stream().filter(OperationOutcome::refused).count();
    }
}
