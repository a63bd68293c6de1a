package org.statsbase.archive.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.statsbase.core.code.InvalidCodeException;

/** Archival codes (档号) per DA/T 22-2015: 全宗号-门类代码·年度-保管期限-机构(问题)代码-件号. */
class ArchivalCodeTest {

    @Test
    void parsesTheStandardsShape() {
        ArchivalCode c = ArchivalCode.parse("Z109-WS·2024-Y-BGS-0001");
        assertThat(c.group().fonds()).isEqualTo("Z109");
        assertThat(c.group().classCode()).isEqualTo(ArchivalCode.DOCUMENTS);
        assertThat(c.group().year()).isEqualTo(2024);
        assertThat(c.group().retention()).isEqualTo(RetentionCode.Y);
        assertThat(c.group().organisation()).isEqualTo("BGS");
        assertThat(c.item()).isEqualTo(1);
        assertThat(c).hasToString("Z109-WS·2024-Y-BGS-0001");
        assertThat(c.group()).hasToString("Z109-WS·2024-Y-BGS");
    }

    @Test
    void theThreeRetentionCodes() {
        assertThat(ArchivalCode.parse("Z109-WS·2024-D30-BGS-0002").group().retention().period())
                .isEqualTo(RetentionPeriod.ofYears(30));
        assertThat(ArchivalCode.parse("Z109-WS·2024-D10-BGS-0002").group().retention().period())
                .isEqualTo(RetentionPeriod.ofYears(10));
        assertThat(ArchivalCode.parse("Z109-WS·2024-Y-BGS-0002").group().retention().period())
                .isEqualTo(RetentionPeriod.PERMANENT);
    }

    @Test
    void inputIsNormalisedFirst() {
        // full-width letters and digits, lower case, surrounding blanks
        assertThat(ArchivalCode.parse("  ｚ１０９-ws·２０２４-d10-bgs-０００７ ")).hasToString("Z109-WS·2024-D10-BGS-0007");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "''|EMPTY|0",
        "Z109-WS·2024-Y-BGS|STRUCTURE|1",
        "Z109-WS-2024-Y-BGS-0001|STRUCTURE|1",
        "Z109-WS2024-Y-BGS-0001|STRUCTURE|6",
        "Z10-WS·2024-Y-BGS-0001|BAD_FONDS|1",
        "Z109-W·2024-Y-BGS-0001|BAD_CLASS|6",
        "Z109-W1·2024-Y-BGS-0001|BAD_CLASS|6",
        "Z109-WS·24-Y-BGS-0001|BAD_YEAR|9",
        "Z109-WS·2024-D20-BGS-0001|BAD_RETENTION|14",
        "Z109-WS·2024-C-BGS-0001|BAD_RETENTION|14",
        "Z109-WS·2024-Y-B_S-0001|BAD_ORGANISATION|16",
        "Z109-WS·2024-Y-BGS-001|BAD_ITEM|20",
        "Z109-WS·2024-Y-BGS-0000|BAD_ITEM|20",
        "Z109-WS·2024-Y-BGS-00001|BAD_ITEM|20",
    })
    void namesTheReasonAndPosition(String text, ArchivalCode.Reason reason, int position) {
        var check = ArchivalCode.check(text);
        assertThat(check.isValid()).isFalse();
        assertThat(check.reason()).contains(reason);
        assertThat(check.position().orElse(0)).isEqualTo(position);
        assertThat(check.messageZh()).isNotBlank();
        assertThat(check.messageEn()).isNotBlank();
        assertThatThrownBy(() -> ArchivalCode.parse(text)).isInstanceOf(InvalidCodeException.class);
    }

    @Test
    void groupsNameTheItemNumbersTheyRunIn() {
        ArchivalGroup g = ArchivalGroup.of("z109", "ws", 2024, RetentionCode.D30, "bgs");
        assertThat(g.item(12)).hasToString("Z109-WS·2024-D30-BGS-0012");
        assertThat(g.item(12).next()).contains(g.item(13));
        assertThat(g.item(9999).next()).isEmpty();
        assertThatThrownBy(() -> g.item(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ArchivalGroup.of("Z1", "WS", 2024, RetentionCode.Y, "BGS"))
                .isInstanceOf(InvalidCodeException.class).hasMessageStartingWith("SB-ARC-0403");
    }

    @Test
    void retentionPeriodsParseAndOrder() {
        assertThat(RetentionPeriod.parse("permanent")).isEqualTo(RetentionPeriod.PERMANENT);
        assertThat(RetentionPeriod.parse("Y")).isEqualTo(RetentionPeriod.PERMANENT);
        assertThat(RetentionPeriod.parse("D30")).isEqualTo(RetentionPeriod.ofYears(30));
        assertThat(RetentionPeriod.parse("2")).isEqualTo(RetentionPeriod.ofYears(2));
        assertThat(RetentionPeriod.ofYears(2).isShorterThan(RetentionPeriod.ofYears(10))).isTrue();
        assertThat(RetentionPeriod.ofYears(100).isShorterThan(RetentionPeriod.PERMANENT)).isTrue();
        assertThatThrownBy(() -> RetentionPeriod.parse("0")).hasMessageStartingWith("SB-ARC-0104");
        assertThatThrownBy(() -> RetentionPeriod.parse("short")).hasMessageStartingWith("SB-ARC-0104");
    }

    @Test
    void identifiersAreSafeInPathsAndSubjects() {
        assertThat(RecordId.of(" r-2024.01_a ").value()).isEqualTo("r-2024.01_a");
        assertThatThrownBy(() -> RecordId.of("../etc")).hasMessageStartingWith("SB-ARC-0002");
        assertThatThrownBy(() -> RecordId.of("a/b")).hasMessageStartingWith("SB-ARC-0002");
        assertThatThrownBy(() -> RecordId.of("")).hasMessageStartingWith("SB-ARC-0002");
    }
}
