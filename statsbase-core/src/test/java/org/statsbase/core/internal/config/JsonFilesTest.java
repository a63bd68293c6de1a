package org.statsbase.core.internal.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.statsbase.core.error.DataFileException;
import org.statsbase.core.org.StaffingRatios;
import org.statsbase.core.unit.EnterpriseSizeClassifier;

/** Every JSON file statsbase reads is read strictly, by the one reader all loaders share. */
class JsonFilesTest {

    private static ByteArrayInputStream json(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void repeatedKeysAndTrailingContentMakeAFileUnreadable() {
        assertThatThrownBy(() -> JsonFiles.read("dup.json", json("{\"a\": 1, \"a\": 2}")))
                .isInstanceOfSatisfying(DataFileException.class, e -> assertThat(e.code()).isEqualTo("SB-CORE-0001"));
        assertThatThrownBy(() -> JsonFiles.read("trail.json", json("{\"a\": 1} {\"b\": 2}")))
                .isInstanceOf(DataFileException.class);
        assertThat(JsonFiles.read("empty.json", json("")).isMissingNode()).isTrue();
        assertThat(JsonFiles.read("float.json", json("{\"x\": 0.1}")).get("x").decimalValue()).isEqualByComparingTo("0.1");
    }

    /** Found by fuzzing (issue 8): Jackson threw a raw NumberFormatException for such a number. */
    @Test
    void aNumberNoBigDecimalHoldsMakesAFileUnreadable() {
        String e = "1e3" + "9".repeat(40);
        assertThatThrownBy(() -> JsonFiles.read("big.json", json("{\"x\": " + e + "}")))
                .isInstanceOfSatisfying(DataFileException.class, x -> assertThat(x.code()).isEqualTo("SB-CORE-0001"));
        assertThatThrownBy(() -> JsonFiles.read("big.json", json("[" + e + "]")))
                .isInstanceOf(DataFileException.class);
    }

    @Test
    void loadersRefuseAValidFileFollowedByMore() throws IOException {
        byte[] size = resource("/org/statsbase/core/unit/enterprise-size-2017.json");
        assertThat(EnterpriseSizeClassifier.load(new ByteArrayInputStream(size), "size.json").rows()).isNotEmpty();
        assertThatThrownBy(() -> EnterpriseSizeClassifier.load(withTrailing(size), "size.json"))
                .isInstanceOf(DataFileException.class);

        byte[] ratios = resource("/org/statsbase/core/org/staffing-defaults.json");
        assertThat(StaffingRatios.read(new ByteArrayInputStream(ratios), "ratios.json")).isNotNull();
        assertThatThrownBy(() -> StaffingRatios.read(withTrailing(ratios), "ratios.json"))
                .isInstanceOf(DataFileException.class);
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = JsonFilesTest.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        }
    }

    private static ByteArrayInputStream withTrailing(byte[] valid) {
        byte[] more = " {}".getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[valid.length + more.length];
        System.arraycopy(valid, 0, all, 0, valid.length);
        System.arraycopy(more, 0, all, valid.length, more.length);
        return new ByteArrayInputStream(all);
    }
}
