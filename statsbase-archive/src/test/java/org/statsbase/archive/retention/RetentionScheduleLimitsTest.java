package org.statsbase.archive.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.statsbase.archive.error.ArchiveException;
import org.statsbase.archive.record.RecordClass;
import org.statsbase.core.io.InputLimits;

/** Retention schedules read under an {@link InputLimits}: lowered, SB-ARC-0801 naming the file; raised, read. */
class RetentionScheduleLimitsTest {

    private static final String SCHEDULE = """
            {"name": "江北区统计局保管期限表", "date": "2026-01-01",
             "classes": [{"class": "enforcement-case", "retention": "30",
                          "counting": {"event": "case-closed", "from": "next-year"}}]}
            """;

    private static InputStream in(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aScheduleLargerThanTheLimitIsRefusedAndReadOnceRaised(@TempDir Path dir) throws Exception {
        int size = SCHEDULE.getBytes(StandardCharsets.UTF_8).length;
        ArchiveException e = catchThrowableOfType(ArchiveException.class, () -> RetentionSchedule.parse(in(SCHEDULE),
                "schedule.json", InputLimits.configuration().withMaxInputBytes(size - 1)));
        assertThat(e.code()).isEqualTo("SB-ARC-0801");
        assertThat(e.messageEn()).contains("schedule.json", "SB-CORE-1201", "limit of " + (size - 1) + " bytes");
        assertThat(RetentionSchedule.parse(in(SCHEDULE), "schedule.json",
                InputLimits.configuration().withMaxInputBytes(size)).name()).isEqualTo("江北区统计局保管期限表");
        Path file = Files.writeString(dir.resolve("schedule.json"), SCHEDULE);
        assertThat(catchThrowableOfType(ArchiveException.class, () -> RetentionSchedule.load(file,
                InputLimits.configuration().withMaxInputBytes(10))).code()).isEqualTo("SB-ARC-0801");
        assertThat(RetentionSchedule.load(file).retentionOf(RecordClass.of("enforcement-case"))).isPresent();
    }

    @Test
    void aScheduleDeeperThanTheLimitIsRefused() {
        // root object, classes array, class object, counting object: four levels
        ArchiveException e = catchThrowableOfType(ArchiveException.class, () -> RetentionSchedule.parse(in(SCHEDULE),
                "schedule.json", InputLimits.configuration().withMaxNestingDepth(3)));
        assertThat(e.code()).isEqualTo("SB-ARC-0801");
        assertThat(e.messageEn()).contains("max_nesting_depth");
        assertThat(RetentionSchedule.parse(in(SCHEDULE), "schedule.json",
                InputLimits.configuration().withMaxNestingDepth(4)).name()).isEqualTo("江北区统计局保管期限表");
    }

    @Test
    void aStringLongerThanTheLimitIsRefused() {
        // the longest string is the name, 11 characters
        ArchiveException e = catchThrowableOfType(ArchiveException.class, () -> RetentionSchedule.parse(in(SCHEDULE),
                "schedule.json", InputLimits.configuration().withMaxStringLength(10)));
        assertThat(e.code()).isEqualTo("SB-ARC-0801");
        assertThat(RetentionSchedule.parse(in(SCHEDULE), "schedule.json",
                InputLimits.configuration().withMaxStringLength(16)).name()).isEqualTo("江北区统计局保管期限表");
    }
}
