package org.statsbase.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.statsbase.core.level.Severity;
import org.statsbase.testdata.ReadmeGuide;
import org.statsbase.validation.data.ColumnarDataset;
import org.statsbase.validation.data.DatasetReader;
import org.statsbase.validation.data.FieldValue;
import org.statsbase.validation.data.RecordKey;
import org.statsbase.validation.data.Value;
import org.statsbase.validation.error.RuleProblem;
import org.statsbase.validation.error.RuleSetException;
import org.statsbase.validation.review.Explanation;
import org.statsbase.validation.review.ExplanationPolicy;
import org.statsbase.validation.review.ReviewContext;
import org.statsbase.validation.review.ReviewReport;
import org.statsbase.validation.review.RuleSet;
import org.statsbase.validation.review.RuleSummary;
import org.statsbase.validation.review.Violation;
import org.statsbase.validation.rules.RuleSetDefinition;
import org.statsbase.validation.rules.file.RuleSetFiles;
import org.statsbase.validation.rules.file.RuleSetFormat;

/**
 * The code of the "Five-minute guide / 五分钟上手" of statsbase-validation/README.md: the test runs
 * exactly the snippets the README shows, in order (keep the two in step), and checks every result
 * the README states. The counts were worked out by hand: R001 {@code B01 >= B02} fails only u2
 * (50 &lt; 60); R002 {@code abs(growth(B01, prev.B01)) <= 0.5} gives u1 0.11, u2 0.25 and fails u3
 * (300 / 100 − 1 = 2, imbalance 2 − 0.5 = 1.5).
 */
class FiveMinuteGuideTest {

    private static InputStream utf8(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void writeCompileReviewReadExplain() {
        // 1. a rule set (审核规则集), as a statistical office writes it
        String yaml = """
                id: guide-monthly
                version: "2026.1"
                rules:
                  - id: R001
                    check: B01 >= B02
                    name: {zh: 营业收入不小于主营业务收入, en: Revenue not below main business revenue}
                    message: {zh: "营业收入{B01}小于主营业务收入{B02}", en: "Revenue {B01} is below main business revenue {B02}"}
                  - id: R002
                    check: abs(growth(B01, prev.B01)) <= 0.5
                    when: B03 > 0
                    severity: VERIFY
                    message: {zh: "营业收入增速超出 ±50%", en: "Revenue growth beyond ±50%"}
                """;
        RuleSetDefinition definition = RuleSetFiles.parse(yaml, "guide-monthly.yaml", RuleSetFormat.YAML);
        RuleSet rules = RuleSet.compile(definition);
        assertThat(rules.id()).isEqualTo("guide-monthly");

        // 2. this month's and last month's data (CSV, UTF-8, header row)
        DatasetReader reader = DatasetReader.withKey("unit_id");
        ColumnarDataset thisMonth = reader.readCsv(utf8("""
                unit_id,B01,B02,B03
                u1,100,80,10
                u2,50,60,5
                u3,300,150,20
                """), "2026-10.csv").orElseThrow();
        ColumnarDataset lastMonth = reader.readCsv(utf8("""
                unit_id,B01
                u1,90
                u2,40
                u3,100
                """), "2026-09.csv").orElseThrow();

        // 3. review
        ReviewReport report = rules.review(thisMonth, ReviewContext.empty().withPrevious(lastMonth));
        assertThat(report.summaries()).containsExactly(
                new RuleSummary("R001", Severity.MANDATORY, 3, 2, 1, 0, 0),
                new RuleSummary("R002", Severity.VERIFY, 3, 2, 1, 0, 0));

        // 4. violations
        Violation r001 = report.violations().get(0);
        assertThat(r001.ruleId()).isEqualTo("R001");
        assertThat(r001.key()).isEqualTo(RecordKey.of("unit_id", "u2"));
        assertThat(r001.fields()).containsExactly(
                new FieldValue("B01", Value.of(50)), new FieldValue("B02", Value.of(60)));
        assertThat(r001.imbalance()).hasValueSatisfying(i -> assertThat(i).isEqualByComparingTo("-10"));
        assertThat(r001.message().zh()).isEqualTo("营业收入50小于主营业务收入60");
        assertThat(r001.message().en()).isEqualTo("Revenue 50 is below main business revenue 60");
        Violation r002 = report.violations().get(1);
        assertThat(r002.ruleId()).isEqualTo("R002");
        assertThat(r002.key()).isEqualTo(RecordKey.of("unit_id", "u3"));
        assertThat(r002.imbalance()).hasValueSatisfying(i -> assertThat(i).isEqualByComparingTo(new BigDecimal("1.5")));
        assertThat(report.violations()).hasSize(2);

        // 5. an explanation (情况说明) of the VERIFY failure, and acceptance
        RecordKey u3 = RecordKey.of("unit_id", "u3");
        ExplanationPolicy policy = ExplanationPolicy.defaults();
        assertThat(report.isAcceptable(u3, policy)).isFalse();
        ReviewReport explained = report.explain("R002", u3,
                Explanation.of("本月新签大客户订单，营业收入翻番", "张三", Instant.parse("2026-11-05T08:00:00Z")));
        assertThat(explained.isAcceptable(u3, policy)).isTrue();
        assertThat(explained.unacceptableRecords(policy)).containsExactly(RecordKey.of("unit_id", "u2"));
        assertThat(policy.judge(Explanation.of("核实无误", "李四", Instant.parse("2026-11-05T08:00:00Z"))))
                .hasValueSatisfying(r -> assertThat(r.code()).isEqualTo("SB-VAL-0606"));
        assertThat(explained.toJson()).contains("\"explanation\":");
    }

    @Test
    void theRuleSetIsCheckedWhenCompiled() {
        RuleSetDefinition broken = RuleSetFiles.parse("""
                id: broken
                rules:
                  - {id: R001, check: "B01 >= "}
                """, "broken.yaml", RuleSetFormat.YAML);
        RuleSetException e = catchThrowableOfType(RuleSetException.class, () -> RuleSet.compile(broken));
        RuleProblem first = e.problems().get(0);
        assertThat(first.code()).isEqualTo("SB-VAL-0102");
        assertThat(first.location().source()).isEqualTo("broken.yaml");
        assertThat(first.location().line()).isEqualTo(3);
    }

    @Test
    void everySnippetOfTheReadmeGuideIsCodeOfThisTest() {
        ReadmeGuide.assertEveryCodeLineIsIn(FiveMinuteGuideTest.class);
    }
}
