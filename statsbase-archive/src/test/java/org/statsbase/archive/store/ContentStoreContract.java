package org.statsbase.archive.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.statsbase.archive.error.ArchiveException;
import org.statsbase.archive.integrity.Fixity;
import org.statsbase.archive.record.Digests;
import org.statsbase.archive.spi.ContentStore;

/** The {@link ContentStore} contract: every content store passes these by extending this class. */
abstract class ContentStoreContract {

    /** A new, empty store. */
    protected abstract ContentStore newStore();

    private ContentStore store;

    @BeforeEach
    void open() {
        store = newStore();
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    private static InputStream text(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void putReturnsTheDigestsOfTheContentAndOpenGivesItBack() throws IOException {
        Digests d = store.put(text("统计台账 2024"));
        assertThat(d).isEqualTo(Fixity.of("统计台账 2024".getBytes(StandardCharsets.UTF_8)));
        assertThat(store.exists(d)).isTrue();
        try (InputStream in = store.open(d)) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("统计台账 2024");
        }
    }

    @Test
    void theSameContentIsStoredOnce() {
        Digests a = store.put(text("same"));
        Digests b = store.put(text("same"));
        assertThat(a).isEqualTo(b);
        assertThat(store.delete(a)).isTrue();
        assertThat(store.exists(b)).isFalse();
    }

    @Test
    void emptyContentIsContent() {
        Digests d = store.put(text(""));
        assertThat(d.size()).isZero();
        assertThat(store.exists(d)).isTrue();
    }

    @Test
    void deletedContentIsGone() {
        Digests d = store.put(text("to be destroyed"));
        assertThat(store.delete(d)).isTrue();
        assertThat(store.exists(d)).isFalse();
        assertThat(store.delete(d)).isFalse();
        assertThatThrownBy(() -> store.open(d)).isInstanceOf(ArchiveException.class)
                .hasMessageStartingWith("SB-ARC-0601");
    }
}
