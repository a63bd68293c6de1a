package org.statsbase.core.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The shipped GB/T 4754-2017 table (sections and divisions) and checking codes against a
 * classification; names are hand-checked against the standard.
 */
class IndustryClassificationTest {

    private static final IndustryClassification SHIPPED = IndustryClassification.shipped();
    private static final IndustryClassification FULL =
            IndustryClassification.loadJson(SyntheticIndustryTables.stream(SyntheticIndustryTables.json()), "synthetic");

    // ---- self-check: every shipped record -----------------------------------------------------

    @Test
    void shippedHolds20SectionsAnd97DivisionsDownToDivisionLevel() {
        assertThat(SHIPPED.count(IndustryLevel.SECTION)).isEqualTo(20);
        assertThat(SHIPPED.count(IndustryLevel.DIVISION)).isEqualTo(97);
        assertThat(SHIPPED.count(IndustryLevel.GROUP)).isZero();
        assertThat(SHIPPED.count(IndustryLevel.CLASS)).isZero();
        assertThat(SHIPPED.size()).isEqualTo(117);
        assertThat(SHIPPED.depth()).isEqualTo(IndustryLevel.DIVISION);
        assertThat(SHIPPED.source()).endsWith("industry-sections-and-divisions-2017.json");
        assertThat(IndustryClassification.shipped()).isSameAs(SHIPPED);
    }

    @Test
    void everyShippedRecordHasANameAndSitsUnderItsSection() {
        for (IndustryEntry entry : SHIPPED.entries()) {
            assertThat(entry.nameZh()).as(entry.code().canonical()).isNotBlank().isEqualTo(entry.nameZh().strip());
            assertThat(SHIPPED.find(entry.code())).contains(entry);
            if (entry.level() == IndustryLevel.DIVISION) {
                int division = entry.code().divisionNumber().orElseThrow();
                assertThat(entry.code().section().containsDivision(division)).isTrue();
                assertThat(entry.parent()).contains(IndustryCode.of(entry.code().section()));
                assertThat(SHIPPED.children(entry.code())).isEmpty();
            } else {
                assertThat(entry.level()).isEqualTo(IndustryLevel.SECTION);
                assertThat(entry.parent()).isEmpty();
            }
        }
    }

    @Test
    void everySectionContainsExactlyItsDivisionsWithTheEnumsName() {
        for (IndustrySection section : IndustrySection.values()) {
            IndustryCode code = IndustryCode.of(section);
            assertThat(SHIPPED.find(code)).map(IndustryEntry::nameZh).contains(section.nameZh());
            List<Integer> divisions = SHIPPED.children(code).stream()
                    .map(e -> e.code().divisionNumber().orElseThrow()).toList();
            List<Integer> expected = new java.util.ArrayList<>();
            for (int d = section.firstDivision(); d <= section.lastDivision(); d++) {
                expected.add(d);
            }
            assertThat(divisions).as(section.name()).isEqualTo(expected);
        }
    }

    @Test
    void entriesAreInPreOrder() {
        List<IndustryEntry> entries = SHIPPED.entries();
        for (int i = 1; i < entries.size(); i++) {
            IndustryEntry previous = entries.get(i - 1);
            IndustryEntry entry = entries.get(i);
            assertThat(previous.code()).isLessThan(entry.code());
            if (entry.level() == IndustryLevel.DIVISION) {
                assertThat(entry.code().isWithin(previous.code().at(IndustryLevel.SECTION).orElseThrow())
                        || previous.level() == IndustryLevel.SECTION).isTrue();
            }
        }
    }

    @ParameterizedTest
    @CsvSource({
        "A, 农、林、牧、渔业",
        "05, 农、林、牧、渔专业及辅助性活动",
        "11, 开采专业及辅助性活动",
        "13, 农副食品加工业",
        "43, 金属制品、机械和设备修理业",
        "52, 零售业",
        "59, 装卸搬运和仓储业",
        "65, 软件和信息技术服务业",
        "70, 房地产业",
        "96, 基层群众自治组织及其他组织",
        "97, 国际组织",
    })
    void handCheckedNames(String code, String name) {
        assertThat(SHIPPED.find(IndustryCode.parse(code))).map(IndustryEntry::nameZh).contains(name);
    }

    // ---- checking against the shipped table ----------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"131", "1311", "C131", "C1311", "1399", " c139 "})
    void groupsAndClassesAreCheckedToTheirDivisionOnly(String input) {
        IndustryCheck check = SHIPPED.check(input);
        assertThat(check.isValid()).isTrue();
        assertThat(check.checkedTo()).isEqualTo(IndustryLevel.DIVISION);
        assertThat(check.entry()).isEmpty();
        assertThat(check.nameZh()).isEmpty();
        assertThat(check.nearestEntry()).map(e -> e.code().canonical()).contains("C13");
        assertThat(check.nearestEntry()).map(IndustryEntry::nameZh).contains("农副食品加工业");
        assertThat(check.code()).map(IndustryCode::canonical).contains(IndustryCode.parse(input).canonical());
    }

    @ParameterizedTest
    @CsvSource({
        "13, C13, DIVISION, 农副食品加工业",
        "C13, C13, DIVISION, 农副食品加工业",
        "c13, C13, DIVISION, 农副食品加工业",
        "C, C, SECTION, 制造业",
        "１３, C13, DIVISION, 农副食品加工业",
    })
    void sectionsAndDivisionsAreCheckedAtTheirOwnLevel(String input, String canonical, IndustryLevel level,
            String name) {
        IndustryCheck check = SHIPPED.check(input);
        assertThat(check.isValid()).isTrue();
        assertThat(check.code()).map(IndustryCode::canonical).contains(canonical);
        assertThat(check.checkedTo()).isEqualTo(level);
        assertThat(check.nameZh()).contains(name);
        assertThat(check.entry()).isEqualTo(check.nearestEntry());
        assertThat(check.reason()).isEmpty();
        assertThat(check.messageZh()).isEmpty();
        assertThat(check.orElseThrow().canonical()).isEqualTo(canonical);
    }

