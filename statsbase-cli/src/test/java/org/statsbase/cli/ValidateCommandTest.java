package org.statsbase.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code statsbase validate}: the report, its fields, references, explanations and the exit codes. */
class ValidateCommandTest {

    static final String RULES = """
            id: demo
            version: "2026.1"
            rules:
              - id: R001
                check: B01 >= B02
                name: {zh: 营业收入不小于主营业务收入, en: Revenue not below main business revenue}
                message: {zh: "营业收入{B01}小于主营业务收入{B02}", en: "revenue {B01} below main business revenue {B02}"}
              - id: R002
                check: growth(B01, prev.B01) between -0.5 and 0.5
                severity: VERIFY
                message: {zh: "营业收入增速{round(growth(B01, prev.B01) * 100, 1)}%", en: "revenue growth {round(growth(B01, prev.B01) * 100, 1)}%"}
              - id: R003
                check: B01 < 1000
                severity: HINT
            """;

    /** u1 passes everything; u2 grows 200 % on last month (VERIFY); u3 has revenue below main revenue. */
    static final String DATA = "unit,B01,B02\nu1,100,90\nu2,300,100\nu3,50,60\n";
    static final String PREV = "unit,B01,B02\nu1,100,90\nu2,100,80\n";
    static final String GOOD_EXPLANATION = "本月新签大客户订单，营业收入翻番";

    @TempDir
    Path dir;

    Path rules;
    Path data;
    Path prev;

