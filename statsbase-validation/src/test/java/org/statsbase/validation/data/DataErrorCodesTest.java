package org.statsbase.validation.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.statsbase.validation.error.ValidationError;

/** The dataset codes: the 05xx block, one meaning each, both languages filled. */
class DataErrorCodesTest {

    private static final List<ValidationError> DATA = Arrays.stream(ValidationError.values())
            .filter(e -> e.name().startsWith("DATA_")).toList();

    @Test
    void everyDatasetCodeIsInTheBlockAndUnique() {
        assertThat(DATA).isNotEmpty();
        assertThat(DATA).allSatisfy(e -> assertThat(e.code()).matches("SB-VAL-05\\d\\d"));
        assertThat(DATA.stream().map(ValidationError::code).distinct().count()).isEqualTo(DATA.size());
    }

    @Test
    void everyTemplateIsFilledInBothLanguages() {
        Object[] args = {"ARG0", "ARG1", "ARG2", "ARG3"};
        for (ValidationError e : DATA) {
            String zh = e.formatZh(args);
            String en = e.formatEn(args);
            assertThat(zh).as(e.name()).isNotBlank().doesNotContain("{0}", "{1}", "{2}", "{3}");
            assertThat(en).as(e.name()).isNotBlank().doesNotContain("{0}", "{1}", "{2}", "{3}");
            assertThat(zh).as(e.name()).isNotEqualTo(en);
        }
    }

    @Test
    void aProblemCarriesItsCodeIntoCoresDataProblem() {
        ReadProblem problem = ReadProblem.of("f.csv", 3, "B01", ValidationError.DATA_BAD_CELL, "B01", "x", "数值",
                "a number");
        assertThat(problem.code()).isEqualTo("SB-VAL-0510");
        assertThat(problem.messageEn()).isEqualTo("column B01: \"x\" is not a number");
        assertThat(problem.messageZh()).isEqualTo("列 B01 的值“x”不是数值");
        assertThat(problem.toDataProblem().messageEn()).startsWith("SB-VAL-0510 ");
        assertThat(problem.toDataProblem().line()).isEqualTo(3);
    }
}
