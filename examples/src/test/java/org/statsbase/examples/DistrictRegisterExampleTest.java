package org.statsbase.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.statsbase.core.code.UnifiedSocialCreditCode;
import org.statsbase.core.unit.UnitKind;

/** The README's first command runs this example: it must run through and say what it shows. */
class DistrictRegisterExampleTest {

    private static String output() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DistrictRegisterExample.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void printsEveryUnitAndSaysTheDataIsSynthetic() {
        String out = output();
        assertThat(out).contains("SYNTHETIC", "虚构");
        for (DistrictRegisterExample.Row row : DistrictRegisterExample.syntheticRows()) {
            assertThat(out).contains(row.id() + " ", row.name());
            assertThat(row.name()).startsWith("【示例】");
        }
    }

    @Test
    void showsTheRedLineTheBadCodeAndTheCoarseIndustry() {
        String out = output();
        assertThat(out).contains("L-11 SB-CORE-0613", "L-10 SB-CORE-0108", "L-12 SB-CORE-0701", "L-12 SB-CORE-0801");
    }

    @Test
    void syntheticCreditCodesAreValidButTheMistypedOneIsNot() {
        for (DistrictRegisterExample.Row row : DistrictRegisterExample.syntheticRows()) {
            assertThat(UnifiedSocialCreditCode.isValid(row.creditCode())).as(row.id()).isEqualTo(!row.id().equals("L-10"));
        }
    }

    @Test
    void individualBusinessesCarryTheIndividualCategory() {
        for (DistrictRegisterExample.Row row : DistrictRegisterExample.syntheticRows()) {
            UnifiedSocialCreditCode.check(row.creditCode()).value().ifPresent(code -> assertThat(code.category().nameZh())
                    .as(row.id()).isEqualTo(row.kind() == UnitKind.INDIVIDUAL_BUSINESS ? "个体工商户" : "企业"));
        }
    }
}
