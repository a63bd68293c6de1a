package org.statsbase.validation.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.statsbase.validation.review.ReviewLoopTest.columnar;

import java.math.BigDecimal;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.statsbase.validation.data.ColumnarDataset;
import org.statsbase.validation.data.Dataset;
import org.statsbase.validation.data.Value;

/**
 * The dataset-level functions at their edges (README "Functions"): {@code balance} with missing
 * and invalid codes, missing terms and groups, arguments of the wrong type and as a value;
 * {@code sum_by} with a missing term or group anywhere; {@code is_unique} on numbers by value
 * and on the key columns of columnar datasets; and deeply nested checks on a columnar dataset.
 */
class DatasetFunctionTest {

    private static Tuple counts(Dataset data, String check) {
        RuleSummary s = Rules.summary(Rules.of(check), data);
        return Tuple.tuple(s.passes(), s.fails(), s.notApplicable(), s.errors());
    }

    private static List<String> errorMessages(Dataset data, String check) {
        return RuleSet.compile(Rules.of(check)).review(data).errors().stream().map(EvaluationError::messageEn)
                .distinct().toList();
    }

    // ---- balance ---------------------------------------------------------------------------------

    @Test
    void aBalanceIgnoresMissingAndInvalidCodes() {
        Table t = Table.with("id:TEXT", "AREA:TEXT", "X").key("id")
                .row("1", "110000", 9).row("2", "110100", 9).row("3", "110101", 4).row("4", "110102", 5)
                .row("5", null, 100).row("6", "abc", 1).build();
        // 110000 = 110100 and 110100 = 110101 + 110102; the others have no children
        assertThat(counts(t, "balance(X, AREA, 'division')")).isEqualTo(Tuple.tuple(2L, 0L, 4L, 0L));
    }

    @Test
    void aMissingParentOrChildMakesTheBalanceNotApplicable() {
        Table t = Table.with("id:TEXT", "AREA:TEXT", "X").key("id")
                .row("1", "110000", 5).row("2", "110100", null)
                .row("3", "120000", null).row("4", "120100", 3).build();
        assertThat(counts(t, "balance(X, AREA, 'division')")).isEqualTo(Tuple.tuple(0L, 0L, 4L, 0L));
    }

    @Test
    void aMissingGroupMakesTheBalanceNotApplicable() {
        Table t = Table.with("id:TEXT", "G:TEXT", "AREA:TEXT", "X").key("id")
                .row("1", null, "110000", 10).row("2", null, "110100", 10)
                .row("3", "a", "110000", 10).row("4", "a", "110100", 11).build();
        assertThat(counts(t, "balance(X, AREA, 'division', G)")).isEqualTo(Tuple.tuple(0L, 1L, 3L, 0L));
    }

    @Test
    void aBalanceOverTheWrongTypesIsAnErrorPerRecord() {
        Table numbers = Table.with("id:TEXT", "N", "X").key("id").row("1", 110000, 1).row("2", null, 1).build();
        assertThat(counts(numbers, "balance(X, N, 'division')")).isEqualTo(Tuple.tuple(0L, 0L, 1L, 1L));
        assertThat(errorMessages(numbers, "balance(X, N, 'division')"))
                .containsExactly("operator balance cannot be applied to a number");
        Table texts = Table.with("id:TEXT", "AREA:TEXT", "C:TEXT").key("id")
                .row("1", "110000", "a").row("2", "110100", "b").build();
        assertThat(counts(texts, "balance(C, AREA, 'division')")).isEqualTo(Tuple.tuple(0L, 0L, 0L, 2L));
        assertThat(errorMessages(texts, "balance(C, AREA, 'division')"))
                .containsExactly("operator balance cannot be applied to a text");
        // a group that cannot be evaluated
        assertThat(counts(texts, "balance(1, AREA, 'division', C + 1)")).isEqualTo(Tuple.tuple(0L, 0L, 0L, 2L));
        assertThat(errorMessages(texts, "balance(1, AREA, 'division', C + 1)"))
                .containsExactly("operator + cannot be applied to a text, a number");
    }

