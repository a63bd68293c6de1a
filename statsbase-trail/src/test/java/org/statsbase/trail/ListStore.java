package org.statsbase.trail;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.statsbase.trail.spi.EventStore;
import org.statsbase.trail.spi.StoredEvent;

/** A store whose events a test can change behind the trail's back, as an attacker with access to the storage could. */
final class ListStore implements EventStore {

    final List<StoredEvent> events = new ArrayList<>();

    @Override
    public synchronized void append(List<StoredEvent> batch) {
        events.addAll(batch);
    }

    @Override
    public synchronized Optional<StoredEvent> last() {
        return events.isEmpty() ? Optional.empty() : Optional.of(events.get(events.size() - 1));
    }

    @Override
    public void scan(long fromSequence, Predicate<StoredEvent> visitor) {
        for (StoredEvent e : List.copyOf(events)) {
            if (e.sequence() >= fromSequence && !visitor.test(e)) {
                return;
            }
        }
    }

    @Override
    public String describe() {
        return "list";
    }

    @Override
    public void close() {
    }
}
