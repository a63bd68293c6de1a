package org.statsbase.core.org;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.statsbase.core.error.CoreError;

/** The error codes of block 09xx (institutions, staff, posts, transfers). */
class OrgErrorCodesTest {

    private static final List<CoreError> OURS = Arrays.stream(CoreError.values())
            .filter(e -> e.name().startsWith("ORG_")).toList();

    @Test
    void codesLieInTheirBlockAndAreUnique() {
        assertThat(OURS).isNotEmpty().allSatisfy(e -> assertThat(e.code()).matches("SB-CORE-09\\d\\d"));
        assertThat(OURS.stream().map(CoreError::code)).doesNotHaveDuplicates();
    }

    @Test
    void everyTemplateIsFilledByEightArguments() {
        Object[] args = {"a", "b", "c", "d", "e", "f", "g", "h"};
        assertThat(OURS).allSatisfy(e -> {
            assertThat(e.formatZh(args)).doesNotContainPattern("\\{\\d\\}");
            assertThat(e.formatEn(args)).doesNotContainPattern("\\{\\d\\}");
        });
    }

    @Test
    void everyReasonAndFindingHasItsOwnCode() {
        assertThat(Arrays.stream(PlacementReason.values()).map(PlacementReason::error)).doesNotHaveDuplicates();
        assertThat(Arrays.stream(TransferRefusalReason.values()).map(TransferRefusalReason::error))
                .doesNotHaveDuplicates();
        assertThat(Arrays.stream(StaffingFindingKind.values()).map(StaffingFindingKind::code)).doesNotHaveDuplicates();
    }
}
