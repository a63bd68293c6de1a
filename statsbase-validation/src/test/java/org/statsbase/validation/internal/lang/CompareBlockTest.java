package org.statsbase.validation.internal.lang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.statsbase.validation.internal.lang.Blocks.assertTruths;
import static org.statsbase.validation.internal.lang.Blocks.data;
import static org.statsbase.validation.internal.lang.Blocks.field;
import static org.statsbase.validation.internal.lang.Blocks.num;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.statsbase.validation.data.ColumnarDataset;

/**
 * Comparisons ({@link Node.Compare}) in the block evaluator: ordinary records (numbers with at most four
 * decimals below 10^14, missing cells) are decided on scaled {@code long}s with the exact evaluator's
 * verdicts, equality within the rule set's tolerance included; records whose numbers have no scaled
 * form are left to the exact evaluator ({@code S}), which decides them. {@code growth(x, p) op k} and
 * {@code abs(growth(x, p)) op k} are decided by the exact sign test, also for a growth that DECIMAL128
 * cannot represent (1/3) and for overflowing differences (left to the exact evaluator).
 */
class CompareBlockTest {

    private static final BigDecimal EXACT = BigDecimal.ZERO;

    private static final ColumnarDataset AB = data("A, B",
            new Object[] {1, 2}, new Object[] {2, 2}, new Object[] {3, 2}, new Object[] {null, 2},
            new Object[] {2, null}, new Object[] {"0.00001", 1}, new Object[] {1, "0.00001"},
            new Object[] {"1E+14", 1}, new Object[] {"-2.5", "-2.5001"});

    @ParameterizedTest(name = "A {0} B")
    @CsvSource({
        "=,  FTFNNSSSF, FTFNNFFFF",
        "!=, TFTNNSSST, TFTNNTTTT",
        "<,  TFFNNSSSF, TFFNNTFFF",
        "<=, TTFNNSSSF, TTFNNTFFF",
        ">,  FFTNNSSST, FFTNNFTTT",
        ">=, FTTNNSSST, FTTNNFTTT",
    })
    void numbersAreComparedOnScaledLongs(String op, String block, String exact) {
        Node compare = new Node.Compare(op, field(0), field(1), EXACT);
        assertTruths(compare, Blocks.frame(AB, true, "A", "B"), block, exact);
        // a dataset read row by row (or the exact mode) gives the same block verdicts from decimals
        assertTruths(compare, Blocks.frame(AB, false, "A", "B"), block, exact);
    }

    @Test
    void equalityWithinTheTolerance() {
        ColumnarDataset d = data("A, B", new Object[] {1, "1.5"}, new Object[] {"1.5", 1}, new Object[] {1, "1.6"},
                new Object[] {1, "1.50001"}, new Object[] {null, 1}, new Object[] {"-3", "-3.4999"});
        Frame f = Blocks.frame(d, true, "A", "B");
        BigDecimal half = new BigDecimal("0.5");
        assertTruths(new Node.Compare("=", field(0), field(1), half), f, "TTFSNT", "TTFFNT");
        assertTruths(new Node.Compare("!=", field(0), field(1), half), f, "FFTSNF", "FFTTNF");
        // the tolerance bounds only equality
        assertTruths(new Node.Compare("<", field(0), field(1), half), f, "TFTSNF", "TFTTNF");
    }

    @Test
    void aToleranceWithMoreThanFourDecimalsIsHonouredExactly() {
        ColumnarDataset d = data("A, B", new Object[] {1, 1}, new Object[] {1, "1.00001"}, new Object[] {1, 2},
                new Object[] {null, 1});
        Frame f = Blocks.frame(d, true, "A", "B");
        BigDecimal tolerance = new BigDecimal("0.00001");
        assertTruths(new Node.Compare("=", field(0), field(1), tolerance), f, "TTFN", "TTFN");
        assertTruths(new Node.Compare("!=", field(0), field(1), tolerance), f, "FFTN", "FFTN");
    }

    @Test
    void textsAreComparedWithoutScaledNumbers() {
        ColumnarDataset d = data("T:TEXT, U:TEXT", new Object[] {"a", "b"}, new Object[] {"b", "b"},
                new Object[] {"c", "b"}, new Object[] {null, "b"}, new Object[] {"甲", "乙"});
        Frame f = Blocks.frame(d, true, "T", "U");
        assertTruths(new Node.Compare("<", field(0), field(1), EXACT, false), f, "TFFNF", "TFFNF");
        assertTruths(new Node.Compare("=", field(0), field(1), EXACT, false), f, "FTFNF", "FTFNF");
    }

