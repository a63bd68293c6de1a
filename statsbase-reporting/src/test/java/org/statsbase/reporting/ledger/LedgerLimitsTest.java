package org.statsbase.reporting.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.statsbase.core.error.DataFileException;
import org.statsbase.core.io.InputLimits;

/** Ledger files and mappings read under an {@link InputLimits}: lowered, a typed SB-CORE-12xx error; raised, read. */
class LedgerLimitsTest {

    private static final String DIGEST = "ab".repeat(32);
    private static final String CSV = "date,account,quantity,record_digest,record_description\n"
            + "2026-10-03,6001,1200.50," + DIGEST + ",销售发票\n";
    private static final String JSONL = "{\"date\": \"2026-10-03\", \"account\": \"6001\", \"quantity\": 1200.50, "
            + "\"record_digest\": \"" + DIGEST + "\", \"record_description\": \"销售发票\"}\n";
    private static final String MAPPING = """
            form: SX203
            figures:
              - code: "01"
                name: 工业总产值
                basis: PERIOD
                accounts:
                  - {prefix: "6001"}
            """;

    private static InputStream in(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String code(Runnable read) {
        return catchThrowableOfType(DataFileException.class, read::run).code();
    }

    @Test
    void aLedgerLargerThanTheLimitIsRefusedNamingItAndReadOnceRaised(@TempDir Path dir) throws Exception {
        int size = CSV.getBytes(StandardCharsets.UTF_8).length;
        DataFileException e = catchThrowableOfType(DataFileException.class,
                () -> LedgerFiles.readCsv(in(CSV), "ledger.csv", InputLimits.defaults().withMaxInputBytes(size - 1)));
        assertThat(e.code()).isEqualTo("SB-CORE-1201");
        assertThat(e.messageEn()).contains("ledger.csv", "limit of " + (size - 1) + " bytes");
        assertThat(LedgerFiles.readCsv(in(CSV), "ledger.csv", InputLimits.defaults().withMaxInputBytes(size)))
                .hasSize(1);
        Path file = Files.writeString(dir.resolve("ledger.jsonl"), JSONL);
        assertThat(code(() -> LedgerFiles.read(file, InputLimits.defaults().withMaxInputBytes(100))))
                .isEqualTo("SB-CORE-1201");
        assertThat(LedgerFiles.read(file)).hasSize(1);
    }

    @Test
    void aLedgerLineLongerThanTheLimitIsRefused() {
        int longest = CSV.lines().mapToInt(String::length).max().orElseThrow();
        DataFileException e = catchThrowableOfType(DataFileException.class,
                () -> LedgerFiles.readCsv(in(CSV), "ledger.csv", InputLimits.defaults().withMaxLineLength(longest - 1)));
        assertThat(e.code()).isEqualTo("SB-CORE-1202");
        assertThat(e.problems().get(0).line()).isEqualTo(2);
        assertThat(e.messageEn()).contains("max_line_length");
        assertThat(LedgerFiles.readCsv(in(CSV), "ledger.csv", InputLimits.defaults().withMaxLineLength(longest)))
                .hasSize(1);
    }

    @Test
    void aJsonLinesNumberLongerThanTheLimitIsRefused() {
        // 1200.50: six digits
        assertThat(code(() -> LedgerFiles.readJsonLines(in(JSONL), "ledger.jsonl",
                InputLimits.defaults().withMaxNumberLength(5)))).isEqualTo("SB-CORE-1202");
        assertThat(LedgerFiles.readJsonLines(in(JSONL), "ledger.jsonl", InputLimits.defaults().withMaxNumberLength(6)))
                .hasSize(1);
    }

    @Test
    void theProblemsListedFollowTheLimit() {
        String bad = "date,account,quantity,record_digest,record_description\n"
                + ("x,6001,1," + DIGEST + ",a\n").repeat(5);
        assertThat(catchThrowableOfType(DataFileException.class, () -> LedgerFiles.readCsv(in(bad), "ledger.csv",
                InputLimits.defaults().withMaxProblems(3))).problems()).hasSize(3);
        assertThat(catchThrowableOfType(DataFileException.class, () -> LedgerFiles.readCsv(in(bad), "ledger.csv"))
                .problems()).hasSizeGreaterThan(3);
    }

    @Test
    void aMappingDeeperThanTheLimitIsRefused() {
        // root object, figures, figure, accounts, term: five levels
        DataFileException e = catchThrowableOfType(DataFileException.class,
                () -> LedgerMapping.parse(MAPPING, "mapping.yaml", InputLimits.configuration().withMaxNestingDepth(4)));
        assertThat(e.code()).isEqualTo("SB-CORE-1202");
        assertThat(e.messageEn()).contains("mapping.yaml", "max_nesting_depth");
        assertThat(LedgerMapping.parse(MAPPING, "mapping.yaml", InputLimits.configuration().withMaxNestingDepth(5))
                .formId()).isEqualTo("SX203");
    }

    @Test
    void aMappingLargerThanTheLimitIsRefused(@TempDir Path dir) throws Exception {
        int size = MAPPING.getBytes(StandardCharsets.UTF_8).length;
        assertThat(code(() -> LedgerMapping.parse(MAPPING, "mapping.yaml",
                InputLimits.configuration().withMaxInputBytes(size - 1)))).isEqualTo("SB-CORE-1201");
        Path file = Files.writeString(dir.resolve("mapping.yaml"), MAPPING);
        assertThat(code(() -> LedgerMapping.read(file, InputLimits.configuration().withMaxInputBytes(size - 1))))
                .isEqualTo("SB-CORE-1201");
        assertThat(LedgerMapping.read(file, InputLimits.configuration().withMaxInputBytes(size)).formId())
                .isEqualTo("SX203");
    }

    @Test
    void aMappingWithMoreYamlAliasesThanTheLimitIsRefused() {
        String aliased = "form: SX203\nx: &a [1]\ny: [*a, *a, *a]\n" + MAPPING.substring(MAPPING.indexOf("figures"));
        DataFileException e = catchThrowableOfType(DataFileException.class,
                () -> LedgerMapping.parse(aliased, "mapping.yaml", InputLimits.configuration().withMaxYamlAliases(2)));
        assertThat(e.code()).isEqualTo("SB-CORE-1202");
        assertThat(e.messageEn()).contains("max_yaml_aliases");
        // raised: read, then refused for its unknown keys x and y, not for the aliases
        assertThat(catchThrowableOfType(DataFileException.class, () -> LedgerMapping.parse(aliased, "mapping.yaml",
                InputLimits.configuration().withMaxYamlAliases(3))).code()).isEqualTo("SB-CORE-0002");
    }
}
