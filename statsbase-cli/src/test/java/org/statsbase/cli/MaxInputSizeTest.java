package org.statsbase.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code --max-input-size}: the global option reaches the readers a command uses, wherever it is written. */
class MaxInputSizeTest {

    private static final String D = "ab".repeat(32);

    @TempDir
    Path dir;

    private Path ledger;
    private Path mapping;

    @BeforeEach
    void files() throws IOException {
        ledger = Files.writeString(dir.resolve("ledger.csv"), "date,account,quantity,record_digest,record_description\n"
                + "2026-10-03,600101,1234500," + D + ",销售发票 2\n", StandardCharsets.UTF_8);
        mapping = Files.writeString(dir.resolve("sx203.yaml"), """
                form: SX203
                figures:
                  - {code: "01", basis: PERIOD, accounts: [{prefix: "6001"}]}
                """, StandardCharsets.UTF_8);
    }

    private CliRun derive(String... sizeOption) {
        String[] base = {"ledger", "derive", "--ledger", ledger.toString(), "--mapping", mapping.toString(),
                "--period", "2026-10"};
        String[] args = new String[base.length + sizeOption.length];
        System.arraycopy(base, 0, args, 0, base.length);
        System.arraycopy(sizeOption, 0, args, base.length, sizeOption.length);
        return CliRun.of(args);
    }

    @Test
    void aFileOverTheGivenSizeIsMalformedInputWithTheSizeCode() {
        CliRun run = derive("--max-input-size", "100");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.errorCode()).isEqualTo("SB-CORE-1201");
        assertThat(run.only().get("error").get("message_en").asText()).contains("limit of 100 bytes");
    }

    @Test
    void raisedOrAbsentTheSameFilesAreRead() {
        assertThat(derive("--max-input-size", "1K").exit()).isZero();
        assertThat(derive().exit()).isZero();
    }

    @Test
    void theOptionWorksBeforeTheSubcommandToo() {
        CliRun run = CliRun.of("--max-input-size", "64", "ledger", "derive", "--ledger", ledger.toString(),
                "--mapping", mapping.toString(), "--period", "2026-10");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.errorCode()).isEqualTo("SB-CORE-1201");
    }

    @Test
    void aSizeThatIsNotOneIsAUsageError() {
        for (String bad : new String[] {"0", "-1", "16X", "big", "99999999999999999999G"}) {
            CliRun run = derive("--max-input-size", bad);
            assertThat(run.exit()).as(bad).isEqualTo(2);
            assertThat(run.errorCode()).as(bad).startsWith("SB-CLI-");
        }
    }

    @Test
    void sizesTakeBinaryUnits() {
        InputSize.Converter converter = new InputSize.Converter();
        assertThat(converter.convert("1048576")).isEqualTo(1L << 20);
        assertThat(converter.convert("512K")).isEqualTo(512L << 10);
        assertThat(converter.convert("16MiB")).isEqualTo(16L << 20);
        assertThat(converter.convert("1g")).isEqualTo(1L << 30);
    }

    @Test
    void everyCommandListsTheOption() {
        CommandLine root = new CommandLine(new StatsbaseCommand());
        CommandLine validate = root.getSubcommands().get("validate");
        assertThat(validate.getUsageMessage(CommandLine.Help.Ansi.OFF)).contains("--max-input-size");
        assertThat(root.getUsageMessage(CommandLine.Help.Ansi.OFF)).contains("--max-input-size 16M");
    }
}
