package org.statsbase.validation.internal.lang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.statsbase.validation.internal.lang.Blocks.column;
import static org.statsbase.validation.internal.lang.Blocks.data;
import static org.statsbase.validation.internal.lang.Blocks.field;
import static org.statsbase.validation.internal.lang.Blocks.num;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.statsbase.validation.data.ColumnarDataset;
import org.statsbase.validation.data.Value;
import org.statsbase.validation.error.ValidationError;

/**
 * Number expressions in the block evaluator ({@link Node#scaled}: values ×10^4, {@code NA} for missing,
 * {@code SLOW} where only the decimal evaluator can give the value) against the exact evaluator
 * ({@link Node#eval}): arithmetic, {@code sum min max}, negation, {@code abs}, {@code len}, constants,
 * fields of reference datasets (joined by position or by key), and the decimal evaluator's own rules
 * ({@code round}'s digits, the precision bound, type errors next to missing values).
 */
class NumberBlockTest {

    /**
     * Asserts the scaled values of every record (from record 0 and from record 1): {@code "NA"},
     * {@code "SLOW"} or a decimal; where a decimal is given, the exact evaluator gives that number, and
     * where {@code "NA"}, missing.
     */
    private static void assertScaled(Node node, Frame frame, String... expected) {
        long[] want = new long[expected.length];
        Cursor c = new Cursor(frame);
        for (int i = 0; i < expected.length; i++) {
            switch (expected[i]) {
                case "NA" -> {
                    want[i] = Node.MISSING;
                    assertThat(node.eval(c, i)).as("record %d", i).isNull();
                }
                case "SLOW" -> want[i] = Node.SLOW;
                default -> {
                    BigDecimal d = new BigDecimal(expected[i]);
                    want[i] = d.movePointRight(4).longValueExact();
                    assertThat((BigDecimal) node.eval(c, i)).as("record %d", i).isEqualByComparingTo(d);
                }
            }
        }
        assertThat(Blocks.scaled(node, frame)).isEqualTo(want);
        assertThat(Blocks.scaled(node, frame, 1)).isEqualTo(java.util.Arrays.copyOfRange(want, 1, want.length));
    }

    /** The exact value of every record: a plain decimal, a text, {@code NA} or {@code E} for an error. */
    private static String values(Node node, Frame frame) {
        Cursor c = new Cursor(frame);
        StringBuilder s = new StringBuilder();
        for (int row = 0; row < frame.main.size(); row++) {
            if (row > 0) {
                s.append(' ');
            }
            try {
                Object v = node.eval(c, row);
                s.append(v == null ? "NA" : v instanceof BigDecimal d ? d.toPlainString() : v.toString());
            } catch (EvalException e) {
                s.append('E');
            }
        }
        return s.toString();
    }

    private static final ColumnarDataset AB = data("A, B", new Object[] {6, 3}, new Object[] {null, 3},
            new Object[] {6, null}, new Object[] {"0.00001", 3}, new Object[] {3, "0.00001"},
            new Object[] {"-2.5", 4}, new Object[] {0, 0});

    @Test
    void arithmeticOnScaledLongs() {
        for (boolean fast : new boolean[] {true, false}) {
            Frame f = Blocks.frame(AB, fast, "A", "B");
            assertScaled(new Node.Arith('+', field(0), field(1)), f, "9", "NA", "NA", "SLOW", "SLOW", "1.5", "0");
            assertScaled(new Node.Arith('-', field(0), field(1)), f, "3", "NA", "NA", "SLOW", "SLOW", "-6.5", "0");
            assertScaled(new Node.Arith('*', field(0), field(1)), f, "18", "NA", "NA", "SLOW", "SLOW", "-10", "0");
            // division in DECIMAL128, then scaled when exact; x / 0 is missing
            assertScaled(new Node.Arith('/', field(0), field(1)), f, "2", "NA", "NA", "SLOW", "300000", "-0.625",
                    "NA");
        }
    }

    @Test
    void aNonNumberNextToAMissingValueIsStillATypeError() {
        ColumnarDataset d = data("A, T:TEXT", new Object[] {null, "x"}, new Object[] {1, null}, new Object[] {1, "x"},
                new Object[] {null, null});
        Frame f = Blocks.frame(d, true, "A", "T");
        assertThat(values(new Node.Arith('+', field(0), field(1)), f)).isEqualTo("E NA E NA");
        assertThat(values(new Node.Arith('*', field(1), field(0)), f)).isEqualTo("E NA E NA");
        assertThat(Blocks.scaled(new Node.Arith('+', field(0), field(1)), f))
                .containsExactly(Node.SLOW, Node.MISSING, Node.SLOW, Node.MISSING);
    }

