package org.statsbase.core.code;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.statsbase.core.error.CoreError;

/** The error codes of blocks 03xx (区划代码, catalogs, mappings) and 04xx (城乡分类代码). */
class DivisionErrorCodesTest {

    private static final List<CoreError> OURS = Arrays.stream(CoreError.values())
            .filter(e -> e.name().startsWith("DIVISION_") || e.name().startsWith("URBAN_RURAL_")).toList();

    @Test
    void codesLieInTheirBlocksAndAreUnique() {
        assertThat(OURS).allSatisfy(e -> assertThat(e.code())
                .matches(e.name().startsWith("DIVISION_") ? "SB-CORE-03\\d\\d" : "SB-CORE-04\\d\\d"));
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
        assertThat(Arrays.stream(DivisionCode.Reason.values()).map(r -> r.error())).doesNotHaveDuplicates();
        assertThat(Arrays.stream(UrbanRuralCode.Reason.values()).map(r -> r.error())).doesNotHaveDuplicates();
    }
}