    @Test
    void aBalanceReadAsAValueIsMissingWithoutChildren() {
        Table t = Table.with("id:TEXT", "AREA:TEXT", "X").key("id")
                .row("1", "110000", 9).row("2", "110100", 8).row("3", "120000", 1).build();
        assertThat(Rules.eval("is_missing(balance(X, AREA, 'division'))", t, 0)).isEqualTo(Value.of(false));
        assertThat(Rules.eval("balance(X, AREA, 'division')", t, 0)).isEqualTo(Value.of(false));
        assertThat(Rules.eval("is_missing(balance(X, AREA, 'division'))", t, 1)).isEqualTo(Value.of(true));
        assertThat(Rules.eval("balance(X, AREA, 'division')", t, 2)).isEqualTo(Value.missing());
    }

    // ---- sum_by ----------------------------------------------------------------------------------

    @Test
    void aMissingTermAnywhereInTheGroupOrAMissingGroupMakesTheTotalMissing() {
        Table t = Table.with("id:TEXT", "G:TEXT", "X").key("id")
                .row("1", "a", null).row("2", "a", 1)
                .row("3", "b", 2).row("4", "b", null)
                .row("5", "c", 3).row("6", null, 4).build();
        assertThat(Rules.eval("sum_by(X, G)", t, 0)).isEqualTo(Value.missing());
        assertThat(Rules.eval("sum_by(X, G)", t, 1)).isEqualTo(Value.missing());
        assertThat(Rules.eval("sum_by(X, G)", t, 2)).isEqualTo(Value.missing());
        assertThat(Rules.eval("sum_by(X, G)", t, 3)).isEqualTo(Value.missing());
        assertThat(Rules.eval("sum_by(X, G)", t, 4)).isEqualTo(Value.of(3));
        assertThat(Rules.eval("sum_by(X, G)", t, 5)).isEqualTo(Value.missing());
        assertThat(counts(t, "sum_by(X, G) > 0")).isEqualTo(Tuple.tuple(1L, 0L, 5L, 0L));
    }

    @Test
    void aSumByOverTheWrongTypesIsAnErrorPerRecord() {
        Table t = Table.with("id:TEXT", "G:TEXT", "C:TEXT", "X").key("id")
                .row("1", "a", "x", 1).row("2", "b", "y", 2).row("3", "b", "z", 3).build();
        assertThat(counts(t, "sum_by(C, G) > 0")).isEqualTo(Tuple.tuple(0L, 0L, 0L, 3L));
        assertThat(errorMessages(t, "sum_by(C, G) > 0")).containsExactly("operator sum_by cannot be applied to a text");
        // a group that cannot be evaluated: the record belongs to no group, whatever its term
        assertThat(counts(t, "sum_by(X, C + 1) > 0")).isEqualTo(Tuple.tuple(0L, 0L, 0L, 3L));
        assertThat(errorMessages(t, "sum_by(X, C + 1) > 0"))
                .containsExactly("operator + cannot be applied to a text, a number");
        assertThat(errorMessages(t, "sum_by(C, C + 1) > 0"))
                .containsExactly("operator + cannot be applied to a text, a number");
    }

    @Test
    void numbersGroupByValue() {
        Table t = Table.with("id:TEXT", "G", "X").key("id")
                .row("1", new BigDecimal("1.0"), 1).row("2", 1, 2).row("3", new BigDecimal("0.00"), 5).row("4", 0, 6)
                .build();
        assertThat(Rules.eval("sum_by(X, G)", t, 0)).isEqualTo(Value.of(3));
        assertThat(Rules.eval("sum_by(X, G)", t, 3)).isEqualTo(Value.of(11));
        assertThat(counts(t, "is_unique(G)")).isEqualTo(Tuple.tuple(0L, 4L, 0L, 0L));
        assertThat(counts(t, "is_unique(X)")).isEqualTo(Tuple.tuple(4L, 0L, 0L, 0L));
        assertThat(counts(t, "is_unique(G, X)")).isEqualTo(Tuple.tuple(4L, 0L, 0L, 0L));
    }

