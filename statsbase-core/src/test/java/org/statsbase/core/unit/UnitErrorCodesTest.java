package org.statsbase.core.unit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.statsbase.core.error.CoreError;

/** The error codes of blocks 06xx (units, register), 07xx (enterprise size, unit tables), 08xx (四上). */
class UnitErrorCodesTest {

    private static final List<CoreError> OURS = Arrays.stream(CoreError.values())
            .filter(e -> e.code().matches("SB-CORE-0[678]\\d\\d")).toList();

    @Test
    void codesLieInTheirBlocksAndAreUnique() {
        assertThat(OURS).hasSizeGreaterThan(25);
        assertThat(OURS).allSatisfy(e -> {
            String block = e.name().startsWith("UNIT_TABLE_") || e.name().startsWith("SIZE_") ? "07"
                    : e.name().startsWith("ABOVE_SCALE_") ? "08" : "06";
            assertThat(e.code()).as(e.name()).startsWith("SB-CORE-" + block);
        });
        assertThat(OURS.stream().map(CoreError::code)).doesNotHaveDuplicates();
    }

    @Test
    void everyTemplateIsFilledByFiveArguments() {
        Object[] args = {"a", "b", "c", "d", "e"};
        assertThat(OURS).allSatisfy(e -> {
            assertThat(e.formatZh(args)).doesNotContainPattern("\\{\\d\\}");
            assertThat(e.formatEn(args)).doesNotContainPattern("\\{\\d\\}");
        });
    }

    @Test
    void everyReasonHasItsOwnCode() {
        assertThat(Arrays.stream(SizeClassificationException.Reason.values()).map(r -> r.error()))
                .doesNotHaveDuplicates().allSatisfy(c -> assertThat(c.code()).startsWith("SB-CORE-07"));
        assertThat(Arrays.stream(AboveScaleException.Reason.values()).map(r -> r.error()))
                .doesNotHaveDuplicates().allSatisfy(c -> assertThat(c.code()).startsWith("SB-CORE-08"));
    }
}
