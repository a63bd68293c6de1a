package org.statsbase.reporting.testing;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.statsbase.trail.spi.EventStore;
import org.statsbase.trail.spi.StoredEvent;

/** A store whose events a test can change behind the trail's back, as someone with access to the storage could. */
public final class TamperableStore implements EventStore {

    private final List<StoredEvent> events = new ArrayList<>();

    @Override
    public synchronized void append(List<StoredEvent> batch) {
        events.addAll(batch);
    }

    @Override
    public synchronized Optional<StoredEvent> last() {
        return events.isEmpty() ? Optional.empty() : Optional.of(events.get(events.size() - 1));
    }

    @Override
    public long lastSequence() {
        return last().map(StoredEvent::sequence).orElse(0L);
    }

    @Override
    public void scan(long fromSequence, Predicate<StoredEvent> visitor) {
        List<StoredEvent> copy;
        synchronized (this) {
            copy = List.copyOf(events);
        }
        for (StoredEvent e : copy) {
            if (e.sequence() >= fromSequence && !visitor.test(e)) {
                return;
            }
        }
    }

    /** Replaces the text {@code from} by {@code to} (same UTF-8 length) in the body of event {@code sequence}. */
    public synchronized void rewrite(long sequence, String from, String to) {
        byte[] f = from.getBytes(StandardCharsets.UTF_8);
        byte[] t = to.getBytes(StandardCharsets.UTF_8);
        if (f.length != t.length) {
            throw new IllegalArgumentException("same length only");
        }
        StoredEvent e = events.get((int) sequence - 1);
        byte[] body = e.body();
        for (int i = 0; i + f.length <= body.length; i++) {
            boolean match = true;
            for (int j = 0; j < f.length && match; j++) {
                match = body[i + j] == f[j];
            }
            if (match) {
                System.arraycopy(t, 0, body, i, t.length);
                events.set((int) sequence - 1, StoredEvent.of(e.sequence(), body, e.hash()));
                return;
            }
        }
        throw new IllegalArgumentException(from + " not in event " + sequence);
    }

    @Override
    public String describe() {
        return "tamperable list";
    }

    @Override
    public void close() {
    }
}
