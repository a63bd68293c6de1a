package org.statsbase.testkit.validation;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.statsbase.testkit.validation.ReviewAssertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.statsbase.core.level.Severity;
import org.statsbase.validation.data.Column;
import org.statsbase.validation.data.ColumnType;
import org.statsbase.validation.data.ColumnarDataset;
import org.statsbase.validation.data.RecordKey;
import org.statsbase.validation.data.Schema;
import org.statsbase.validation.data.Value;
import org.statsbase.validation.review.Explanation;
import org.statsbase.validation.review.ExplanationPolicy;
import org.statsbase.validation.review.ReviewReport;
import org.statsbase.validation.review.RuleSet;
import org.statsbase.validation.rules.LocalizedText;
import org.statsbase.validation.rules.RuleDefinition;
import org.statsbase.validation.rules.RuleSetDefinition;

/**
 * Each assertion of {@link ReviewAssertions} passes on a report where it holds and fails, with a
 * message naming the rule, the record and what was found, where it does not. The report is a
 * real review of three records:
 *
 * <pre>
 * unit_id  B01  B02  C01     R001 VERIFY  B02 &lt;= B01   R002 MANDATORY B02 &gt; 0
 * u1       5    2    '001'   pass                     pass
 * u2       1    4    '002'   fail (imbalance 4−1=3)   pass
 * u3       NA   3    '001'   not applicable           pass
 *                             R003 HINT B01 &lt; 10     R004 HINT C01 = '001'
 * u1                          pass                     pass
 * u2                          pass                     fail (no imbalance: texts)
 * u3                          not applicable           pass
 * </pre>
 */
class ReviewAssertionsTest {

    private static final Schema SCHEMA = Schema.of(List.of(Column.of("unit_id", ColumnType.TEXT),
            Column.of("B01", ColumnType.NUMBER), Column.of("B02", ColumnType.NUMBER), Column.of("C01", ColumnType.TEXT)),
            List.of("unit_id"));
    private static final ColumnarDataset DATA = ColumnarDataset.builder(SCHEMA)
            .add(Value.of("u1"), Value.of(5), Value.of(2), Value.of("001"))
            .add(Value.of("u2"), Value.of(1), Value.of(4), Value.of("002"))
            .add(Value.of("u3"), Value.missing(), Value.of(3), Value.of("001"))
            .build();
    private static final RecordKey U1 = RecordKey.of("unit_id", "u1");
    private static final RecordKey U2 = RecordKey.of("unit_id", "u2");
    private static final RecordKey U3 = RecordKey.of("unit_id", "u3");
    private static final ExplanationPolicy POLICY = ExplanationPolicy.defaults();
    private static final Instant AT = Instant.parse("2026-11-05T08:00:00Z");

    private static final ReviewReport REPORT = RuleSet.compile(RuleSetDefinition.of("demo", List.of(
            RuleDefinition.of("R001", "B02 <= B01").withSeverity(Severity.VERIFY)
                    .withMessage(LocalizedText.of("本期B02{B02}大于B01{B01}", "B02 {B02} exceeds B01 {B01}")),
            RuleDefinition.of("R002", "B02 > 0"),
            RuleDefinition.of("R003", "B01 < 10").withSeverity(Severity.HINT),
            RuleDefinition.of("R004", "C01 = '001'").withSeverity(Severity.HINT))), SCHEMA).review(DATA);

    /** Compiled without a schema, so that adding 1 to a text is an evaluation error on every record. */
    private static final ReviewReport WITH_ERRORS = RuleSet.compile(RuleSetDefinition.of("errors",
            List.of(RuleDefinition.of("E001", "C01 + 1 > 0")))).review(DATA);

    @Test
    void aViolationOfARuleForARecordWithItsSeverityAndImbalance() {
        assertThat(REPORT).hasViolation("R001").forRecord(U2).withSeverity(Severity.VERIFY).withImbalance("3")
                .withImbalance("3.00").withField("B01", Value.of(1)).withField("B02", Value.of(4))
                .withMessageContaining("exceeds B01 1").withoutExplanation().hasCount(1);
        assertThat(REPORT).hasViolation("R001").forRecord("u2").withSeverity(Severity.VERIFY);
        assertThat(REPORT).hasViolation("R004").forRecord(U2).withoutImbalance().and().hasNoViolation("R002");
        assertThat(REPORT.violations().get(0)).withSeverity(Severity.VERIFY).withImbalance("3");
    }

