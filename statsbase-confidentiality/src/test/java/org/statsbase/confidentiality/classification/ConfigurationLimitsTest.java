package org.statsbase.confidentiality.classification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.statsbase.confidentiality.suppression.SensitivityRules;
import org.statsbase.confidentiality.table.ContributionLevel;
import org.statsbase.core.error.DataFileException;
import org.statsbase.core.io.InputLimits;

/**
 * Secret-item lists, classification policies and sensitivity rule specs read under an {@link InputLimits}:
 * lowered, a typed SB-CORE-12xx error naming the input; raised, read.
 */
class ConfigurationLimitsTest {

    private static final String ITEMS = """
            {"source": "test", "items": [
              {"id": "gdp.quarterly.32", "level": "机密", "period_years": 5, "source": "统计工作国家秘密范围的规定"}]}""";
    private static final String POLICY = """
            {"id": "x", "source": "s", "unit_level_level": "工作秘密", "unreleased_aggregate_level": "INTERNAL",
             "grades": [{"grade": "一般"}]}""";

    private static String code(Runnable read) {
        return catchThrowableOfType(DataFileException.class, read::run).code();
    }

    @Test
    void aSecretItemListLargerThanTheLimitIsRefusedAndReadOnceRaised(@TempDir Path dir) throws Exception {
        int size = ITEMS.getBytes(StandardCharsets.UTF_8).length;
        DataFileException e = catchThrowableOfType(DataFileException.class,
                () -> SecretItems.parse(ITEMS, "items.json", InputLimits.configuration().withMaxInputBytes(size - 1)));
        assertThat(e.code()).isEqualTo("SB-CORE-1201");
        assertThat(e.messageEn()).contains("items.json", "limit of " + (size - 1) + " bytes");
        assertThat(SecretItems.parse(ITEMS, "items.json", InputLimits.configuration().withMaxInputBytes(size)).items())
                .hasSize(1);
        Path file = Files.writeString(dir.resolve("items.json"), ITEMS);
        assertThat(code(() -> SecretItems.load(file, InputLimits.configuration().withMaxInputBytes(size - 1))))
                .isEqualTo("SB-CORE-1201");
        assertThat(SecretItems.load(file).items()).hasSize(1);
    }

    @Test
    void aSecretItemListDeeperThanTheLimitIsRefused() {
        // root object, items array, item object: three levels
        DataFileException e = catchThrowableOfType(DataFileException.class,
                () -> SecretItems.parse(ITEMS, "items.json", InputLimits.configuration().withMaxNestingDepth(2)));
        assertThat(e.code()).isEqualTo("SB-CORE-1202");
        assertThat(e.messageEn()).contains("max_nesting_depth");
        assertThat(SecretItems.parse(ITEMS, "items.json", InputLimits.configuration().withMaxNestingDepth(3)).items())
                .hasSize(1);
    }

    @Test
    void aPolicyKeyLongerThanTheLimitIsRefused(@TempDir Path dir) throws Exception {
        // the longest key is unreleased_aggregate_level, 26 characters
        assertThat(code(() -> ClassificationPolicy.parse(POLICY, "policy.json",
                InputLimits.configuration().withMaxNameLength(25)))).isEqualTo("SB-CORE-1202");
        assertThat(ClassificationPolicy.parse(POLICY, "policy.json", InputLimits.configuration()
                .withMaxNameLength(26)).id()).isEqualTo("x");
        Path file = Files.writeString(dir.resolve("policy.json"), POLICY);
        assertThat(code(() -> ClassificationPolicy.load(file, InputLimits.configuration().withMaxInputBytes(50))))
                .isEqualTo("SB-CORE-1201");
        assertThat(ClassificationPolicy.load(file).id()).isEqualTo("x");
    }

    @Test
    void aSensitivitySpecLongerOrWithLongerNumbersThanTheLimitIsRefused() {
        String spec = "freq(3),nk(2,85),p(10.5)";
        DataFileException e = catchThrowableOfType(DataFileException.class,
                () -> SensitivityRules.parse(spec, ContributionLevel.UNIT, InputLimits.configuration().withMaxLineLength(
                        spec.length() - 1)));
        assertThat(e.code()).isEqualTo("SB-CORE-1202");
        assertThat(e.messageEn()).contains("max_line_length");
        assertThat(code(() -> SensitivityRules.parse(spec, ContributionLevel.UNIT,
                InputLimits.configuration().withMaxNumberLength(3)))).isEqualTo("SB-CORE-1202");
        assertThat(SensitivityRules.parse(spec, ContributionLevel.UNIT, InputLimits.configuration()
                .withMaxLineLength(spec.length()).withMaxNumberLength(4)).rules()).hasSize(3);
    }
}