    // ---- is_unique -------------------------------------------------------------------------------

    @Test
    void isUniqueOnTheKeyOfAColumnarDataset() {
        ColumnarDataset unique = columnar(List.of("id:TEXT", "A"), List.of("id"), new Object[] {"u1", 1},
                new Object[] {"u2", 1}, new Object[] {"u3", 2});
        assertThat(counts(unique, "is_unique(id)")).isEqualTo(Tuple.tuple(3L, 0L, 0L, 0L));
        assertThat(counts(unique, "is_unique(A)")).isEqualTo(Tuple.tuple(1L, 2L, 0L, 0L));
        assertThat(counts(unique, "is_unique(len(id))")).isEqualTo(Tuple.tuple(0L, 3L, 0L, 0L));
        ColumnarDataset repeated = columnar(List.of("id:TEXT", "A"), List.of("id"), new Object[] {"u1", 1},
                new Object[] {"u1", 2}, new Object[] {"u3", 2});
        assertThat(counts(repeated, "is_unique(id)")).isEqualTo(Tuple.tuple(1L, 2L, 0L, 0L));
        ColumnarDataset twoKeys = columnar(List.of("id:TEXT", "p:TEXT", "A"), List.of("id", "p"),
                new Object[] {"u1", "a", 1}, new Object[] {"u1", "b", 1}, new Object[] {"u2", "a", 1});
        assertThat(counts(twoKeys, "is_unique(id)")).isEqualTo(Tuple.tuple(1L, 2L, 0L, 0L));
        assertThat(counts(twoKeys, "is_unique(p, id)")).isEqualTo(Tuple.tuple(3L, 0L, 0L, 0L));
        assertThat(counts(twoKeys, "is_unique(id, A)")).isEqualTo(Tuple.tuple(1L, 2L, 0L, 0L));
        ColumnarDataset noKey = columnar(List.of("id:TEXT", "A"), List.of(), new Object[] {"u1", 1},
                new Object[] {"u1", 2});
        assertThat(counts(noKey, "is_unique(id)")).isEqualTo(Tuple.tuple(0L, 2L, 0L, 0L));
    }

    @Test
    void aKeyThatCannotBeEvaluatedIsAnErrorPerRecord() {
        Table t = Table.with("id:TEXT", "C:TEXT").key("id").row("1", "x").row("2", "y").build();
        assertThat(counts(t, "is_unique(C + 1)")).isEqualTo(Tuple.tuple(0L, 0L, 0L, 2L));
        assertThat(errorMessages(t, "is_unique(C + 1)")).containsExactly("operator + cannot be applied to a text, a number");
    }

    // ---- deep checks -----------------------------------------------------------------------------

    @Test
    void deeplyNestedChecksOnAColumnarDataset() {
        Object[][] rows = new Object[20][];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = new Object[] {"u" + i, i == 7 ? null : i};
        }
        ColumnarDataset data = columnar(List.of("id:TEXT", "B01"), List.of("id"), rows);
        StringBuilder sum = new StringBuilder("B01");
        StringBuilder all = new StringBuilder("B01 >= 0");
        for (int i = 1; i <= 11; i++) {
            sum = new StringBuilder("B01 + (").append(sum).append(')');
            all = new StringBuilder("B01 >= ").append(i).append(" and (").append(all).append(')');
        }
        // 12 × B01 = B01 + (B01 + (…)); B01 >= 11 and (B01 >= 10 and (… B01 >= 0)) holds from 11 on
        assertThat(counts(data, sum + " = 12 * B01")).isEqualTo(Tuple.tuple(19L, 0L, 1L, 0L));
        assertThat(counts(data, all.toString())).isEqualTo(Tuple.tuple(9L, 10L, 1L, 0L));
    }
}