    @Test
    void aRuleWithoutViolationsFailsHasViolationWithItsCounts() {
        assertThatThrownBy(() -> assertThat(REPORT).hasViolation("R002"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("rule R002").hasMessageContaining("has none")
                .hasMessageContaining("items=3, passes=3, fails=0, not_applicable=0, errors=0");
    }

    @Test
    void anUnknownRuleIsNamedWithTheRulesThereAre() {
        assertThatThrownBy(() -> assertThat(REPORT).hasViolation("R009"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("R009").hasMessageContaining("[R001, R002, R003, R004]");
        assertThatThrownBy(() -> assertThat(REPORT).hasNoViolation("R009"))
                .isInstanceOf(AssertionError.class).hasMessageContaining("R009");
        assertThatThrownBy(() -> assertThat(REPORT).summary("R009"))
                .isInstanceOf(AssertionError.class).hasMessageContaining("R009");
    }

    @Test
    void aRecordTheRuleDoesNotFailIsNamedWithTheRecordsItFails() {
        assertThatThrownBy(() -> assertThat(REPORT).hasViolation("R001").forRecord(U1))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("rule R001").hasMessageContaining("unit_id=u1")
                .hasMessageContaining("unit_id=u2 (row 1, VERIFY, imbalance 3");
        assertThatThrownBy(() -> assertThat(REPORT).hasViolation("R001").forRecord("u3"))
                .isInstanceOf(AssertionError.class).hasMessageContaining("u3").hasMessageContaining("unit_id=u2");
    }

    @Test
    void aWrongSeverityImbalanceFieldOrMessageIsNamedWithWhatWasFound() {
        assertThatThrownBy(() -> assertThat(REPORT).hasViolation("R001").forRecord(U2)
                .withSeverity(Severity.MANDATORY))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("rule R001").hasMessageContaining("unit_id=u2")
                .hasMessageContaining("severity MANDATORY").hasMessageContaining("it is VERIFY");
        assertThatThrownBy(() -> assertThat(REPORT).hasViolation("R001").forRecord(U2).withImbalance("-3"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("rule R001").hasMessageContaining("unit_id=u2")
                .hasMessageContaining("imbalance -3").hasMessageContaining("it is 3");
        assertThatThrownBy(() -> assertThat(REPORT).hasViolation("R004").forRecord(U2).withImbalance("0"))
                .isInstanceOf(AssertionError.class).hasMessageContaining("rule R004").hasMessageContaining("it has none");
        assertThatThrownBy(() -> assertThat(REPORT).hasViolation("R001").forRecord(U2).withoutImbalance())
                .isInstanceOf(AssertionError.class).hasMessageContaining("it has 3");
        assertThatThrownBy(() -> assertThat(REPORT).hasViolation("R001").withField("B01", Value.of(2)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("field B01=2").hasMessageContaining("it read B02=4, B01=1");
        assertThatThrownBy(() -> assertThat(REPORT).hasViolation("R001").withMessageContaining("小于"))
                .isInstanceOf(AssertionError.class).hasMessageContaining("\"本期B024大于B011\" / \"B02 4 exceeds B01 1\"");
        assertThatThrownBy(() -> assertThat(REPORT).hasViolation("R001").withExplanation())
                .isInstanceOf(AssertionError.class).hasMessageContaining("an explanation but it has none");
        assertThatThrownBy(() -> assertThat(REPORT).hasViolation("R001").hasCount(2))
                .isInstanceOf(AssertionError.class).hasMessageContaining("Expected 2 of the violations of rule R001")
                .hasMessageContaining("found 1");
    }

    @Test
    void noViolationOfARuleOrOfARuleForARecord() {
        assertThat(REPORT).hasNoViolation("R002").hasNoViolation("R003").hasNoViolation("R001", U1)
                .hasNoViolation("R001", U3).hasNoErrors().hasRecords(3);
        assertThatThrownBy(() -> assertThat(REPORT).hasNoViolation("R001"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("rule R001").hasMessageContaining("fails on 1 record(s)")
                .hasMessageContaining("unit_id=u2").hasMessageContaining("imbalance 3");
        assertThatThrownBy(() -> assertThat(REPORT).hasNoViolation("R004", U2))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("rule R004").hasMessageContaining("unit_id=u2")
                .hasMessageContaining("imbalance none").hasMessageContaining("C01=002");
        assertThatThrownBy(() -> assertThat(REPORT).hasNoViolations())
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("found 2").hasMessageContaining("rule R001 for unit_id=u2")
                .hasMessageContaining("rule R004 for unit_id=u2");
        assertThatThrownBy(() -> assertThat(REPORT).hasRecords(4))
                .isInstanceOf(AssertionError.class).hasMessageContaining("4 record(s) but it has 3");
    }

    @Test
    void theCountsOfARule() {
        assertThat(REPORT).summary("R001").hasCounts(3, 1, 1, 1, 0).hasSeverity(Severity.VERIFY).hasPasses(1)
                .hasFails(1).hasNotApplicable(1).hasErrors(0);
        assertThat(REPORT).summary("R003").hasCounts(3, 2, 0, 1, 0);
        assertThat(REPORT.summaries().get(1)).hasCounts(3, 3, 0, 0, 0).hasSeverity(Severity.MANDATORY);
        assertThatThrownBy(() -> assertThat(REPORT).summary("R001").hasCounts(3, 2, 0, 1, 0))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("rule R001").hasMessageContaining("passes 1 instead of 2")
                .hasMessageContaining("fails 1 instead of 0")
                .hasMessageContaining("items=3, passes=1, fails=1, not_applicable=1, errors=0");
        assertThatThrownBy(() -> assertThat(REPORT).summary("R003").hasNotApplicable(0))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("rule R003").hasMessageContaining("not_applicable=0 but it had not_applicable=1");
        assertThatThrownBy(() -> assertThat(REPORT).summary("R003").hasSeverity(Severity.VERIFY))
                .isInstanceOf(AssertionError.class).hasMessageContaining("R003 to be VERIFY but it is HINT");
    }

    @Test
    void acceptabilityNamesWhatBlocksARecord() {
        assertThat(REPORT).isAcceptable(U1, POLICY).isAcceptable(U3, POLICY).isNotAcceptable(U2, POLICY);
        assertThatThrownBy(() -> assertThat(REPORT).isAcceptable(U2, POLICY))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("unit_id=u2").hasMessageContaining("rule R001 (VERIFY) fails without an explanation");
        ReviewReport boilerplate = REPORT.explain("R001", U2, Explanation.of("核实无误", "张三", AT));
        assertThatThrownBy(() -> assertThat(boilerplate).isAcceptable(U2, POLICY))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("rule R001").hasMessageContaining("核实无误").hasMessageContaining("SB-VAL-06");
        ReviewReport explained = REPORT.explain("R001", U2, Explanation.of("本月新签大客户订单，营业收入翻番", "张三", AT));
        assertThat(explained).isAcceptable(U2, POLICY).hasViolation("R001").forRecord(U2).withExplanation();
        assertThatThrownBy(() -> assertThat(explained).isNotAcceptable(U2, POLICY))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("unit_id=u2").hasMessageContaining("rule R001 (VERIFY, explained)")
                .hasMessageContaining("rule R004 (HINT)");
        assertThatThrownBy(() -> assertThat(REPORT).isNotAcceptable(U1, POLICY))
                .isInstanceOf(AssertionError.class).hasMessageContaining("unit_id=u1").hasMessageContaining("none");
    }

    @Test
    void evaluationErrorsAreNamed() {
        assertThat(WITH_ERRORS).summary("E001").hasCounts(3, 0, 0, 0, 3);
        assertThatThrownBy(() -> assertThat(WITH_ERRORS).hasNoErrors())
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("found 3").hasMessageContaining("rule E001 on unit_id=u1 (row 0): SB-VAL-0306");
        assertThatThrownBy(() -> assertThat(WITH_ERRORS).isAcceptable(U1, POLICY))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("rule E001 could not be evaluated: SB-VAL-0306");
        assertThatThrownBy(() -> assertThat(WITH_ERRORS).hasViolation("E001"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("errors=3").hasMessageContaining("evaluation errors: unit_id=u1 (row 0)");
    }

    @Test
    void aDescriptionPrefixesTheMessage() {
        assertThatThrownBy(() -> assertThat(REPORT).as("monthly review").hasNoViolation("R001"))
                .isInstanceOf(AssertionError.class).hasMessageContaining("[monthly review]");
    }

    @Test
    void backToTheReportOnlyFromAReport() {
        assertThatThrownBy(() -> assertThat(REPORT.violations().get(0)).and())
                .isInstanceOf(IllegalStateException.class);
        org.assertj.core.api.Assertions.assertThat(assertThat(REPORT).hasViolation("R001").forRecord(U2).violation())
                .isEqualTo(REPORT.violations().get(0));
        assertThatThrownBy(() -> assertThat(REPORT).hasViolation("R001").forRecord(U2).and().hasViolation("R001")
                .forRecord(U1))
                .isInstanceOf(AssertionError.class).hasMessageContaining("unit_id=u1");
        ReviewReport twoFailures = RuleSet.compile(RuleSetDefinition.of("two", List.of(RuleDefinition.of("T001",
                "B02 < 3"))), SCHEMA).review(DATA);
        assertThat(twoFailures).hasViolation("T001").hasCount(2).withSeverity(Severity.MANDATORY);
        assertThatThrownBy(() -> assertThat(twoFailures).hasViolation("T001").violation())
                .isInstanceOf(AssertionError.class).hasMessageContaining("Expected 1 of the violations of rule T001")
                .hasMessageContaining("unit_id=u2 (row 1").hasMessageContaining("unit_id=u3 (row 2");
        assertThatThrownBy(() -> assertThat(twoFailures).hasViolation("T001").withImbalance("1"))
                .isInstanceOf(AssertionError.class).hasMessageContaining("unit_id=u3").hasMessageContaining("it is 0");
    }
}
