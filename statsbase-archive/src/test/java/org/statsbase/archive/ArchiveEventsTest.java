package org.statsbase.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.statsbase.archive.record.DestructionListId;
import org.statsbase.archive.record.RecordId;

/** The trail vocabulary: actions under {@code archive.}, distinct payload keys, the subjects. */
class ArchiveEventsTest {

    @Test
    void actionsAndKeysAreDistinct() throws IllegalAccessException {
        Set<String> actions = new HashSet<>();
        Set<String> keys = new HashSet<>();
        for (Field f : ArchiveEvents.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) {
                String v = (String) f.get(null);
                if (v.startsWith("archive.")) {
                    assertThat(actions.add(v)).as(f.getName()).isTrue();
                } else if (!v.startsWith("archive/")) {
                    assertThat(v).matches("[a-z0-9_]+");
                    assertThat(keys.add(v)).as(f.getName()).isTrue();
                }
            }
        }
        assertThat(actions).hasSizeGreaterThanOrEqualTo(12);
        assertThat(keys).doesNotContain("error");
    }

    @Test
    void subjects() {
        assertThat(ArchiveEvents.recordSubject(RecordId.of("ledger-2024-05"))).isEqualTo("archive/ledger-2024-05");
        assertThat(ArchiveEvents.listSubject(DestructionListId.of("XH-2027-01"))).isEqualTo("archive/list/XH-2027-01");
    }
}
