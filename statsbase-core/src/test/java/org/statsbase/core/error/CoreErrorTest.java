package org.statsbase.core.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.statsbase.core.code.DivisionCode;
import org.statsbase.core.code.UrbanRuralCode;
import org.statsbase.core.org.PlacementReason;
import org.statsbase.core.org.StaffingFindingKind;
import org.statsbase.core.org.TransferRefusalReason;
import org.statsbase.core.unit.AboveScaleException;
import org.statsbase.core.unit.SizeClassificationException;

/** Every constant of {@link CoreError}: a unique code in its area's block, and usable templates. */
class CoreErrorTest {

    /**
     * The block of each area, as the Javadoc of {@link CoreError} allocates them, by the prefix of
     * the constant's name (first match wins, so the unit tables' {@code UNIT_TABLE_} precedes the
     * units' {@code UNIT_}).
     */
    private static final Map<String, String> BLOCK_BY_PREFIX = blocks(
            "DATA_", "00",
            "USCC_", "01",
            "ORGANIZATION_", "02",
            "DIVISION_", "03",
            "URBAN_RURAL_", "04",
            "INDUSTRY_", "05",
            "UNIT_TABLE_", "07",
            "UNIT_", "06",
            "REGISTER_", "06",
            "NOT_IN_REGISTER", "06",
            "SIZE_", "07",
            "ABOVE_SCALE_", "08",
            "ORG_", "09",
            "PERIOD_", "10",
            "FREQUENCY_", "10",
            "DEADLINE_", "10",
            "CONFIG_", "10",
            "FORM_", "11",
            "INPUT_", "12");

    private static final List<CoreError> ALL = List.of(CoreError.values());

    private static Map<String, String> blocks(String... prefixAndBlock) {
        Map<String, String> blocks = new LinkedHashMap<>();
        for (int i = 0; i < prefixAndBlock.length; i += 2) {
            blocks.put(prefixAndBlock[i], prefixAndBlock[i + 1]);
        }
        return blocks;
    }

    private static String blockOf(CoreError error) {
        return BLOCK_BY_PREFIX.entrySet().stream().filter(e -> error.name().startsWith(e.getKey()))
                .map(Map.Entry::getValue).findFirst()
                .orElseThrow(() -> new AssertionError(error.name() + " has no area: add its prefix to the test"));
    }

    @Test
    void codesAreUniqueAndWellFormed() {
        assertThat(ALL).allSatisfy(e -> assertThat(e.code()).as(e.name()).matches("SB-CORE-\\d{4}"));
        assertThat(ALL.stream().map(CoreError::code)).doesNotHaveDuplicates();
    }

    @Test
    void everyCodeLiesInTheBlockOfItsArea() {
        assertThat(ALL).allSatisfy(e -> assertThat(e.code()).as(e.name()).startsWith("SB-CORE-" + blockOf(e)));
    }

    @Test
    void everyBlockOfTheJavadocHasCodes() {
        assertThat(ALL.stream().map(CoreErrorTest::blockOf).distinct())
                .containsExactlyInAnyOrder("00", "01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12");
        assertThat(ALL.stream().filter(e -> e.code().matches("SB-CORE-0[678]\\d\\d"))).hasSizeGreaterThan(25);
    }

    @Test
    void everyTemplateIsNonBlankInBothLanguages() {
        assertThat(ALL).allSatisfy(e -> {
            assertThat(e.templateZh()).as(e.name()).isNotBlank();
            assertThat(e.templateEn()).as(e.name()).isNotBlank();
        });
    }

    /** Five arguments fill every template; the 09xx templates (institutions, staff) take up to eight. */
    @Test
    void everyTemplateIsFilledByItsArguments() {
        Object[] five = {"a", "b", "c", "d", "e"};
        Object[] eight = {"a", "b", "c", "d", "e", "f", "g", "h"};
        assertThat(ALL).allSatisfy(e -> {
            Object[] args = blockOf(e).equals("09") ? eight : five;
            assertThat(e.formatZh(args)).as(e.name()).doesNotContainPattern("\\{\\d+\\}");
            assertThat(e.formatEn(args)).as(e.name()).doesNotContainPattern("\\{\\d+\\}");
        });
    }

    @Test
    void everyReasonHasItsOwnCodeInItsBlock() {
        assertThat(Arrays.stream(DivisionCode.Reason.values()).map(DivisionCode.Reason::error))
                .doesNotHaveDuplicates();
        assertThat(Arrays.stream(UrbanRuralCode.Reason.values()).map(UrbanRuralCode.Reason::error))
                .doesNotHaveDuplicates();
        assertThat(Arrays.stream(SizeClassificationException.Reason.values())
                .map(SizeClassificationException.Reason::error))
                .doesNotHaveDuplicates().allSatisfy(c -> assertThat(c.code()).startsWith("SB-CORE-07"));
        assertThat(Arrays.stream(AboveScaleException.Reason.values()).map(AboveScaleException.Reason::error))
                .doesNotHaveDuplicates().allSatisfy(c -> assertThat(c.code()).startsWith("SB-CORE-08"));
        assertThat(Arrays.stream(PlacementReason.values()).map(PlacementReason::error)).doesNotHaveDuplicates();
        assertThat(Arrays.stream(TransferRefusalReason.values()).map(TransferRefusalReason::error))
                .doesNotHaveDuplicates();
        assertThat(Arrays.stream(StaffingFindingKind.values()).map(StaffingFindingKind::code)).doesNotHaveDuplicates();
    }
}
