package org.statsbase.testkit.org;

import java.util.Objects;
import org.statsbase.core.org.InstitutionDirectory;
import org.statsbase.core.org.Transfer;

/**
 * A transfer together with the directory it is judged against (国统字〔2021〕85号 二（二）).
 *
 * @param directory the county tree
 * @param transfer  a transfer of a statistician of one of its township stations
 *
 * <p>Thread safety: immutable.
 */
public record TransferCase(InstitutionDirectory directory, Transfer transfer) {

    /**
     * Checks both are present.
     *
     * @param directory the county tree
     * @param transfer a transfer of a statistician of one of its township stations
     */
    public TransferCase {
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(transfer, "transfer");
    }
}