    @BeforeEach
    void files() throws IOException {
        rules = write("rules.yaml", RULES);
        data = write("data.csv", DATA);
        prev = write("prev.csv", PREV);
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private CliRun validate(String... extra) {
        List<String> args = new ArrayList<>(List.of("validate", "--rules", rules.toString(), "--data", data.toString(),
                "--key", "unit"));
        args.addAll(List.of(extra));
        return CliRun.of(args.toArray(String[]::new));
    }

    private static List<String> names(JsonNode o) {
        List<String> names = new ArrayList<>();
        o.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static JsonNode violation(JsonNode report, String rule, String unit) {
        for (JsonNode v : report.get("violations")) {
            if (v.get("rule").asText().equals(rule) && v.get("key").get("unit").asText().equals(unit)) {
                return v;
            }
        }
        throw new AssertionError("no violation of " + rule + " by " + unit + " in " + report);
    }

    @Test
    void oneReportObjectWithEveryDocumentedField() {
        CliRun run = validate("--ref", "prev=" + prev);
        assertThat(run.exit()).isEqualTo(1);
        JsonNode report = run.only();
        assertThat(names(report)).containsExactly("rule_set", "version", "records", "acceptable",
                "unacceptable_records", "summary", "violations", "errors", "rejected_rows", "unused_explanations");
        assertThat(report.get("rule_set").asText()).isEqualTo("demo");
        assertThat(report.get("version").asText()).isEqualTo("2026.1");
        assertThat(report.get("records").asInt()).isEqualTo(3);
        assertThat(report.get("acceptable").asBoolean()).isFalse();
        assertThat(report.get("unacceptable_records").asInt()).isEqualTo(2);

        JsonNode summary = report.get("summary");
        assertThat(summary).extracting(s -> s.get("rule").asText()).containsExactly("R001", "R002", "R003");
        assertThat(names(summary.get(0))).containsExactly("rule", "severity", "items", "passes", "fails",
                "not_applicable", "errors");
        assertThat(summary.get(0).get("severity").asText()).isEqualTo("MANDATORY");
        // R001: u1, u2 pass, u3 fails. R002: u1 passes, u2 fails, u3 has no previous record: not applicable.
        assertThat(counts(summary.get(0))).containsExactly(3L, 2L, 1L, 0L, 0L);
        assertThat(counts(summary.get(1))).containsExactly(3L, 1L, 1L, 1L, 0L);
        assertThat(counts(summary.get(2))).containsExactly(3L, 3L, 0L, 0L, 0L);

        assertThat(report.get("violations")).hasSize(2);
        JsonNode mandatory = violation(report, "R001", "u3");
        assertThat(names(mandatory)).containsExactly("rule", "severity", "row", "key", "fields", "imbalance",
                "message_zh", "message_en", "explanation", "explanation_accepted", "explanation_rejection", "blocks");
        assertThat(mandatory.get("severity").asText()).isEqualTo("MANDATORY");
        assertThat(mandatory.get("row").asInt()).isEqualTo(2);
        assertThat(mandatory.get("fields")).extracting(f -> f.get("field").asText() + "=" + f.get("value").asText())
                .containsExactly("B01=50", "B02=60");
        assertThat(mandatory.get("imbalance").decimalValue()).isEqualByComparingTo("-10");
        assertThat(mandatory.get("message_zh").asText()).isEqualTo("营业收入50小于主营业务收入60");
        assertThat(mandatory.get("message_en").asText()).isEqualTo("revenue 50 below main business revenue 60");
        assertThat(mandatory.get("explanation").isNull()).isTrue();
        assertThat(mandatory.get("explanation_accepted").isNull()).isTrue();
        assertThat(mandatory.get("explanation_rejection").isNull()).isTrue();
        assertThat(mandatory.get("blocks").asBoolean()).isTrue();
        assertThat(report.get("errors")).isEmpty();
        assertThat(report.get("rejected_rows")).isEmpty();
        assertThat(report.get("unused_explanations")).isEmpty();
    }

    private static List<Long> counts(JsonNode s) {
        return List.of(s.get("items").asLong(), s.get("passes").asLong(), s.get("fails").asLong(),
                s.get("not_applicable").asLong(), s.get("errors").asLong());
    }

    @Test
    void aGrowthRuleReadsThePreviousPeriodThroughRefPrev() {
        JsonNode report = validate("--ref", "prev=" + prev).only();
        JsonNode growth = violation(report, "R002", "u2");
        assertThat(growth.get("severity").asText()).isEqualTo("VERIFY");
        assertThat(growth.get("fields")).extracting(f -> f.get("field").asText() + "=" + f.get("value").asText())
                .containsExactly("B01=300", "prev.B01=100");
        // growth 300/100 - 1 = 2 crosses the upper bound 0.5 by 1.5.
        assertThat(growth.get("imbalance").decimalValue()).isEqualByComparingTo(new BigDecimal("1.5"));
        assertThat(growth.get("message_zh").asText()).isEqualTo("营业收入增速200.0%");
        assertThat(growth.get("blocks").asBoolean()).isTrue();

        CliRun withoutPrev = validate();
        assertThat(withoutPrev.exit()).as("a rule reads prev, which was not given").isEqualTo(2);
        assertThat(withoutPrev.errorCode()).isEqualTo("SB-VAL-0601");
    }

    @Test
    void anAcceptedExplanationMakesAVerifyFailureAcceptable() throws IOException {
        data = write("data2.csv", "unit,B01,B02\nu1,100,90\nu2,300,100\n");
        assertThat(validate("--ref", "prev=" + prev).exit()).isEqualTo(1);

        Path explanations = write("explanations.csv",
                "rule,unit,text,author,time\nR002,u2," + GOOD_EXPLANATION + ",张三,2026-11-05T16:00+08:00\n");
        CliRun run = validate("--ref", "prev=" + prev, "--explanations", explanations.toString());
        assertThat(run.exit()).isZero();
        JsonNode report = run.only();
        assertThat(report.get("acceptable").asBoolean()).isTrue();
        assertThat(report.get("unacceptable_records").asInt()).isZero();
        JsonNode v = violation(report, "R002", "u2");
        assertThat(v.get("explanation").get("text").asText()).isEqualTo(GOOD_EXPLANATION);
        assertThat(v.get("explanation").get("author").asText()).isEqualTo("张三");
        assertThat(v.get("explanation").get("at").asText()).isEqualTo("2026-11-05T08:00:00Z");
        assertThat(v.get("explanation_accepted").asBoolean()).isTrue();
        assertThat(v.get("explanation_rejection").isNull()).isTrue();
        assertThat(v.get("blocks").asBoolean()).isFalse();
    }

    @Test
    void boilerplateExplanationsDoNotClearAndUnusedOnesAreListed() throws IOException {
        data = write("data2.csv", "unit,B01,B02\nu1,100,90\nu2,300,100\nu3,50,60\n");
        Path explanations = write("explanations.csv", "rule,unit,text,author,time\n"
                + "R002,u2,核实无误,张三,2026-11-05 16:00\n"
                + "R002,u1," + GOOD_EXPLANATION + ",张三,2026-11-05\n"
                + "R001,u3," + GOOD_EXPLANATION + ",张三,2026-11-05T08:00:00Z\n");
        CliRun run = validate("--ref", "prev=" + prev, "--explanations", explanations.toString());
        assertThat(run.exit()).isEqualTo(1);
        JsonNode report = run.only();
        JsonNode v = violation(report, "R002", "u2");
        assertThat(v.get("explanation").get("at").asText()).as("a local time is Beijing time")
                .isEqualTo("2026-11-05T08:00:00Z");
        assertThat(v.get("explanation_accepted").asBoolean()).isFalse();
        assertThat(v.get("explanation_rejection").get("code").asText()).isEqualTo("SB-VAL-0606");
        assertThat(v.get("explanation_rejection").get("message_zh").asText()).isNotBlank();
        assertThat(v.get("explanation_rejection").get("message_en").asText()).isNotBlank();
        assertThat(v.get("blocks").asBoolean()).isTrue();

        JsonNode unused = report.get("unused_explanations");
        assertThat(unused).hasSize(2);
        assertThat(names(unused.get(0))).containsExactly("file", "line", "rule", "key", "code", "message_zh",
                "message_en");
        assertThat(unused.get(0).get("line").asInt()).isEqualTo(3);
        assertThat(unused.get(0).get("code").asText()).as("u1 does not fail R002").isEqualTo("SB-VAL-0608");
        assertThat(unused.get(0).get("key").get("unit").asText()).isEqualTo("u1");
        assertThat(unused.get(1).get("line").asInt()).isEqualTo(4);
        assertThat(unused.get(1).get("code").asText()).as("R001 is mandatory").isEqualTo("SB-VAL-0607");
        assertThat(report.get("rejected_rows")).isEmpty();
    }

    @Test
    void badExplanationRowsAreRejectedRowsAndBadInput() throws IOException {
        Path explanations = write("explanations.csv", "rule,unit,text,author,time\n"
                + "R002,u2," + GOOD_EXPLANATION + ",张三,yesterday\n"
                + ",u2," + GOOD_EXPLANATION + ",张三,2026-11-05\n"
                + "R002,u2," + GOOD_EXPLANATION + ",张三,2026-11-05\n"
                + "R002,u2," + GOOD_EXPLANATION + ",李四,2026-11-06\n"
                + "R002,u1," + GOOD_EXPLANATION + ",李四,2026-11-06,surplus\n");
        CliRun run = validate("--ref", "prev=" + prev, "--explanations", explanations.toString());
        assertThat(run.exit()).isEqualTo(2);
        JsonNode rejected = run.only().get("rejected_rows");
        assertThat(rejected).extracting(r -> r.get("line").asInt() + " " + r.get("field").asText() + " "
                + r.get("code").asText())
                .containsExactly("2 time SB-CLI-0022", "3 rule SB-CLI-0006", "5 null SB-CLI-0023",
                        "6 null SB-CLI-0009");
        assertThat(names(rejected.get(0))).containsExactly("file", "line", "field", "code", "message_zh", "message_en");
        assertThat(rejected.get(0).get("file").asText()).isEqualTo(explanations.toString());
        assertThat(violation(run.only(), "R002", "u2").get("explanation_accepted").asBoolean()).isTrue();

        Path noTime = write("no-time.csv", "rule,unit,text,author\nR002,u2,x,y\n");
        CliRun missingColumn = validate("--ref", "prev=" + prev, "--explanations", noTime.toString());
        assertThat(missingColumn.exit()).isEqualTo(2);
        assertThat(missingColumn.errorCode()).isEqualTo("SB-CLI-0024");

        Path unknownColumn = write("colour.csv", "rule,unit,text,author,time,colour\n");
        assertThat(validate("--ref", "prev=" + prev, "--explanations", unknownColumn.toString()).errorCode())
                .isEqualTo("SB-CLI-0003");
    }

    @Test
    void everyRecordAcceptableExitsZero() throws IOException {
        data = write("clean.csv", "unit,B01,B02\nu1,100,90\nu2,120,80\n");
        CliRun run = validate("--ref", "prev=" + prev);
        assertThat(run.exit()).isZero();
        assertThat(run.only().get("acceptable").asBoolean()).isTrue();
        assertThat(run.only().get("violations")).isEmpty();
    }

    @Test
    void hintFailuresDoNotBlock() throws IOException {
        data = write("big.csv", "unit,B01,B02\nu1,100,90\nu2,1200,80\n");
        prev = write("prev-big.csv", "unit,B01,B02\nu1,100,90\nu2,1000,80\n");
        CliRun run = validate("--ref", "prev=" + prev);
        assertThat(run.exit()).isZero();
        JsonNode hint = violation(run.only(), "R003", "u2");
        assertThat(hint.get("severity").asText()).isEqualTo("HINT");
        assertThat(hint.get("blocks").asBoolean()).isFalse();
    }

    @Test
    void badDataRowsAreReportedAndTheOtherRowsReviewed() throws IOException {
        // With a form, B01 is a number whatever the cells say: "abc" is a bad cell, not a text column.
        Path forms = write("forms.json", RulesCheckCommandTest.FORMS);
        data = write("bad.csv", "unit,B01,B02\nu1,100,90\nu2,abc,100\nu3,50,60,7\n,1,1\n");
        CliRun run = validate("--ref", "prev=" + prev, "--form", forms.toString(), "--form-id", "B204-1");
        assertThat(run.exit()).isEqualTo(2);
        JsonNode report = run.only();
        assertThat(report.get("records").asInt()).isEqualTo(1);
        assertThat(report.get("acceptable").asBoolean()).isFalse();
        JsonNode rejected = report.get("rejected_rows");
        assertThat(rejected).extracting(r -> r.get("line").asInt()).containsExactly(3, 4, 5);
        assertThat(rejected).extracting(r -> r.get("code").asText())
                .containsExactly("SB-VAL-0510", "SB-VAL-0507", "SB-VAL-0511");
        assertThat(rejected.get(0).get("field").asText()).isEqualTo("B01");
        assertThat(rejected.get(0).get("file").asText()).endsWith("bad.csv");

        prev = write("bad-prev.csv", "unit,B01,B02\nu1,100\n");
        CliRun badReference = validate("--ref", "prev=" + prev, "--form", forms.toString(), "--form-id", "B204-1");
        assertThat(badReference.exit()).isEqualTo(2);
        JsonNode all = badReference.only().get("rejected_rows");
        assertThat(all).hasSize(4);
        assertThat(all.get(3).get("file").asText()).endsWith("bad-prev.csv");
        assertThat(all.get(3).get("line").asInt()).isEqualTo(2);
        assertThat(all.get(3).get("code").asText()).isEqualTo("SB-VAL-0507");
    }

    @Test
    void unreadableOrBrokenFilesAreBadInputWithTheirProblems() throws IOException {
        CliRun absent = CliRun.of("validate", "--rules", rules.toString(), "--data",
                dir.resolve("absent.csv").toString(), "--key", "unit");
        assertThat(absent.exit()).isEqualTo(2);
        assertThat(absent.errorCode()).isEqualTo("SB-VAL-0501");
        assertThat(absent.only().get("error").get("problems").get(0).get("code").asText()).isEqualTo("SB-VAL-0502");

        CliRun noKey = CliRun.of("validate", "--rules", rules.toString(), "--data", data.toString(), "--key", "uscc");
        assertThat(noKey.exit()).isEqualTo(2);
        assertThat(noKey.only().get("error").get("problems").get(0).get("code").asText()).isEqualTo("SB-VAL-0506");

        rules = write("broken.yaml", "id: broken\nrules:\n  - id: R1\n    check: B01 >= +\n  - id: R2\n    check: B09 > 0\n");
        CliRun brokenRules = validate();
        assertThat(brokenRules.exit()).isEqualTo(2);
        assertThat(brokenRules.errorCode()).isEqualTo("SB-VAL-0001");
        JsonNode problems = brokenRules.only().get("error").get("problems");
        assertThat(problems).extracting(p -> p.get("code").asText() + "@" + p.get("line").asInt())
                .containsExactly("SB-VAL-0102@4", "SB-VAL-0201@6");
        assertThat(problems.get(1).get("column").asInt()).isPositive();
        assertThat(problems.get(1).get("file").asText()).endsWith("broken.yaml");

        CliRun text = validate("--format", "text");
        assertThat(text.exit()).isEqualTo(2);
        assertThat(text.lines().get(0)).startsWith("error SB-VAL-0001: ");
        assertThat(text.lines().get(2)).matches(".*broken\\.yaml:6:\\d+: SB-VAL-0201 .*");
    }

    @Test
    void aFormTypesTheDataAndNamesOtherFormsForReferences() throws IOException {
        Path forms = write("forms.json", RulesCheckCommandTest.FORMS);
        rules = write("cross.yaml", """
                id: cross
                rules:
                  - id: X1
                    check: if B01 > 0 then form("B205").C01 > 0
                  - id: X2
                    check: len(B05) <= 3
                """);
        data = write("b204.csv", "unit,B01,B02,B05\nu1,100,90,007\nu2,100,90,1234\nu3,100,90,\n");
        Path b205 = write("b205.csv", "unit,C01\nu1,12\nu2,0\n");
        CliRun run = validate("--form", forms.toString(), "--form-id", "B204-1", "--ref", "B205=" + b205);
        assertThat(run.exit()).isEqualTo(1);
        JsonNode report = run.only();
        // B05 is TEXT in the form: "007" keeps its zeros (3 characters), "1234" is too long.
        assertThat(report.get("violations")).extracting(v -> v.get("rule").asText() + ":" + v.get("key").get("unit")
                .asText()).containsExactly("X1:u2", "X2:u2");
        assertThat(counts(report.get("summary").get(0))).containsExactly(3L, 1L, 1L, 1L, 0L);

        CliRun prefixed = validate("--form", forms.toString(), "--form-id", "B204-1", "--ref", "form:B205=" + b205);
        assertThat(prefixed.only().get("violations")).isEqualTo(report.get("violations"));
    }

    @Test
    void withoutAFormOneBadCellMakesAColumnTextAndTheTypeErrorComesWithAHint() throws IOException {
        data = write("typo.csv", "unit,B01,B02\nu1,100,90\nu2,1OO,100\n");
        CliRun run = validate("--ref", "prev=" + prev);
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.only().get("error").get("problems").get(0).get("code").asText()).isEqualTo("SB-VAL-0204");
        assertThat(run.stderr()).contains("hint:", "--form", "--text");
    }

    @Test
    void withoutAFormDigitCodesNeedText() throws IOException {
        rules = write("codes.yaml", "id: codes\nrules:\n  - id: C1\n    check: len(B05) <= 3\n");
        data = write("codes.csv", "unit,B05\nu1,123\nu2,1234\n");
        CliRun inferred = validate();
        assertThat(inferred.exit()).as("B05 is inferred as a number: a type error, located").isEqualTo(2);
        assertThat(inferred.only().get("error").get("problems").get(0).get("code").asText()).isEqualTo("SB-VAL-0205");
        CliRun text = validate("--text", "B05");
        assertThat(text.exit()).isEqualTo(1);
        assertThat(text.only().get("violations").get(0).get("key").get("unit").asText()).isEqualTo("u2");
    }

    @Test
    void codeListsAndJsonLines() throws IOException {
        rules = write("list.yaml", "id: list\nrules:\n  - id: L1\n    check: in_codelist(town, 'towns')\n");
        data = write("towns.jsonl", "{\"unit\": \"u1\", \"town\": \"441900003\"}\n{\"unit\": \"u2\", \"town\": \"441900999\"}\n");
        Path towns = write("towns.txt", "\uFEFF441900003\n\n441900004\n");
        CliRun run = validate("--codelist", "towns=" + towns);
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.only().get("violations")).extracting(v -> v.get("key").get("unit").asText())
                .containsExactly("u2");
        CliRun missing = validate();
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.errorCode()).isEqualTo("SB-VAL-0602");
    }

    @Test
    void textFormatShowsTheSummaryTableViolationsAndTheResult() throws IOException {
        Path explanations = write("explanations.csv",
                "rule,unit,text,author,time\nR002,u2," + GOOD_EXPLANATION + ",张三,2026-11-05T08:00:00Z\n");
        CliRun run = validate("--ref", "prev=" + prev, "--explanations", explanations.toString(), "--format", "text");
        assertThat(run.exit()).isEqualTo(1);
        List<String> lines = run.lines();
        assertThat(lines.get(0)).isEqualTo("rule set demo 2026.1: 3 record(s) reviewed, 1 not acceptable");
        assertThat(lines.get(1)).matches("rule +severity +items +passes +fails +n/a +errors");
        assertThat(lines.get(2)).matches("R001 +MANDATORY +3 +2 +1 +0 +0");
        assertThat(lines.get(3)).matches("R002 +VERIFY +3 +1 +1 +1 +0");
        assertThat(lines.get(4)).matches("R003 +HINT +3 +3 +0 +0 +0");
        assertThat(lines.get(5)).isEqualTo("violations (2):");
        assertThat(run.stdout()).contains("R001 MANDATORY unit=u3 (row 2) imbalance -10: revenue 50 below",
                "      B01=50, B02=60", "R002 VERIFY unit=u2 (row 1) imbalance 1.5 [does not block]",
                "explanation by 张三 at 2026-11-05T08:00:00Z: " + GOOD_EXPLANATION + " (accepted)");
        assertThat(lines.get(lines.size() - 1)).isEqualTo("result: NOT acceptable 未通过");
    }

    @Test
    void progressGoesToStandardErrorOnly() {
        CliRun quiet = validate("--ref", "prev=" + prev);
        assertThat(quiet.stderr()).as("small files: no progress by default").isEmpty();
        CliRun loud = validate("--ref", "prev=" + prev, "--progress", "always");
        assertThat(loud.stdout()).isEqualTo(quiet.stdout());
        assertThat(loud.stderr()).contains("reading rules", "reading " + data, "read 3 record(s), 0 problem(s)",
                "compiling 3 rule(s)", "reviewing 3 record(s)", "done, exit 1");
        assertThat(validate("--ref", "prev=" + prev, "--progress", "never").stderr()).isEmpty();
    }

    @Test
    void usageErrorsAreTyped() {
        assertThat(validate("--ref", "prev").errorCode()).isEqualTo("SB-CLI-0020");
        assertThat(validate("--ref", "=x.csv").errorCode()).isEqualTo("SB-CLI-0020");
        assertThat(validate("--ref", "form:=x.csv").errorCode()).isEqualTo("SB-CLI-0020");
        assertThat(validate("--ref", "prev=" + prev, "--ref", "prev=" + prev).errorCode()).isEqualTo("SB-CLI-0021");
        assertThat(validate("--ref", "B205=" + prev, "--ref", "form:B205=" + prev).errorCode())
                .isEqualTo("SB-CLI-0021");
        assertThat(validate("--codelist", "towns").errorCode()).isEqualTo("SB-CLI-0025");
        assertThat(validate("--ref", "prev=a\u0000b.csv").errorCode()).isEqualTo("SB-CLI-0020");
        assertThat(validate("--codelist", "t=" + dir.resolve("absent.txt")).errorCode()).isEqualTo("SB-CLI-0002");
        assertThat(validate("--format", "xml").errorCode()).isEqualTo("SB-CLI-0015");
        assertThat(validate("--progress", "sometimes").errorCode()).isEqualTo("SB-CLI-0015");
        assertThat(validate("--form-id", "B204-1").errorCode()).isEqualTo("SB-CLI-0006");
        assertThat(CliRun.of("validate", "--rules", rules.toString(), "--data", data.toString(), "--key", "unit,,x")
                .errorCode()).isEqualTo("SB-CLI-0015");
        CliRun noKey = CliRun.of("validate", "--rules", rules.toString(), "--data", data.toString());
        assertThat(noKey.exit()).isEqualTo(2);
        assertThat(noKey.errorCode()).isEqualTo("SB-CLI-0013");
        assertThat(noKey.only().get("error").get("message_en").asText()).contains("--key");
        for (CliRun run : List.of(validate("--ref", "prev"), validate("--format", "xml"), noKey)) {
            assertThat(run.exit()).isEqualTo(2);
            assertThat(run.stdout()).doesNotContain("Exception", "\tat ");
        }
    }
}