    @Test
    void foldsOnScaledLongs() {
        ColumnarDataset d = data("A, B, C", new Object[] {1, 2, 3}, new Object[] {null, 2, 3},
                new Object[] {1, "0.00001", 3}, new Object[] {"0.00001", 2, 3}, new Object[] {5, -2, 0},
                new Object[] {1, 2, null});
        for (boolean fast : new boolean[] {true, false}) {
            Frame f = Blocks.frame(d, fast, "A", "B", "C");
            Node[] terms = {field(0), field(1), field(2)};
            assertScaled(new Node.Fold("sum", terms), f, "6", "NA", "SLOW", "SLOW", "3", "NA");
            assertScaled(new Node.Fold("min", terms), f, "1", "NA", "SLOW", "SLOW", "-2", "NA");
            assertScaled(new Node.Fold("max", terms), f, "3", "NA", "SLOW", "SLOW", "5", "NA");
            assertScaled(new Node.Fold("max", new Node[] {field(1)}), f, "2", "2", "SLOW", "2", "-2", "2");
            // no terms: nothing to add up, missing
            assertScaled(new Node.Fold("sum", new Node[0]), f, "NA", "NA", "NA", "NA", "NA", "NA");
        }
    }

    @Test
    void minAndMaxOfEqualValuesKeepTheFirstAsWritten() {
        Frame f = Blocks.frame(data("A", column(1)), true, "A");
        Cursor c = new Cursor(f);
        assertThat(((BigDecimal) new Node.Fold("min", new Node[] {num("1.0"), num("1.00")}).eval(c, 0))
                .toPlainString()).isEqualTo("1.0");
        assertThat(((BigDecimal) new Node.Fold("max", new Node[] {num("2.50"), num("2.5")}).eval(c, 0))
                .toPlainString()).isEqualTo("2.50");
        assertThat(((BigDecimal) new Node.Fold("max", new Node[] {num("1"), num("2.50"), num("2.5")}).eval(c, 0))
                .toPlainString()).isEqualTo("2.50");
    }

    @Test
    void negationAndAbsoluteValueKeepTheMarkers() {
        ColumnarDataset d = data("A", column(2, -3, null, "0.00001", 0));
        Frame f = Blocks.frame(d, true, "A");
        assertScaled(new Node.Neg(field(0)), f, "-2", "3", "NA", "SLOW", "0");
        assertScaled(new Node.Abs(field(0)), f, "2", "3", "NA", "SLOW", "0");
        assertScaled(new Node.Neg(new Node.Abs(field(0))), f, "-2", "-3", "NA", "SLOW", "0");
    }

    @Test
    void lengthsInCodePoints() {
        ColumnarDataset d = data("T:TEXT, X", new Object[] {"abc", 1}, new Object[] {"", 2}, new Object[] {null, 3},
                new Object[] {"a𝔸", 4}, new Object[] {"abc", 5}, new Object[] {"统计局", null});
        for (boolean fast : new boolean[] {true, false}) {
            Frame f = Blocks.frame(d, fast, "T", "X");
            assertScaled(new Node.Len(field(0)), f, "3", "0", "NA", "2", "3", "3");
            Node either = new Node.Coalesce(new Node[] {field(0), new Node.Const("-")});
            assertScaled(new Node.Len(either), f, "3", "0", "1", "2", "3", "3");
        }
        // the length of a number is an evaluation error, left to the exact evaluator
        Frame f = Blocks.frame(d, true, "T", "X");
        assertThat(Blocks.scaled(new Node.Len(field(1)), f))
                .containsExactly(Node.SLOW, Node.SLOW, Node.SLOW, Node.SLOW, Node.SLOW, Node.MISSING);
        assertThat(Blocks.scaled(new Node.Len(new Node.Neg(field(0))), f))
                .containsExactly(Node.SLOW, Node.SLOW, Node.MISSING, Node.SLOW, Node.SLOW, Node.SLOW);
        assertThat(values(new Node.Len(field(1)), f)).isEqualTo("E E E E E NA");
    }

    @Test
    void constants() {
        Frame f = Blocks.frame(data("A", column(1, 2, 3)), true, "A");
        assertScaled(num("1.5"), f, "1.5", "1.5", "1.5");
        assertScaled(num("-0.0001"), f, "-0.0001", "-0.0001", "-0.0001");
        assertThat(Blocks.scaled(num("0.00001"), f)).containsExactly(Node.SLOW, Node.SLOW, Node.SLOW);
        assertThat(Blocks.scaled(new Node.Const("1"), f)).containsExactly(Node.SLOW, Node.SLOW, Node.SLOW);
        assertScaled(new Node.Growth(num("3"), num("2")), f, "0.5", "0.5", "0.5");
        assertThat(Blocks.scaled(new Node.Growth(num("4"), num("3")), f))
                .containsExactly(Node.SLOW, Node.SLOW, Node.SLOW);
    }

    // ---- reference datasets ----

    private static final ColumnarDataset MAIN = data("B", column(1, 2, 3, 4));
    private static final ColumnarDataset PREV = data("B, T:TEXT", new Object[] {10, "a"}, new Object[] {null, "b"},
            new Object[] {"0.00001", "c"}, new Object[] {40, "d"});

    @Test
    void referenceFieldsJoinedByPosition() {
        Frame f = Blocks.frame(MAIN, new String[] {"B"}, PREV, null, "B");
        assertScaled(new Node.RefField("prev.B", 0, 0), f, "10", "NA", "SLOW", "40");
        assertScaled(new Node.Arith('-', field(0), new Node.RefField("prev.B", 0, 0)), f, "-9", "NA", "SLOW",
                "-36");
    }

