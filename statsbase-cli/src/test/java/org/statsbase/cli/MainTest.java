package org.statsbase.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.statsbase.core.code.UnifiedSocialCreditCode;
import picocli.CommandLine;

/** The command line's contract: exit codes, JSON Lines in input order, error objects, batches. */
class MainTest {

    @TempDir
    Path dir;

    /** What a run printed and returned. */
    record Run(int exit, List<JsonNode> lines, String stderr) {
        JsonNode first() {
            return lines.get(0);
        }
    }

    static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        List<JsonNode> lines = new ArrayList<>();
        for (String line : out.toString(StandardCharsets.UTF_8).split("\n")) {
            if (!line.isBlank()) {
                try {
                    lines.add(Json.MAPPER.readTree(line));
                } catch (IOException e) {
                    throw new AssertionError("not JSON: " + line, e);
                }
            }
        }
        return new Run(exit, lines, err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void validCodeExitsZeroWithCanonicalForm() {
        Run run = run("code", "check", "--type", "uscc", " 914403001922038216 ");
        assertThat(run.exit()).isZero();
        assertThat(run.lines()).hasSize(1);
        assertThat(run.first().get("type").asText()).isEqualTo("uscc");
        assertThat(run.first().get("input").asText()).isEqualTo(" 914403001922038216 ");
        assertThat(run.first().get("valid").asBoolean()).isTrue();
        assertThat(run.first().get("canonical").asText()).isEqualTo("914403001922038216");
        assertThat(run.first().get("reason").isNull()).isTrue();
    }

    @Test
    void invalidCodeExitsOneWithReasonExpectedAndActual() {
        char right = UnifiedSocialCreditCode.checkCharacter("91440300192203821");
        char wrong = right == '0' ? '1' : '0';
        Run run = run("code", "check", "--type", "uscc", "91440300192203821" + wrong);
        assertThat(run.exit()).isEqualTo(1);
        JsonNode line = run.first();
        assertThat(line.get("valid").asBoolean()).isFalse();
        assertThat(line.get("reason").asText()).isEqualTo("BAD_CHECK_CHARACTER");
        assertThat(line.get("position").asInt()).isEqualTo(18);
        assertThat(line.get("expected").asText()).isEqualTo(String.valueOf(right));
        assertThat(line.get("actual").asText()).isEqualTo(String.valueOf(wrong));
        assertThat(line.get("error_code").asText()).startsWith("SB-CORE-01");
        assertThat(line.get("message_zh").asText()).isNotBlank();
        assertThat(line.get("message_en").asText()).isNotBlank();
    }

    @Test
    void oneObjectPerValueInInputOrder() {
        Run run = run("code", "check", "--type", "org", "192203821", "bad", "19220382-1");
        assertThat(run.lines()).extracting(n -> n.get("input").asText())
                .containsExactly("192203821", "bad", "19220382-1");
        assertThat(run.lines()).extracting(n -> n.get("valid").asBoolean()).containsExactly(true, false, true);
        assertThat(run.lines().get(2).get("canonical").asText()).isEqualTo("192203821");
        assertThat(run.exit()).isEqualTo(1);
    }

    @Test
    void industryReportsHowFarItWasChecked() {
        Run run = run("code", "check", "--type", "industry", "1311", "C13");
        assertThat(run.exit()).isZero();
        assertThat(run.lines().get(0).get("canonical").asText()).isEqualTo("C1311");
        assertThat(run.lines().get(0).get("checked_to").asText()).isEqualTo("DIVISION");
        assertThat(run.lines().get(1).get("checked_to").asText()).isEqualTo("DIVISION");
        assertThat(run.lines().get(1).get("name").asText()).isEqualTo("农副食品加工业");
    }

    @Test
    void hostileTextIsAnsweredNotCrashedOn() {
        String hostile = "\u0000\"\n<script>" + "９".repeat(10_000);
        Run run = run("code", "check", "--type", "uscc", hostile, "");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.lines()).hasSize(2);
        assertThat(run.lines().get(0).get("input").asText()).isEqualTo(hostile);
        assertThat(run.lines().get(1).get("reason").asText()).isEqualTo("EMPTY");
    }

