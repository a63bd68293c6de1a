package org.statsbase.validation.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.statsbase.core.code.UnifiedSocialCreditCode;
import org.statsbase.core.error.StatsbaseException;
import org.statsbase.validation.data.FieldValue;
import org.statsbase.validation.data.Value;

/** Examples for every function, reference datasets, code lists and the hierarchical balance. */
class FunctionTest {

    private static final Table T = Table.with("id:TEXT", "A", "B", "C:TEXT", "D:DATE", "M").key("id")
            .row("u", new BigDecimal("2.5"), -3, "Ab12", LocalDate.of(2026, 10, 1), null).build();

    private static Value eval(String e) {
        return Rules.eval(e, T, 0);
    }

    @Test
    void numberFunctions() {
        assertThat(eval("abs(B)")).isEqualTo(Value.of(3));
        assertThat(eval("round(A)")).isEqualTo(Value.of(3)); // half away from zero, not R's half-even
        assertThat(eval("round(-2.5)")).isEqualTo(Value.of(-3));
        assertThat(eval("round(1234.5678, -2)")).isEqualTo(Value.of(1200));
        assertThat(eval("min(A, B, 7)")).isEqualTo(Value.of(-3));
        assertThat(eval("max(A, B, 7)")).isEqualTo(Value.of(7));
        assertThat(eval("sum(A, B, 1)")).isEqualTo(Value.of(new BigDecimal("0.5")));
        assertThat(eval("growth(A, 2)")).isEqualTo(Value.of(new BigDecimal("0.25")));
        assertThat(eval("growth(1, 3)")).isEqualTo(Value.of(new BigDecimal("-0.6666666666666666666666666666666667")));
        assertThat(eval("growth(A, 0)")).isEqualTo(Value.missing());
        assertThat(eval("1 / 3 * 3 = 1")).isEqualTo(Value.of(false)); // DECIMAL128 division, honestly rounded
    }

    @Test
    void textFunctions() {
        assertThat(eval("len(C)")).isEqualTo(Value.of(4));
        assertThat(eval("matches(C, '[0-9]+')")).isEqualTo(Value.of(true)); // a search, as grepl
        assertThat(eval("matches(C, '^[0-9]+$')")).isEqualTo(Value.of(false));
        assertThat(eval("C in ('Ab12', 'x')")).isEqualTo(Value.of(true));
        assertThat(eval("C = \"Ab12\" and C != 'ab12' and C < 'B'")).isEqualTo(Value.of(true));
        assertThat(eval("'it''s' = \"it's\"")).isEqualTo(Value.of(true));
    }

    @Test
    void missingFunctions() {
        assertThat(eval("is_missing(M)")).isEqualTo(Value.of(true));
        assertThat(eval("is_missing(A)")).isEqualTo(Value.of(false));
        assertThat(eval("coalesce(M, A)")).isEqualTo(Value.of(new BigDecimal("2.5")));
        assertThat(eval("sum(A, M)")).isEqualTo(Value.missing());
    }