    private static final ColumnarDataset GROWTH = data("X, P", column2(
            110, 100, // 0: growth 0.1
            111, 100, // 1: 0.11
            100, 0, // 2: previous 0: missing
            null, 100, // 3
            110, null, // 4
            "0.00001", 100, // 5: no scaled form
            110, "0.00001", // 6
            100, 100, // 7: growth 0
            -100, -110, // 8: −0.0909…
            -110, 100, // 9: −2.1
            null, -100, // 10
            -110, null, // 11
            "0.00001", -100, // 12
            -110, "0.00001", // 13
            4, 3)); // 14: 1/3, not a decimal

    private static Object[][] column2(Object... cells) {
        Object[][] rows = new Object[cells.length / 2][];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = new Object[] {cells[2 * i], cells[2 * i + 1]};
        }
        return rows;
    }

    @ParameterizedTest(name = "growth(X, P) {0} {1}")
    @CsvSource({
        ">,  0.1, FTNNNSSFFFNNSST, FTNNNFTFFFNNFFT",
        ">=, 0.1, TTNNNSSFFFNNSST, TTNNNFTFFFNNFFT",
        "<,  0.1, FFNNNSSTTTNNSSF, FFNNNTFTTTNNTTF",
        "<,  -2,  FFNNNSSFFTNNSSF, FFNNNFFFFTNNFTF",
        "=,  0.1, TFNNNSSFFFNNSSF, TFNNNFFFFFNNFFF",
        "!=, 0,   TTNNNSSFTTNNSST, TTNNNTTFTTNNTTT",
    })
    void growthIsComparedBySign(String op, String k, String block, String exact) {
        Node compare = new Node.Compare(op, new Node.Growth(field(0), field(1)), num(k), EXACT);
        assertTruths(compare, Blocks.frame(GROWTH, true, "X", "P"), block, exact);
    }

    @Test
    void growthAgainstAThresholdField() {
        ColumnarDataset d = data("X, P, K", new Object[] {110, 100, "0.1"}, new Object[] {110, 100, null},
                new Object[] {110, 100, "100000000000000"}, new Object[] {110, 100, "0.00001"},
                new Object[] {110, 100, "0.0999"});
        Node compare = new Node.Compare(">", new Node.Growth(field(0), field(1)), field(2), EXACT);
        assertTruths(compare, Blocks.frame(d, true, "X", "P", "K"), "FNSST", "FNFTT");
    }

    @Test
    void growthEqualityWithinTheTolerance() {
        ColumnarDataset d = data("X, P", column2(105, 100, 115, 100, 104, 100, 116, 100, 110, 100, -95, -100));
        Frame f = Blocks.frame(d, true, "X", "P");
        BigDecimal tolerance = new BigDecimal("0.05");
        Node growth = new Node.Growth(field(0), field(1));
        assertTruths(new Node.Compare("=", growth, num("0.1"), tolerance), f, "TTFFTF", "TTFFTF");
        assertTruths(new Node.Compare("!=", growth, num("0.1"), tolerance), f, "FFTTFT", "FFTTFT");
        assertTruths(new Node.Compare("=", growth, num("-0.05"), tolerance), f, "FFFFFT", "FFFFFT");
    }

    @Test
    void absoluteGrowthAgainstSmallThresholds() {
        ColumnarDataset d = data("X, P", column2(100, 100, 110, 100, 150, 100, 140, 100, -60, 100, 50, 100,
                -1000, 1));
        Frame f = Blocks.frame(d, true, "X", "P");
        Node abs = new Node.Abs(new Node.Growth(field(0), field(1)));
        assertTruths(new Node.Compare(">", abs, num("0"), EXACT), f, "FTTTTTT", "FTTTTTT");
        assertTruths(new Node.Compare("<", abs, num("0.5"), EXACT), f, "TTFTFFF", "TTFTFFF");
        assertTruths(new Node.Compare("<=", abs, num("0.5"), EXACT), f, "TTTTFTF", "TTTTFTF");
        // an absolute value exceeds every negative threshold
        assertTruths(new Node.Compare(">", abs, num("-1001"), EXACT), f, "TTTTTTT", "TTTTTTT");
        assertTruths(new Node.Compare("<=", abs, num("-0.5"), EXACT), f, "FFFFFFF", "FFFFFFF");
    }

    @Test
    void absoluteGrowthAgainstLargeThresholds() {
        // thresholds of 838.8608 and more take the general sign test (two signed comparisons)
        ColumnarDataset d = data("X, P", column2(200, 100, 100100, 100, -99900, 100, -100000, 100, 100200, 100,
                "10000000000", "0.0001"));
        Frame f = Blocks.frame(d, true, "X", "P");
        Node abs = new Node.Abs(new Node.Growth(field(0), field(1)));
        assertTruths(new Node.Compare("<", abs, num("1000"), EXACT), f, "TFFFFF", "TFFFFF");
        assertTruths(new Node.Compare("<=", abs, num("1000"), EXACT), f, "TTTFFF", "TTTFFF");
        assertTruths(new Node.Compare(">", abs, num("1000"), EXACT), f, "FFFTTT", "FFFTTT");
        assertTruths(new Node.Compare(">=", abs, num("1000"), EXACT), f, "FTTTTT", "FTTTTT");
        assertTruths(new Node.Compare(">", abs, num("-1001"), EXACT), f, "TTTTTT", "TTTTTT");
    }

    @Test
    void growthWithLargeValuesTakesTheWideSignTest() {
        // previous values of 110 million and more, and differences of 56 billion and more: 128-bit products
        ColumnarDataset d = data("X, P", column2("220000000", "110000000", "200000000", "110000000",
                "-60000000000", "-110000000", "-60000000000", "1", "60000000000", "-1",
                // beyond the single-long products: (x − p)·10^4 and k·p would overflow
                "99999999999999", "1", "-99999999999999", "1", "50000000000000", "3", "-77777777777777", "-3",
                "1", "99999999999", "-5", "-99999999999"));
        Frame f = Blocks.frame(d, true, "X", "P");
        Node growth = new Node.Growth(field(0), field(1));
        assertTruths(new Node.Compare(">=", growth, num("1"), EXACT), f, "TFTFFTFTTFF", "TFTFFTFTTFF");
        assertTruths(new Node.Compare("<", growth, num("-1000"), EXACT), f, "FFFTTFTFFFF", "FFFTTFTFFFF");
        assertTruths(new Node.Compare(">", growth, num("99999999"), EXACT), f, "FFFFFTFTTFF", "FFFFFTFTTFF");
        assertTruths(new Node.Compare("<", growth, num("-99999999"), EXACT), f, "FFFTTFTFFFF", "FFFTTFTFFFF");
        Node abs = new Node.Abs(growth);
        assertTruths(new Node.Compare(">", abs, num("99999999"), EXACT), f, "FFFTTTTTTFF", "FFFTTTTTTFF");
        assertTruths(new Node.Compare("<", abs, num("0.9"), EXACT), f, "FTFFFFFFFFF", "FTFFFFFFFFF");
    }

    @Test
    void anOverflowingDifferenceIsLeftToTheExactEvaluator() {
        // x = nine times 95 000 000 000 000 (8.55·10^18 scaled), p = −99 999 999 999 999: x − p overflows a long
        ColumnarDataset d = data("A, P", new Object[] {"95000000000000", "-99999999999999"},
                new Object[] {1, 1});
        Frame f = Blocks.frame(d, true, "A", "P");
        Node a = field(0);
        Node x = new Node.Fold("sum", new Node[] {a, a, a, a, a, a, a, a, a});
        Node growth = new Node.Growth(x, field(1));
        // growth = −9.55…: below −5, and its absolute value below 1000 and above 5
        assertTruths(new Node.Compare("<", growth, num("-5"), EXACT), f, "SF", "TF");
        assertTruths(new Node.Compare("<", new Node.Abs(growth), num("1000"), EXACT), f, "ST", "TT");
        assertTruths(new Node.Compare(">", new Node.Abs(growth), num("5"), EXACT), f, "ST", "TT");
        assertTruths(new Node.Compare("=", growth, num("-5"), new BigDecimal("0.5")), f, "SF", "FF");
    }

    @Test
    void aToleranceBandBeyondTheLongsIsLeftToTheExactEvaluator() {
        // k = nine times 99 999 999 999 999.9999 (9·10^18 scaled); k + tolerance overflows a long
        ColumnarDataset d = data("A, X, P", new Object[] {"99999999999999.9999", "90000000000000", "0.1"},
                new Object[] {1, 1, 1});
        Frame f = Blocks.frame(d, true, "A", "X", "P");
        Node a = field(0);
        Node k = new Node.Fold("sum", new Node[] {a, a, a, a, a, a, a, a, a});
        Node equal = new Node.Compare("=", new Node.Growth(field(1), field(2)), k, new BigDecimal("50000000000000"));
        assertTruths(equal, f, "ST", "TT");
    }

    @Test
    void conditionsAreEqualOrNotAndNothingElse() {
        ColumnarDataset d = data("P:BOOLEAN, Q:BOOLEAN", new Object[] {true, true}, new Object[] {true, false},
                new Object[] {false, false}, new Object[] {null, true});
        // fields of unknown type (as compiled without a form): the block evaluator leaves them to the exact one
        Frame f = Blocks.frame(d, true, "P", "Q");
        assertTruths(new Node.Compare("=", field(0), field(1), EXACT), f, "SSSS", "TFTN");
        assertTruths(new Node.Compare("!=", field(0), field(1), EXACT), f, "SSSS", "FTFN");
        assertTruths(new Node.Compare("<", field(0), field(1), EXACT), f, "SSSS", "EEEN");
        assertTruths(new Node.Compare("=", field(0), field(1), EXACT, false), f, "TFTN", "TFTN");
    }

    @Test
    void datesCompareInTime() {
        ColumnarDataset d = data("D:DATE, E:DATE", new Object[] {"2026-01-31", "2026-02-01"},
                new Object[] {"2026-02-01", "2026-02-01"}, new Object[] {"2026-12-01", "2026-02-01"},
                new Object[] {null, "2026-02-01"});
        Frame f = Blocks.frame(d, true, "D", "E");
        assertTruths(new Node.Compare("<", field(0), field(1), EXACT, false), f, "TFFN", "TFFN");
        assertTruths(new Node.Compare(">=", field(0), field(1), EXACT, false), f, "FTTN", "FTTN");
        assertTruths(new Node.Compare("=", field(0), field(1), EXACT, false), f, "FTFN", "FTFN");
    }

    @Test
    void valuesOfDifferentTypesDoNotCompare() {
        ColumnarDataset d = data("A, T:TEXT, D:DATE, P:BOOLEAN", new Object[] {1, "1", "2026-01-01", true},
                new Object[] {null, "1", "2026-01-01", true});
        Frame f = Blocks.frame(d, true, "A", "T", "D", "P");
        assertTruths(new Node.Compare("=", field(0), field(1), EXACT), f, "SS", "EN");
        assertTruths(new Node.Compare("=", field(1), field(0), EXACT), f, "SS", "EN");
        assertTruths(new Node.Compare("<", field(2), field(1), EXACT, false), f, "SS", "EE");
        assertTruths(new Node.Compare("=", field(3), field(2), EXACT, false), f, "SS", "EE");
        assertTruths(new Node.Compare("!=", field(1), field(3), EXACT, false), f, "SS", "EE");
    }

    /** The imbalance a failure reports is that of the first numeric comparison that came out false. */
    @Test
    void theImbalanceIsThatOfTheFailingComparison() {
        ColumnarDataset d = data("A, B, C", new Object[] {1, 2, 5}, new Object[] {1, 5, 5}, new Object[] {2, 2, 5},
                new Object[] {1, "1.5", 1});
        Frame f = Blocks.frame(d, true, "A", "B", "C");
        Node rule = Node.Connective.and(new Node.Compare("=", field(0), num("1"), EXACT),
                new Node.Compare("=", field(1), field(2), new BigDecimal("0.5")));
        assertThat(imbalances(rule, f)).containsExactly("-3", "none", "1", "none");
        Node order = new Node.Compare("<", field(1), field(2), EXACT);
        assertThat(imbalances(order, f)).containsExactly("none", "0", "none", "0.5");
    }

    private static java.util.List<String> imbalances(Node rule, Frame f) {
        java.util.List<String> out = new java.util.ArrayList<>();
        for (int row = 0; row < f.main.size(); row++) {
            Cursor c = new Cursor(f);
            c.tracing = true;
            rule.truth(c, row);
            out.add(c.imbalance == null ? "none" : c.imbalance.stripTrailingZeros().toPlainString());
        }
        return out;
    }
}
