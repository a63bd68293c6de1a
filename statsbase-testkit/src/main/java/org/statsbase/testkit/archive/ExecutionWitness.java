package org.statsbase.testkit.archive;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.statsbase.archive.record.ArchivedRecord;
import org.statsbase.archive.record.DestructionList;
import org.statsbase.core.org.PersonId;

/**
 * What a successful execution of a destruction list (档案法 2020 第二十一条) acted on, captured just before it ran: the
 * list as it stood (empty if it was never drawn up — which a correct archive never executes), its records as they
 * stood, the destruction date and the supervisors named.
 *
 * @param listBefore    the list before execution
 * @param recordsBefore its records before execution
 * @param date          the destruction date
 * @param supervisors   the supervisors named (duplicates kept)
 *
 * <p>Thread safety: immutable.
 */
public record ExecutionWitness(Optional<DestructionList> listBefore, List<ArchivedRecord> recordsBefore, LocalDate date,
        List<PersonId> supervisors) {

    /**
     * Checks and copies.
     *
     * @param listBefore the list before execution
     * @param recordsBefore its records before execution
     * @param date the destruction date
     * @param supervisors the supervisors named (duplicates kept)
     */
    public ExecutionWitness {
        Objects.requireNonNull(listBefore, "listBefore");
        recordsBefore = List.copyOf(recordsBefore);
        Objects.requireNonNull(date, "date");
        supervisors = List.copyOf(supervisors);
    }
}
