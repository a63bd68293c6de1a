package org.statsbase.testkit.trail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.constraints.Size;
import org.statsbase.trail.EventDraft;
import org.statsbase.trail.HashAlgorithm;
import org.statsbase.trail.Trail;
import org.statsbase.trail.TrailEvent;
import org.statsbase.trail.error.TrailException;
import org.statsbase.trail.store.InMemoryEventStore;

/** The trail keeps every event exactly as drafted, and refuses what it could not keep exactly. */
class TrailProperties {

    private static Trail trail(HashAlgorithm algorithm) {
        return Trail.open(InMemoryEventStore.create(), algorithm,
                Clock.fixed(Instant.parse("2026-11-27T00:00:00Z"), ZoneOffset.UTC));
    }

    @Property(tries = 150)
    void everyAppendedEventReadsBackAsDraftedAndTheChainVerifies(@ForAll @Size(max = 12) List<EventDraft> drafts,
            @ForAll HashAlgorithm algorithm) {
        Trail trail = trail(algorithm);
        List<TrailEvent> acknowledged = new ArrayList<>();
        drafts.forEach(d -> acknowledged.add(trail.append(d)));
        List<TrailEvent> read = trail.events();
        assertThat(read).containsExactlyElementsOf(acknowledged);
        assertThat(read).extracting(TrailEvent::draft).containsExactlyElementsOf(drafts);
        assertThat(trail.verify(trail.head()).intact()).isTrue();
    }

    @Property(tries = 150)
    void theHashDoesNotDependOnTheOrderPayloadEntriesWereAdded(@ForAll EventDraft draft) {
        List<Map.Entry<String, String>> entries = new ArrayList<>(draft.payload().entrySet());
        Collections.reverse(entries);
        EventDraft reordered = EventDraft.of(draft.actor(), draft.role(), draft.action(), draft.subject());
        Map<String, String> reversed = new LinkedHashMap<>();
        entries.forEach(e -> reversed.put(e.getKey(), e.getValue()));
        reordered = reordered.withPayload(reversed);
        if (draft.outcome() != reordered.outcome()) {
            reordered = reordered.refused(draft.payload().get("error"));
        }
        assertThat(trail(HashAlgorithm.SHA_256).append(reordered).hash())
                .isEqualTo(trail(HashAlgorithm.SHA_256).append(draft).hash());
    }

    @Provide
    Arbitrary<String> hostile() {
        return EventDrafts.hostileFields();
    }

    @Property(tries = 200)
    void hostileFieldsAreRefusedWithATypedError(@ForAll("hostile") String text, @ForAll EventDraft draft) {
        assertThatThrownBy(() -> EventDraft.of(text, "R", "a", "s")).isInstanceOf(TrailException.class);
        assertThatThrownBy(() -> EventDraft.of("a", "R", text, "s")).isInstanceOf(TrailException.class);
        assertThatThrownBy(() -> draft.with(text, "v")).isInstanceOf(TrailException.class);
    }
}