    @Test
    void usageErrorsExitTwoWithATypedBilingualErrorObject() {
        Run unknownType = run("code", "check", "--type", "passport", "X");
        assertThat(unknownType.exit()).isEqualTo(2);
        assertThat(unknownType.first().get("error").get("code").asText()).isEqualTo("SB-CLI-0015");
        assertThat(unknownType.first().get("error").get("message_zh").asText()).contains("passport", "无效");
        assertThat(unknownType.first().get("error").get("message_en").asText()).contains("passport", "not valid");

        Run unknownOption = run("code", "check", "--colour", "red");
        assertThat(unknownOption.exit()).isEqualTo(2);
        assertThat(unknownOption.first().get("error").get("code").asText()).isEqualTo("SB-CLI-0012");
        assertThat(unknownOption.first().get("error").get("message_zh").asText()).contains("无法识别", "--colour");
        assertThat(unknownOption.stderr()).contains("Usage:");

        Run optionWithoutValue = run("code", "check", "--type");
        assertThat(optionWithoutValue.exit()).isEqualTo(2);
        assertThat(optionWithoutValue.first().get("error").get("code").asText()).isEqualTo("SB-CLI-0013");

        for (String[] group : new String[][] {{}, {"code"}, {"classify"}}) {
            Run noSubcommand = run(group);
            assertThat(noSubcommand.exit()).isEqualTo(2);
            assertThat(noSubcommand.first().get("error").get("code").asText()).isEqualTo("SB-CLI-0014");
            assertThat(noSubcommand.first().get("error").get("message_zh").asText()).contains("子命令");
        }

        Run noValue = run("code", "check", "--type", "uscc");
        assertThat(noValue.exit()).isEqualTo(2);
        assertThat(noValue.first().get("error").get("code").asText()).isEqualTo("SB-CLI-0017");
    }

    @Test
    void everyAnswerOfATypeHasTheSameKeys() {
        for (String[] type : new String[][] {{"uscc", "914403001922038216", "x"}, {"org", "192203821", "x"},
                {"division", "4419", "x"}, {"industry", "C13", "x"}, {"urban-rural", "111", "x"}}) {
            Run run = run("code", "check", "--type", type[0], type[1], type[2]);
            List<String> validKeys = new ArrayList<>();
            run.lines().get(0).fieldNames().forEachRemaining(validKeys::add);
            List<String> invalidKeys = new ArrayList<>();
            run.lines().get(1).fieldNames().forEachRemaining(invalidKeys::add);
            assertThat(invalidKeys).as(type[0]).isEqualTo(validKeys);
        }
    }

