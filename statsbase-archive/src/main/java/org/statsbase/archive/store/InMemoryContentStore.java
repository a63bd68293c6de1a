package org.statsbase.archive.store;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.statsbase.archive.error.ArchiveError;
import org.statsbase.archive.error.ArchiveException;
import org.statsbase.archive.integrity.Fixity;
import org.statsbase.archive.record.Digests;
import org.statsbase.archive.spi.ContentStore;

/**
 * A {@link ContentStore} in memory, for tests and short-lived tools: content-addressed by SHA-256, each
 * content kept once. Not durable.
 *
 * <p>Thread safety: safe for concurrent use.
 */
public final class InMemoryContentStore implements ContentStore {

    private final ConcurrentHashMap<Digests, byte[]> contents = new ConcurrentHashMap<>();

    private InMemoryContentStore() {
    }

    /**
     * An empty store.
     *
     * @return an empty store
     */
    public static InMemoryContentStore create() {
        return new InMemoryContentStore();
    }

    @Override
    public Digests put(InputStream in) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        Digests digests;
        try {
            digests = Fixity.copy(Objects.requireNonNull(in, "in"), buffer);
        } catch (UncheckedIOException e) {
            throw new ArchiveException(ArchiveError.CONTENT_STORE_FAILED, e, describe(), e.getCause().getMessage());
        }
        contents.putIfAbsent(digests, buffer.toByteArray());
        return digests;
    }

    @Override
    public InputStream open(Digests digests) {
        byte[] bytes = contents.get(Objects.requireNonNull(digests, "digests"));
        if (bytes == null) {
            throw new ArchiveException(ArchiveError.CONTENT_NOT_FOUND, digests.address());
        }
        return new ByteArrayInputStream(bytes);
    }

    @Override
    public boolean exists(Digests digests) {
        return contents.containsKey(Objects.requireNonNull(digests, "digests"));
    }

    @Override
    public boolean delete(Digests digests) {
        return contents.remove(Objects.requireNonNull(digests, "digests")) != null;
    }

    @Override
    public String describe() {
        return "memory";
    }

    @Override
    public void close() {
        // nothing to release
    }
}
