package org.statsbase.testkit.fuzz;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The classic hostile inputs, each given once to every parser it concerns, so that they are always run whatever
 * the random generators draw: aliases that expand without bound (billion laughs), nesting far deeper than any
 * limit, an enormous single line, overflowing numbers, GBK and UTF-16 bytes.
 */
class HostileExamplesTest {

    private static final String DEEP_JSON = "[".repeat(200_000);
    private static final String DEEP_OBJECT = "{\"a\":".repeat(100_000) + "1" + "}".repeat(100_000);
    private static final String LAUGHS = Hostile.billionLaughs(12);
    private static final String HUGE_LINE = "x".repeat(8 * 1024 * 1024);

    @Test
    void aliasesThatExpandWithoutBound() {
        Targets.RULE_SET_YAML.check((LAUGHS + "id: x\nrules: *a12\n").getBytes(StandardCharsets.UTF_8));
        Targets.LEDGER_MAPPING.check(LAUGHS + "form: SX203\nfigures: *a12\n");
    }

    @Test
    void nestingFarDeeperThanAnyLimit() {
        for (String text : new String[] {DEEP_JSON, DEEP_OBJECT, "- ".repeat(100_000) + "x"}) {
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            for (Target<byte[]> t : java.util.List.of(Targets.RULE_SET_JSON, Targets.RULE_SET_YAML,
                    Targets.DATASET_JSONL, Targets.INDUSTRY_JSON, Targets.SURVEY_SYSTEM, Targets.DEADLINE_CALENDAR,
                    Targets.RETENTION_SCHEDULE, Targets.LEDGER_JSONL)) {
                t.check(bytes);
            }
            for (Target<String> t : java.util.List.of(Targets.LEDGER_MAPPING, Targets.SECRET_ITEMS,
                    Targets.CLASSIFICATION_POLICY, Targets.SENSITIVITY_RULES)) {
                t.check(text);
            }
        }
        Targets.RULE_EXPRESSION.check("(".repeat(100_000) + "1" + ")".repeat(100_000));
        Targets.RULE_EXPRESSION.check("-".repeat(90_000) + "1 > 0");
        Targets.RULE_EXPRESSION.check("not ".repeat(20_000) + "B01 > 0");
    }

    @Test
    void anEnormousLine() {
        byte[] line = ("unit,B01\nU1," + HUGE_LINE + "\n").getBytes(StandardCharsets.UTF_8);
        for (Target<byte[]> t : java.util.List.of(Targets.DATASET_CSV, Targets.DATASET_JSONL, Targets.DIVISION_CATALOG,
                Targets.INDUSTRY_CSV, Targets.LEDGER_CSV, Targets.LEDGER_JSONL, Targets.RULE_SET_YAML,
                Targets.RULE_SET_JSON, Targets.SURVEY_SYSTEM)) {
            t.check(line);
        }
        for (Target<String> t : java.util.List.of(Targets.USCC, Targets.REPORTING_PERIOD, Targets.RULE_EXPRESSION,
                Targets.SENSITIVITY_RULES, Targets.SECRET_ITEMS, Targets.LEDGER_MAPPING, Targets.RETENTION_PERIOD)) {
            t.check(HUGE_LINE);
        }
    }

    @Test
    void overflowingNumbers() {
        String big = "9".repeat(5000);
        Targets.DATASET_CSV.check(("unit,B01\nU1," + big + "\nU2,1e999999999\nU3,-1e-999999999\n")
                .getBytes(StandardCharsets.UTF_8));
        Targets.DATASET_JSONL.check(("{\"unit\": \"U1\", \"B01\": " + big
                + "}\n{\"unit\": \"U2\", \"B01\": 1e999999999}\n")
                .getBytes(StandardCharsets.UTF_8));
        Targets.DEADLINE_CALENDAR.check(("{\"rules\": [{\"frequency\": \"月报\", \"day_of_month\": " + big
                + ", \"time\": \"18:00\", \"exempt_indexes\": [1e999999999]}]}").getBytes(StandardCharsets.UTF_8));
        Targets.SECRET_ITEMS.check("{\"source\": \"s\", \"items\": [{\"id\": \"a\", \"level\": \"秘密\","
                + " \"period_years\": "
                + big + ", \"source\": \"s\"}]}");
        Targets.SENSITIVITY_RULES.check("freq(" + big + "),nk(1e999999999,50),p(-" + big + ")");
        Targets.RULE_EXPRESSION.check("B01 > " + big);
        Targets.RETENTION_PERIOD.check("D" + big);
        Targets.REPORTING_PERIOD.check(big + "-10");
    }

    /** An exponent no BigDecimal holds: Jackson throws NumberFormatException, not a JsonProcessingException. */
    @Test
    void anExponentNoBigDecimalHolds() {
        String e = "1e3" + "9".repeat(40);
        for (Target<byte[]> t : java.util.List.of(Targets.RULE_SET_JSON, Targets.RULE_SET_YAML, Targets.DATASET_JSONL,
                Targets.INDUSTRY_JSON, Targets.SURVEY_SYSTEM, Targets.DEADLINE_CALENDAR, Targets.RETENTION_SCHEDULE,
                Targets.LEDGER_JSONL)) {
            t.check(("{\"id\": " + e + ", \"unit\": " + e + ", \"rules\": [" + e + "], \"year\": " + e + "}\n")
                    .getBytes(StandardCharsets.UTF_8));
            t.check(("[" + e + "]").getBytes(StandardCharsets.UTF_8));
        }
        for (Target<String> t : java.util.List.of(Targets.LEDGER_MAPPING, Targets.SECRET_ITEMS,
                Targets.CLASSIFICATION_POLICY)) {
            t.check("{\"form\": " + e + ", \"decimals\": " + e + ", \"items\": [{\"period_years\": " + e
                    + "}], \"grades\": " + e + "}");
        }
        Targets.DEADLINE_CALENDAR.check(("{\"rules\": [{\"frequency\": \"月报\", \"day_of_month\": " + e
                + ", \"time\": \"18:00\", \"exempt_indexes\": [" + e + "]}]}").getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void wrongEncodings() {
        Charset gbk = Charset.forName("GBK");
        for (String seed : Targets.DATASET_CSV_SEEDS) {
            Targets.DATASET_CSV.check(seed.getBytes(gbk));
            Targets.DATASET_CSV.check(seed.getBytes(StandardCharsets.UTF_16));
        }
        for (String seed : Targets.DIVISION_CATALOG_SEEDS) {
            Targets.DIVISION_CATALOG.check(seed.getBytes(gbk));
            Targets.DIVISION_CATALOG.check(seed.getBytes(StandardCharsets.UTF_16LE));
        }
        for (String seed : Targets.LEDGER_CSV_SEEDS) {
            Targets.LEDGER_CSV.check(seed.getBytes(gbk));
        }
        for (String seed : Targets.RULE_SET_YAML_SEEDS) {
            Targets.RULE_SET_YAML.check(seed.getBytes(StandardCharsets.UTF_16BE));
        }
    }
}