    @Test
    void malformedInputsKeepTheirIndustryCodeReasonAndNeverThrow() {
        IndustryCheck none = SHIPPED.check(null);
        assertThat(none.isValid()).isFalse();
        assertThat(none.reason()).contains(IndustryCode.Reason.EMPTY);
        assertThat(none.checkedTo()).isEqualTo(IndustryLevel.DIVISION);
        IndustryCheck mismatch = SHIPPED.check("A13");
        assertThat(mismatch.reason()).contains(IndustryCode.Reason.SECTION_MISMATCH);
        assertThat(mismatch.result()).hasToString(IndustryCode.check("A13").toString());
        assertThat(mismatch.codeCheck()).isEqualTo(IndustryCode.check("A13"));
        assertThat(mismatch.errorCode()).contains("SB-CORE-0506");
        assertThat(mismatch.messageEn()).isEqualTo(IndustryCode.check("A13").messageEn());
        assertThat(mismatch.entry()).isEmpty();
        assertThat(mismatch.nearestEntry()).isEmpty();
        assertThatThrownBy(mismatch::orElseThrow).isInstanceOf(InvalidCodeException.class);
    }

    // ---- checking against a full table ---------------------------------------------------------

    @Test
    void aFullTableChecksGroupsAndClassesAtTheirOwnLevel() {
        IndustryCheck group = FULL.check("131");
        assertThat(group.isValid()).isTrue();
        assertThat(group.checkedTo()).isEqualTo(IndustryLevel.GROUP);
        assertThat(group.nameZh()).contains("合成中类131");
        IndustryCheck cls = FULL.check("C1319");
        assertThat(cls.isValid()).isTrue();
        assertThat(cls.checkedTo()).isEqualTo(IndustryLevel.CLASS);
        assertThat(cls.nameZh()).contains("合成小类1319");
        assertThat(cls.entry()).isEqualTo(cls.nearestEntry());
        assertThat(FULL.check("13").checkedTo()).isEqualTo(IndustryLevel.DIVISION);
        assertThat(FULL.check("C").checkedTo()).isEqualTo(IndustryLevel.SECTION);
    }

    @Test
    void anUnknownClassInAFullTableIsInvalidWithItsOwnReason() {
        IndustryCheck check = FULL.check("1399");
        assertThat(check.isValid()).isFalse();
        assertThat(check.reason()).contains(IndustryCheck.Reason.UNKNOWN_CODE);
        assertThat(check.checkedTo()).isEqualTo(IndustryLevel.CLASS);
        assertThat(check.codeCheck().isValid()).isTrue();
        assertThat(check.code()).isEmpty();
        assertThat(check.entry()).isEmpty();
        assertThat(check.nearestEntry()).map(e -> e.code().canonical()).contains("C13");
        assertThat(check.errorCode()).contains("SB-CORE-0507");
        assertThat(check.messageZh()).contains("1399").contains("C1399").doesNotContain("{");
        assertThat(check.messageEn()).contains("C1399").doesNotContain("{");
        assertThatThrownBy(check::orElseThrow).isInstanceOfSatisfying(InvalidCodeException.class,
                e -> assertThat(e.reason()).isEqualTo(IndustryCheck.Reason.UNKNOWN_CODE));

        IndustryCheck group = FULL.check("C139");
        assertThat(group.reason()).contains(IndustryCheck.Reason.UNKNOWN_CODE);
        assertThat(group.checkedTo()).isEqualTo(IndustryLevel.GROUP);
        assertThat(SHIPPED.check("C139").isValid()).isTrue();
    }

    @Test
    void findAndChildren() {
        IndustryCode c13 = IndustryCode.parse("13");
        assertThat(FULL.children(c13)).extracting(e -> e.code().canonical()).containsExactly("C131");
        assertThat(FULL.children(IndustryCode.parse("131"))).extracting(e -> e.code().canonical())
                .containsExactly("C1311", "C1319");
        assertThat(FULL.children(IndustryCode.parse("1311"))).isEmpty();
        assertThat(FULL.find(IndustryCode.parse("1399"))).isEmpty();
        assertThat(FULL.find(IndustryCode.parse("1311"))).map(IndustryEntry::parent)
                .contains(java.util.Optional.of(IndustryCode.parse("131")));
        assertThat(SHIPPED.find(IndustryCode.parse("131"))).isEmpty();
        assertThat(FULL.entries(IndustryLevel.CLASS)).hasSize(194);
        assertThat(FULL.depth()).isEqualTo(IndustryLevel.CLASS);
        assertThat(FULL.toString()).contains("20 sections", "97 divisions", "97 groups", "194 classes");
    }

    @Test
    void entriesAreValuesAndRejectBlankNames() {
        IndustryCode c13 = IndustryCode.parse("13");
        assertThat(IndustryEntry.of(c13, "农副食品加工业")).isEqualTo(SHIPPED.find(c13).orElseThrow())
                .hasSameHashCodeAs(SHIPPED.find(c13).orElseThrow()).hasToString("C13 农副食品加工业");
        assertThat(IndustryEntry.of(c13, "x")).isNotEqualTo(IndustryEntry.of(c13, "y"));
        assertThatThrownBy(() -> IndustryEntry.of(c13, " ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> IndustryEntry.of(null, "x")).isInstanceOf(NullPointerException.class)
                .hasMessage("code");
    }
}