    @Test
    void everyCommandHasHelpWithAnExample() {
        CommandLine root = new CommandLine(new StatsbaseCommand());
        List<CommandLine> all = new ArrayList<>();
        collect(root, all);
        assertThat(all).hasSizeGreaterThanOrEqualTo(6);
        for (CommandLine command : all) {
            List<String> path = new ArrayList<>();
            for (CommandLine c = command; c.getParent() != null; c = c.getParent()) {
                path.add(0, c.getCommandName());
            }
            path.add("--help");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            int exit = Main.run(path.toArray(String[]::new), new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
            assertThat(exit).as(String.join(" ", path)).isZero();
            assertThat(out.toString(StandardCharsets.UTF_8)).as(String.join(" ", path))
                    .contains("Usage:").containsPattern("Examples?:\\R +statsbase ");
        }
    }

    private static void collect(CommandLine command, List<CommandLine> all) {
        all.add(command);
        command.getSubcommands().values().forEach(sub -> collect(sub, all));
    }

    @Test
    void batchAnswersEveryRowInOrderAndKeepsGoingPastABadRow() throws IOException {
        Path file = dir.resolve("codes.csv");
        Files.writeString(file, "\uFEFFtype,value\nuscc,914403001922038216\npassport,X\norg,192203821\n",
                StandardCharsets.UTF_8);
        Run run = run("code", "check", "--file", file.toString());
        assertThat(run.lines()).hasSize(3);
        assertThat(run.lines().get(0).get("valid").asBoolean()).isTrue();
        assertThat(run.lines().get(1).get("error").get("line").asLong()).isEqualTo(3);
        assertThat(run.lines().get(2).get("valid").asBoolean()).isTrue();
        assertThat(run.exit()).isEqualTo(2);
    }

    @Test
    void batchColumnsMustBeOptionNames() throws IOException {
        Path file = dir.resolve("bad.csv");
        Files.writeString(file, "type,value,colour\nuscc,914403001922038216,red\n", StandardCharsets.UTF_8);
        Run run = run("code", "check", "--file", file.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.first().get("error").get("code").asText()).isEqualTo("SB-CLI-0003");
    }

    @Test
    void missingBatchFileIsMalformedInput() {
        Run run = run("code", "check", "--file", dir.resolve("absent.csv").toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.first().get("error").get("code").asText()).isEqualTo("SB-CLI-0002");
    }

    @Test
    void divisionCodesArePaddedAndLookedUpInACatalog() throws IOException {
        Run plain = run("code", "check", "--type", "division", "4419", "441900003");
        assertThat(plain.exit()).isZero();
        assertThat(plain.lines().get(0).get("canonical").asText()).isEqualTo("441900000000");
        assertThat(plain.lines().get(0).get("level").asText()).isEqualTo("PREFECTURE");
        assertThat(plain.lines().get(1).get("level").asText()).isEqualTo("TOWNSHIP");

        Path catalog = dir.resolve("catalog-2023.csv");
        Files.writeString(catalog, "code,name,level,parent\n44,广东省,PROVINCE,\n"
                + "4419,东莞市,PREFECTURE,44\n441900003,东城街道,TOWNSHIP,4419\n", StandardCharsets.UTF_8);
        Run looked = run("code", "check", "--type", "division", "--catalog", catalog.toString(), "441900003", "441900004");
        assertThat(looked.lines().get(0).get("name").asText()).isEqualTo("东城街道");
        assertThat(looked.lines().get(0).get("catalog_year").asInt()).isEqualTo(2023);
        assertThat(looked.lines().get(1).get("valid").asBoolean()).isFalse();
        assertThat(looked.lines().get(1).get("reason").asText()).isEqualTo("NOT_IN_CATALOG");
        assertThat(looked.lines().get(1).get("error_code").asText()).isEqualTo("SB-CORE-0306");
        assertThat(looked.exit()).isEqualTo(1);

        Path noYear = dir.resolve("catalog.csv");
        Files.copy(catalog, noYear);
        assertThat(run("code", "check", "--type", "division", "--catalog", noYear.toString(), "44").exit())
                .isEqualTo(2);
        assertThat(run("code", "check", "--type", "division", "--catalog", noYear.toString(), "--year", "2023", "44")
                .exit()).isZero();
    }

    @Test
    void brokenCatalogIsMalformedInputWithItsProblems() throws IOException {
        Path catalog = dir.resolve("broken-2023.csv");
        Files.writeString(catalog, "code,name,level,parent\n44,,PROVINCE,\n4419,东莞市,VILLAGE,45\n",
                StandardCharsets.UTF_8);
        Run run = run("code", "check", "--type", "division", "--catalog", catalog.toString(), "44");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.first().get("error").get("code").asText()).isEqualTo("SB-CORE-0002");
    }

    @Test
    void urbanRuralCodes() {
        Run run = run("code", "check", "--type", "urban-rural", "111", "220", "110", "999");
        assertThat(run.lines()).extracting(n -> n.get("valid").asBoolean()).containsExactly(true, true, false, false);
        assertThat(run.lines().get(0).get("urban").asBoolean()).isTrue();
        assertThat(run.lines().get(1).get("urban").asBoolean()).isFalse();
        assertThat(run.exit()).isEqualTo(1);
    }

