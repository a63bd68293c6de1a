package org.statsbase.archive.transfer;

import java.util.Objects;
import org.statsbase.archive.record.ArchivedRecord;
import org.statsbase.archive.record.Digests;

/**
 * One record in a transfer manifest: the record (metadata and digests, as the archive described it) and the
 * path of its content inside the package.
 *
 * @param record the record as transferred
 * @param path   the content's path in the package, for example {@code content/r-1.pdf}
 *
 * <p>Thread safety: immutable.
 */
public record ManifestEntry(ArchivedRecord record, String path) {

    /**
     * Checks for nulls.
     *
     * @param record the record as transferred
     * @param path   the content's path in the package, for example {@code content/r-1.pdf}
     */
    public ManifestEntry {
        Objects.requireNonNull(record, "record");
        Objects.requireNonNull(path, "path");
    }

    /**
     * The digests the content must have.
     *
     * @return the digests the content must have
     */
    public Digests digests() {
        return record.digests();
    }
}
