package org.statsbase.trail.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.statsbase.trail.store.StoreFiles.chain;
import static org.statsbase.trail.store.StoreFiles.offsets;
import static org.statsbase.trail.store.StoreFiles.read;
import static org.statsbase.trail.store.StoreFiles.segment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.statsbase.trail.BrokenLink;
import org.statsbase.trail.Trail;
import org.statsbase.trail.Verification;
import org.statsbase.trail.error.TrailError;
import org.statsbase.trail.error.TrailException;
import org.statsbase.trail.spi.StoredEvent;

/**
 * Recovery drops only what a crash can leave unacknowledged — a torn last record — and reports
 * every other damage instead of dropping it.
 */
class FileEventStoreProperties {

    private static final Path TMP = tmp();

    private static Path tmp() {
        try {
            Path dir = Files.createTempDirectory("file-event-store-properties");
            dir.toFile().deleteOnExit(); // empty by then: every try deletes its own store
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Property(tries = 80)
    void aLastRecordTornAnywhereIsDroppedAndEverythingBeforeItStaysAndVerifies(
            @ForAll @IntRange(min = 1, max = 12) int n, @ForAll @IntRange(min = 0, max = 1_000_000) int where)
            throws IOException {
        List<StoredEvent> events = chain(n);
        long[] at = offsets(events);
        Path dir = StoreFiles.storeWith(TMP, events);
        try {
            long recordLength = at[n] - at[n - 1];
            long cut = at[n - 1] + 1 + where % (recordLength - 1);
            byte[] whole = Files.readAllBytes(segment(dir));
            Files.write(segment(dir), Arrays.copyOf(whole, (int) cut));

            try (FileEventStore store = FileEventStore.open(dir)) {
                assertThat(read(store)).containsExactlyElementsOf(events.subList(0, n - 1));
                Verification v = Trail.open(store).verify();
                assertThat(v.intact()).isTrue();
                assertThat(v.eventsChecked()).isEqualTo(n - 1);
                store.append(events.subList(n - 1, n));
            }
            try (FileEventStore store = FileEventStore.open(dir)) {
                assertThat(read(store)).containsExactlyElementsOf(events);
            }
        } finally {
            StoreFiles.deleteTree(dir);
        }
    }

    @Property(tries = 80)
    void aChangedByteBeforeTheLastRecordIsReportedNeverDropped(@ForAll @IntRange(min = 2, max = 12) int n,
            @ForAll @IntRange(min = 0, max = 1_000_000) int where, @ForAll @IntRange(min = 1, max = 255) int xor)
            throws IOException {
        List<StoredEvent> events = chain(n);
        long[] at = offsets(events);
        Path dir = StoreFiles.storeWith(TMP, events);
        try {
            int index = where % (n - 1);
            long recordLength = at[index + 1] - at[index];
            long offset = at[index] + (where / (n - 1)) % recordLength;
            byte[] bytes = Files.readAllBytes(segment(dir));
            bytes[(int) offset] ^= (byte) xor;
            Files.write(segment(dir), bytes);

            assertThatThrownBy(() -> FileEventStore.open(dir)).isInstanceOfSatisfying(TrailException.class,
                    e -> assertThat(e.errorCode()).isEqualTo(TrailError.FILE_STORE_CORRUPT));
            assertThat(Files.size(segment(dir))).isEqualTo(at[n]);

            try (FileEventStore store = FileEventStore.openReadOnly(dir)) {
                Verification v = Trail.open(store).verify();
                boolean checksumOnly = offset >= at[index + 1] - Segment.CRC_LENGTH;
                if (checksumOnly) {
                    assertThat(v.intact()).isTrue();
                } else {
                    assertThat(v.firstBrokenLink().map(BrokenLink::sequence)).contains(index + 1L);
                }
            }
        } finally {
            StoreFiles.deleteTree(dir);
        }
    }
}
