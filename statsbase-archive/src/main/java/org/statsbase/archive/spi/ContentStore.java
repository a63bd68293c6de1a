package org.statsbase.archive.spi;

import java.io.InputStream;
import org.statsbase.archive.record.Digests;

/**
 * The content store SPI: content-addressed storage of records' bytes, addressed by {@link Digests}
 * (the SHA-256 hex is the address; the SM3 digest and the length are kept and checked too). Implementations:
 * {@code org.statsbase.archive.store.InMemoryContentStore} and a file-system store.
 *
 * <p>Contract:
 * <ul>
 *   <li>{@link #put} reads the stream to its end (without closing it), computes SHA-256 and SM3 in the same
 *       pass, and returns only when the content is durable; a reader never sees half-written content. Putting
 *       content already present stores it once and returns the same digests.</li>
 *   <li>{@link #open} returns a new stream over the stored bytes; the caller closes it. Absent content is
 *       {@code SB-ARC-0601}.</li>
 *   <li>{@link #delete} removes the bytes for destruction and returns whether anything was there. The archive
 *       deletes only content that no kept record references.</li>
 *   <li>I/O failures are {@code ArchiveException} {@code SB-ARC-0602}.</li>
 * </ul>
 *
 * <p>Thread safety: implementations are safe for concurrent use.
 */
public interface ContentStore extends AutoCloseable {

    /**
     * Stores the content read from {@code in}; returns its digests and length.
     *
     * @param in the content, read to its end; the caller closes it
     * @return the content's SHA-256 and SM3 digests and its length
     */
    Digests put(InputStream in);

    /**
     * A new stream over the content with these digests.
     *
     * @param digests the content's digests
     * @return a new stream over the content with these digests
     */
    InputStream open(Digests digests);

    /**
     * Whether content with these digests is stored.
     *
     * @param digests the content's digests
     * @return true when content with these digests is stored
     */
    boolean exists(Digests digests);

    /**
     * Deletes the content with these digests; whether it was stored.
     *
     * @param digests the content's digests
     * @return true when the content was stored (and is now deleted), false when there was none
     */
    boolean delete(Digests digests);

    /**
     * A description for messages (a directory, "memory").
     *
     * @return a description for messages (a directory, "memory")
     */
    String describe();

    /** Releases resources. */
    @Override
    void close();
}