    @Test
    void datesCompare() {
        Table t = Table.with("id:TEXT", "D1:DATE", "D2:DATE").key("id")
                .row("u", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 10, 1)).build();
        assertThat(Rules.eval("D1 < D2", t, 0)).isEqualTo(Value.of(true));
    }

    @Test
    void codeFunctions() {
        String valid = "91440300192203821" + UnifiedSocialCreditCode.checkCharacter("91440300192203821");
        char wrong = valid.charAt(17) == '0' ? '1' : '0';
        Table t = Table.with("id:TEXT", "U:TEXT", "AREA:TEXT").key("id")
                .row("a", valid, "110101001000")
                .row("b", valid.substring(0, 17) + wrong, "990101")
                .row("c", null, null).build();
        RuleSet rules = RuleSet.compile(Rules.of("valid_uscc(U)", "valid_division(AREA)",
                "in_codelist(AREA, 'beijing')"));
        ReviewReport r = rules.review(t, ReviewContext.empty().withCodeList("beijing", List.of("110101001000")));
        assertThat(r.summaries()).extracting(RuleSummary::passes, RuleSummary::fails, RuleSummary::notApplicable)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1L, 1L, 1L),
                        org.assertj.core.groups.Tuple.tuple(1L, 1L, 1L),
                        org.assertj.core.groups.Tuple.tuple(1L, 1L, 1L));
    }

    @Test
    void codeListsAndReferencesMustBeSupplied() {
        Table t = Table.with("id:TEXT", "AREA:TEXT", "B01").key("id").row("a", "1", 1).build();
        StatsbaseException e = catchThrowableOfType(
                () -> RuleSet.compile(Rules.of("in_codelist(AREA, 'x')")).review(t), StatsbaseException.class);
        assertThat(e.code()).isEqualTo("SB-VAL-0602");
        e = catchThrowableOfType(() -> RuleSet.compile(Rules.of("B01 >= prev.B01")).review(t),
                StatsbaseException.class);
        assertThat(e.code()).isEqualTo("SB-VAL-0601");
        assertThat(e.messageEn()).contains("R1").contains("prev");
        e = catchThrowableOfType(() -> RuleSet.compile(Rules.of("B09 >= 0")).review(t), StatsbaseException.class);
        assertThat(e.code()).isEqualTo("SB-VAL-0603");
        Table noKey = Table.with("id:TEXT", "B01").row("a", 1).build();
        e = catchThrowableOfType(() -> RuleSet.compile(Rules.of("B01 >= prev.B01")).review(t,
                ReviewContext.empty().withPrevious(noKey)), StatsbaseException.class);
        assertThat(e.code()).isEqualTo("SB-VAL-0604");
    }

    @Test
    void referenceDatasetsAreJoinedOnTheKey() {
        Table now = Table.with("unit:TEXT", "B01").key("unit").row("u1", 120).row("u2", 80).row("u3", 10).build();
        Table prev = Table.with("B01", "unit:TEXT").key("unit").row(100, "u2").row(100, "u1").build();
        Table yoy = Table.with("unit:TEXT", "B01").key("unit").row("u1", 60).build();
        Table other = Table.with("unit:TEXT", "X").key("unit").row("u3", 10).build();
        RuleSet rules = RuleSet.compile(Rules.of("B01 >= prev.B01", "growth(B01, yoy.B01) <= 1",
                "B01 = form(\"B205\").X"));
        ReviewReport r = rules.review(now,
                ReviewContext.empty().withPrevious(prev).withYearAgo(yoy).withForm("B205", other));
        // R1: u1 120 >= 100 pass, u2 80 >= 100 fail, u3 has no previous record: missing, not applicable
        assertThat(r.summary("R1").orElseThrow()).extracting(RuleSummary::passes, RuleSummary::fails,
                RuleSummary::notApplicable).containsExactly(1L, 1L, 1L);
        Violation v = r.violations().get(0);
        assertThat(v.key().values()).containsExactly("u2");
        assertThat(v.fields()).containsExactly(new FieldValue("B01", Value.of(80)),
                new FieldValue("prev.B01", Value.of(100)));
        assertThat(v.imbalance()).contains(new BigDecimal("-20"));
        // R2: u1 growth 1 <= 1 pass; the others have no year-ago record
        assertThat(r.summary("R2").orElseThrow().passes()).isEqualTo(1);
        // R3: only u3 has a B205 record
        assertThat(r.summary("R3").orElseThrow()).extracting(RuleSummary::passes, RuleSummary::notApplicable)
                .containsExactly(1L, 2L);
    }

    @Test
    void divisionBalance() {
        // 110100 = 110101 + 110102 is off by one; 110000 has one child 110100 and balances;
        // the counties have no children (not applicable)
        Table t = Table.with("AREA:TEXT", "X").key("AREA")
                .row("110000", 10).row("110100", 10).row("110101", 4).row("110102", 5).build();
        ReviewReport r = RuleSet.compile(Rules.of("balance(X, AREA, 'division')")).review(t);
        assertThat(r.summaries().get(0)).extracting(RuleSummary::passes, RuleSummary::fails,
                RuleSummary::notApplicable).containsExactly(1L, 1L, 2L);
        assertThat(r.violations().get(0).key().values()).containsExactly("110100");
        assertThat(r.violations().get(0).imbalance()).contains(BigDecimal.ONE);
        // within a tolerance of 1 it balances
        ReviewReport tolerant = RuleSet.compile(Rules.of("balance(X, AREA, 'division')")
                .withTolerance(BigDecimal.ONE)).review(t);
        assertThat(tolerant.summaries().get(0).fails()).isZero();
    }

    @Test
    void industryBalanceByGroup() {
        // per period: C = C13 + C14; C13 = C131 + C132
        Table t = Table.with("row:TEXT", "P:TEXT", "IND:TEXT", "X").key("row")
                .row("1", "2026-09", "C", 100).row("2", "2026-09", "C13", 60).row("3", "2026-09", "C14", 40)
                .row("4", "2026-09", "C131", 30).row("5", "2026-09", "C132", 20)
                .row("6", "2026-10", "C", 50).row("7", "2026-10", "C13", 50).row("8", "2026-10", "C131", null)
                .build();
        ReviewReport r = RuleSet.compile(Rules.of("balance(X, IND, 'industry', P)")).review(t);
        // 09: C passes, C13 fails (60 vs 50); 10: C passes (50 = 50), C13's child is missing: not applicable
        assertThat(r.summaries().get(0)).extracting(RuleSummary::passes, RuleSummary::fails,
                RuleSummary::notApplicable).containsExactly(2L, 1L, 5L);
        assertThat(r.violations().get(0).imbalance()).contains(BigDecimal.TEN);
    }

    @Test
    void sumByExample() {
        Table t = Table.with("row:TEXT", "G:TEXT", "X", "TOTAL").key("row")
                .row("1", "a", 1, 3).row("2", "a", 2, 3).row("3", "b", 5, 6).build();
        ReviewReport r = RuleSet.compile(Rules.of("sum_by(X, G) = TOTAL")).review(t);
        assertThat(r.summaries().get(0).fails()).isEqualTo(1);
        assertThat(r.violations().get(0).imbalance()).contains(new BigDecimal("-1"));
    }
}