    @Test
    void brokenBatchFilesAreMalformedInputNeverSilence() throws IOException {
        Path empty = Files.writeString(dir.resolve("empty.csv"), "");
        assertThat(run("code", "check", "--file", empty.toString()).first().get("error").get("code").asText())
                .isEqualTo("SB-CLI-0008");

        Path latin1 = Files.write(dir.resolve("latin1.csv"), new byte[] {'t', 'y', 'p', 'e', '\n', (byte) 0xE9, '\n'});
        Run notUtf8 = run("code", "check", "--file", latin1.toString());
        assertThat(notUtf8.exit()).isEqualTo(2);
        assertThat(notUtf8.first().get("error").get("code").asText()).isEqualTo("SB-CLI-0007");

        Path duplicate = Files.writeString(dir.resolve("dup.csv"), "type,value,type\nuscc,1,org\n");
        assertThat(run("code", "check", "--file", duplicate.toString()).first().get("error").get("code").asText())
                .isEqualTo("SB-CLI-0010");

        Path unclosed = Files.writeString(dir.resolve("quote.csv"), "type,value\nuscc,\"914403001922038216\n");
        assertThat(run("code", "check", "--file", unclosed.toString()).first().get("error").get("code").asText())
                .isEqualTo("SB-CLI-0011");

        Path wide = Files.writeString(dir.resolve("wide.csv"), "type,value\nuscc,914403001922038216,surplus\n"
                + "uscc,914403001922038216\n");
        Run tooMany = run("code", "check", "--file", wide.toString());
        assertThat(tooMany.lines()).hasSize(2);
        assertThat(tooMany.lines().get(0).get("error").get("code").asText()).isEqualTo("SB-CLI-0009");
        assertThat(tooMany.lines().get(0).get("error").get("line").asLong()).isEqualTo(2);
        assertThat(tooMany.lines().get(1).get("valid").asBoolean()).isTrue();
        assertThat(tooMany.exit()).isEqualTo(2);

        Path good = Files.writeString(dir.resolve("good.csv"), "type,value\nuscc,914403001922038216\n");
        Run both = run("code", "check", "--type", "uscc", "914403001922038216", "--file", good.toString());
        assertThat(both.exit()).isEqualTo(2);
        assertThat(both.first().get("error").get("code").asText()).isEqualTo("SB-CLI-0016");
    }

    @Test
    void catalogYearsAreFourDigitsAndEachYearIsItsOwnCatalog() throws IOException {
        Path catalog = dir.resolve("catalog.csv");
        Files.writeString(catalog, "code,name,level,parent\n44,广东省,PROVINCE,\n", StandardCharsets.UTF_8);
        Run ancient = run("code", "check", "--type", "division", "--catalog", catalog.toString(), "--year", "1800", "44");
        assertThat(ancient.exit()).isEqualTo(2);
        assertThat(ancient.first().get("error").get("code").asText()).isEqualTo("SB-CORE-0335");
        for (String bad : new String[] {"2023.9", "1e10", "23", "abcd"}) {
            Run run = run("code", "check", "--type", "division", "--catalog", catalog.toString(), "--year", bad, "44");
            assertThat(run.exit()).as(bad).isEqualTo(2);
            assertThat(run.first().get("error").get("code").asText()).as(bad).isEqualTo("SB-CLI-0015");
        }
        Path batch = Files.writeString(dir.resolve("years.csv"), "type,value,catalog,year\n"
                + "division,44," + catalog + ",2023\ndivision,44," + catalog + ",2024\n", StandardCharsets.UTF_8);
        Run run = run("code", "check", "--file", batch.toString());
        assertThat(run.lines()).extracting(n -> n.get("catalog_year").asInt()).containsExactly(2023, 2024);
    }
}
