package org.statsbase.archive.transfer;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The manifest of a transfer package (移交清单): its id, when it was made, by whom, and one entry per record
 * with the record's DA/T 46 metadata and SHA-256/SM3 digests, so the receiving archive can check every file
 * (DA/T 70-2018 at transfer).
 *
 * @param packageId the package id
 * @param created   when it was written
 * @param createdBy who wrote it
 * @param entries   the records, in package order
 *
 * <p>Thread safety: immutable.
 */
public record TransferManifest(String packageId, Instant created, String createdBy, List<ManifestEntry> entries) {

    /** The manifest's format name, written into the file. */
    public static final String FORMAT = "statsbase-archive-transfer/1";

    /**
     * Copies the entries.
     *
     * @param packageId the package id
     * @param created   when it was written
     * @param createdBy who wrote it
     * @param entries   the records, in package order
     */
    public TransferManifest {
        Objects.requireNonNull(packageId, "packageId");
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(createdBy, "createdBy");
        entries = List.copyOf(entries);
    }
}
