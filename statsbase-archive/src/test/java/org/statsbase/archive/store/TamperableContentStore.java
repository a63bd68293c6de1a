package org.statsbase.archive.store;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.statsbase.archive.record.Digests;
import org.statsbase.archive.spi.ContentStore;

/** An in-memory content store whose stored bytes a test can alter behind the store's back (bit rot, tampering). */
public final class TamperableContentStore implements ContentStore {

    private final InMemoryContentStore store = InMemoryContentStore.create();
    private final Map<Digests, byte[]> altered = new ConcurrentHashMap<>();

    /** Serves {@code bytes} for {@code digests} from now on, without changing the address. */
    public void tamper(Digests digests, byte[] bytes) {
        if (store.exists(digests)) {
            altered.put(digests, bytes.clone());
        }
    }

    @Override
    public Digests put(InputStream in) {
        return store.put(in);
    }

    @Override
    public InputStream open(Digests digests) {
        byte[] bytes = altered.get(digests);
        return bytes != null && store.exists(digests) ? new ByteArrayInputStream(bytes) : store.open(digests);
    }

    @Override
    public boolean exists(Digests digests) {
        return store.exists(digests);
    }

    @Override
    public boolean delete(Digests digests) {
        altered.remove(digests);
        return store.delete(digests);
    }

    @Override
    public String describe() {
        return "tamperable memory";
    }

    @Override
    public void close() {
        store.close();
    }
}