    @Test
    void referenceFieldsJoinedByKey() {
        // main record 0 ↔ reference record 3, 1 ↔ none, 2 ↔ 0, 3 ↔ 2
        int[] rows = {3, -1, 0, 2};
        Frame f = Blocks.frame(MAIN, new String[] {"B"}, PREV, rows, "B", "T");
        assertScaled(new Node.RefField("prev.B", 0, 0), f, "40", "NA", "10", "SLOW");
        assertThat(values(new Node.RefField("prev.T", 0, 1), f)).isEqualTo("d NA a c");
        // a reference dataset read record by record gives the same values
        Frame g = Blocks.frame(MAIN, new String[] {"B"}, Blocks.rowByRow(PREV), rows, "B", "T");
        assertScaled(new Node.RefField("prev.B", 0, 0), g, "40", "NA", "10", "SLOW");
        assertThat(values(new Node.RefField("prev.T", 0, 1), g)).isEqualTo("d NA a c");
    }

    // ---- the decimal evaluator ----

    @Test
    void roundHalfAwayFromZeroWithinTheDigitBound() {
        Frame f = Blocks.frame(data("A", column(1)), true, "A");
        Cursor c = new Cursor(f);
        assertThat(new Node.Round(num("1.25"), num("1")).eval(c, 0)).isEqualTo(new BigDecimal("1.3"));
        assertThat(new Node.Round(num("-1.25"), num("1.0")).eval(c, 0)).isEqualTo(new BigDecimal("-1.3"));
        assertThat(new Node.Round(num("2.5"), null).eval(c, 0)).isEqualTo(new BigDecimal("3"));
        assertThat(new Node.Round(num("1250"), num("-2")).eval(c, 0)).isEqualTo(new BigDecimal("1.3E+3"));
        assertThat(((BigDecimal) new Node.Round(num("1.5"), num("100")).eval(c, 0)).scale()).isEqualTo(100);
        assertThat(((BigDecimal) new Node.Round(num("1.5"), num("-100")).eval(c, 0)).signum()).isZero();
        assertThat(new Node.Round(new Node.Const(null), num("1")).eval(c, 0)).isNull();
        assertThat(new Node.Round(num("1"), new Node.Const(null)).eval(c, 0)).isNull();
        for (String digits : new String[] {"101", "-101", "0.5", "1.25"}) {
            EvalException e = catchThrowableOfType(
                    () -> new Node.Round(num("1.25"), num(digits)).eval(c, 0), EvalException.class);
            assertThat(e).as(digits).isNotNull();
            assertThat(e.error()).isEqualTo(ValidationError.LIMIT_ROUND_DIGITS);
            assertThat(e.messageEn()).isEqualTo("round digits " + digits + " outside -100 to 100");
        }
        EvalException huge = catchThrowableOfType(
                () -> new Node.Round(num("1"), num("123456789012345678901")).eval(c, 0), EvalException.class);
        assertThat(huge.messageEn()).isEqualTo("round digits … outside -100 to 100");
        EvalException twenty = catchThrowableOfType(
                () -> new Node.Round(num("1"), num("12345678901234567890")).eval(c, 0), EvalException.class);
        assertThat(twenty.messageEn()).isEqualTo("round digits 12345678901234567890 outside -100 to 100");
    }

    @Test
    void resultsUpToTheDigitBound() {
        BigDecimal most = new BigDecimal(BigInteger.TEN.pow(Limits.MAX_PRECISION).subtract(BigInteger.ONE));
        assertThat(most.precision()).isEqualTo(Limits.MAX_PRECISION);
        assertThat(Node.bounded(most)).isSameAs(most);
        BigDecimal more = most.add(BigDecimal.ONE);
        EvalException e = catchThrowableOfType(() -> Node.bounded(more), EvalException.class);
        assertThat(e.error()).isEqualTo(ValidationError.LIMIT_NUMBER_TOO_LARGE);
    }

    @Test
    void valuesBetweenTheEvaluatorAndTheApi() {
        LocalDate day = LocalDate.of(2026, 10, 1);
        assertThat(Node.external(BigDecimal.TEN)).isEqualTo(Value.of(10));
        assertThat(Node.external("a")).isEqualTo(Value.of("a"));
        assertThat(Node.external(Boolean.FALSE)).isEqualTo(Value.of(false));
        assertThat(Node.external(day)).isEqualTo(Value.of(day));
        assertThat(Node.external(null)).isEqualTo(Value.missing());
        assertThat(Node.internal(Value.of(day))).isEqualTo(day);
        assertThat(Node.internal(Value.of(true))).isEqualTo(Boolean.TRUE);
        assertThat(Node.internal(Value.of("a"))).isEqualTo("a");
        assertThat(Node.internal(Value.of(3))).isEqualTo(BigDecimal.valueOf(3));
        assertThat(Node.internal(Value.missing())).isNull();
    }
}
