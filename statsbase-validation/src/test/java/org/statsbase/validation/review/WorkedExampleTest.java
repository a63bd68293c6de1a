package org.statsbase.validation.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.statsbase.core.error.StatsbaseException;
import org.statsbase.core.level.Severity;
import org.statsbase.validation.data.FieldValue;
import org.statsbase.validation.data.RecordKey;
import org.statsbase.validation.data.Value;
import org.statsbase.validation.rules.LocalizedText;
import org.statsbase.validation.rules.RuleDefinition;
import org.statsbase.validation.rules.RuleSetDefinition;

/**
 * A worked example whose counts were computed by hand, with R validate 1.1.6's semantics
 * (items / passes / fails / nNA), then explanations and acceptance. Measured in R
 * ({@code RValidateParityTest}, data {@code parity/worked.csv}): R1, R3 and R4 give these counts;
 * R2 gives 3 passes, 1 fail, 2 NA there, because validate has no {@code when} and
 * {@code if (B03 > 0) …} passes u4.
 *
 * <pre>
 * unit  B01  B02  B03  prev.B01
 * u1    100   80   10   90
 * u2     50   60    5   40
 * u3     NA   30    3   20
 * u4     70   NA    0   (no previous record)
 * u5      0    0   NA    0
 * u6    200  150   20  100
 * </pre>
 *
 * R1 MANDATORY {@code B01 >= B02}: u1 T, u2 F (50 &lt; 60), u3 NA, u4 NA, u5 T (0 &gt;= 0), u6 T
 * → 6 items, 3 passes, 1 fail, 2 NA.
 *
 * <p>R2 VERIFY {@code abs(growth(B01, prev.B01)) <= 0.5} when {@code B03 > 0}: u1 growth
 * 100/90−1 = 0.11 T; u2 50/40−1 = 0.25 T; u3 B01 NA → NA; u4 when 0 &gt; 0 false → NA; u5 when NA
 * → NA; u6 200/100−1 = 1 &gt; 0.5 F (imbalance 1 − 0.5 = 0.5) → 2 passes, 1 fail, 3 NA.
 *
 * <p>R3 QUASI_MANDATORY {@code if B01 > 0 then B03 > 0} (R: {@code !(B01 > 0) | B03 > 0}): u1 T;
 * u2 T; u3 condition NA but consequence 3 &gt; 0 true → NA | TRUE = TRUE; u4 70 &gt; 0 and 0 &gt; 0
 * false → F; u5 0 &gt; 0 false → T; u6 T → 5 passes, 1 fail, 0 NA.
 *
 * <p>R4 HINT {@code B02 / B03 < 10}: u1 8 T; u2 12 F; u3 10 &lt; 10 F; u4 NA / 0 → NA; u5 0 / NA →
 * NA; u6 7.5 T → 2 passes, 2 fails, 2 NA.
 */
class WorkedExampleTest {

    static final Table DATA = Table.with("unit:TEXT", "B01", "B02", "B03").key("unit")
            .row("u1", 100, 80, 10).row("u2", 50, 60, 5).row("u3", null, 30, 3)
            .row("u4", 70, null, 0).row("u5", 0, 0, null).row("u6", 200, 150, 20).build();
    static final Table PREV = Table.with("unit:TEXT", "B01").key("unit")
            .row("u1", 90).row("u2", 40).row("u3", 20).row("u5", 0).row("u6", 100).build();

    static final RuleSetDefinition RULES = RuleSetDefinition.of("worked", List.of(
            RuleDefinition.of("R1", "B01 >= B02").withMessage(
                    LocalizedText.of("营业收入{B01}小于主营业务收入{B02}", "revenue {B01} below main business revenue {B02}")),
            RuleDefinition.of("R2", "abs(growth(B01, prev.B01)) <= 0.5").withWhen("B03 > 0")
                    .withSeverity(Severity.VERIFY)
                    .withMessage(LocalizedText.of("营业收入增速{round(growth(B01, prev.B01) * 100, 1)}%",
                            "revenue growth {round(growth(B01, prev.B01) * 100, 1)}%")),
            RuleDefinition.of("R3", "if B01 > 0 then B03 > 0").withSeverity(Severity.QUASI_MANDATORY),
            RuleDefinition.of("R4", "B02 / B03 < 10").withSeverity(Severity.HINT)));

    static ReviewReport report() {
        return RuleSet.compile(RULES).review(DATA, ReviewContext.empty().withPrevious(PREV));
    }

    static RecordKey unit(String id) {
        return RecordKey.of("unit", id);
    }

    @Test
    void countsComputedByHand() {
        assertThat(report().summaries()).containsExactly(
                new RuleSummary("R1", Severity.MANDATORY, 6, 3, 1, 2, 0),
                new RuleSummary("R2", Severity.VERIFY, 6, 2, 1, 3, 0),
                new RuleSummary("R3", Severity.QUASI_MANDATORY, 6, 5, 1, 0, 0),
                new RuleSummary("R4", Severity.HINT, 6, 2, 2, 2, 0));
    }

    @Test
    void violationsCarryKeyFieldsImbalanceAndMessage() {
        List<Violation> v = report().violations();
        assertThat(v).extracting(Violation::ruleId, x -> x.key().values().get(0)).containsExactly(
                org.assertj.core.groups.Tuple.tuple("R1", "u2"), org.assertj.core.groups.Tuple.tuple("R2", "u6"),
                org.assertj.core.groups.Tuple.tuple("R3", "u4"), org.assertj.core.groups.Tuple.tuple("R4", "u2"),
                org.assertj.core.groups.Tuple.tuple("R4", "u3"));
        Violation r1 = v.get(0);
        assertThat(r1.fields()).containsExactly(new FieldValue("B01", Value.of(50)), new FieldValue("B02", Value.of(60)));
        assertThat(r1.imbalance()).contains(new BigDecimal("-10"));
        assertThat(r1.message()).isEqualTo(LocalizedText.of("营业收入50小于主营业务收入60",
                "revenue 50 below main business revenue 60"));
        assertThat(r1.row()).isEqualTo(1);
        Violation r2 = v.get(1);
        assertThat(r2.fields()).containsExactly(new FieldValue("B03", Value.of(20)), new FieldValue("B01", Value.of(200)),
                new FieldValue("prev.B01", Value.of(100)));
        assertThat(r2.imbalance().orElseThrow()).isEqualByComparingTo("0.5");
        assertThat(r2.message().zh()).isEqualTo("营业收入增速100.0%");
        assertThat(v.get(2).imbalance().orElseThrow()).isEqualByComparingTo("0");
        assertThat(v.get(2).message().en()).isEqualTo("rule R3 failed: if B01 > 0 then B03 > 0");
        assertThat(v.get(3).imbalance().orElseThrow()).isEqualByComparingTo("2");
    }

    @Test
    void acceptance() {
        ExplanationPolicy policy = ExplanationPolicy.defaults();
        ReviewReport r = report();
        // u2 fails a mandatory rule, u4 a quasi-mandatory one, u6 a verify rule without explanation;
        // u3 fails only a hint
        assertThat(r.unacceptableRecords(policy)).containsExactly(unit("u2"), unit("u4"), unit("u6"));
        assertThat(r.isAcceptable(unit("u3"), policy)).isTrue();
        assertThat(r.isAcceptable(unit("u1"), policy)).isTrue();

        Instant at = Instant.parse("2026-11-05T08:00:00Z");
        ReviewReport boilerplate = r.explain("R2", unit("u6"), Explanation.of("核实无误。", "张三", at));
        assertThat(boilerplate.isAcceptable(unit("u6"), policy)).isFalse();
        ReviewReport real = r.explain("R2", unit("u6"), Explanation.of("本月新签大客户订单，营业收入同比翻番", "张三", at));
        assertThat(real.isAcceptable(unit("u6"), policy)).isTrue();
        assertThat(real.unacceptableRecords(policy)).containsExactly(unit("u2"), unit("u4"));
        assertThat(real.violations().get(1).explanation()).isPresent();
        // the original report is unchanged
        assertThat(r.violations().get(1).explanation()).isEmpty();
    }

    @Test
    void explanationsOnlyForVerifyViolationsThatExist() {
        Explanation e = Explanation.of("本月新签大客户订单，营业收入同比翻番", "张三", Instant.EPOCH);
        StatsbaseException notVerify = catchThrowableOfType(() -> report().explain("R1", unit("u2"), e),
                StatsbaseException.class);
        assertThat(notVerify.code()).isEqualTo("SB-VAL-0607");
        StatsbaseException none = catchThrowableOfType(() -> report().explain("R2", unit("u1"), e),
                StatsbaseException.class);
        assertThat(none.code()).isEqualTo("SB-VAL-0608");
    }

    @Test
    void evaluationErrorsOnBlockingRulesMakeARecordUnacceptable() {
        Table t = Table.with("unit:TEXT", "B01", "C:TEXT").key("unit").row("u1", 1, "x").row("u2", 1, null).build();
        ReviewReport r = RuleSet.compile(Rules.of("B01 + C > 0")).review(t);
        assertThat(r.unacceptableRecords(ExplanationPolicy.defaults())).containsExactly(unit("u1"));
    }
}
