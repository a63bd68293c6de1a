package org.statsbase.validation.internal.lang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.statsbase.validation.internal.lang.Blocks.assertTruths;
import static org.statsbase.validation.internal.lang.Blocks.column;
import static org.statsbase.validation.internal.lang.Blocks.data;
import static org.statsbase.validation.internal.lang.Blocks.field;
import static org.statsbase.validation.internal.lang.Blocks.num;
import static org.statsbase.validation.internal.lang.Blocks.text;

import com.google.re2j.Pattern;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.statsbase.core.code.UnifiedSocialCreditCode;
import org.statsbase.validation.data.ColumnarDataset;

/**
 * The conditions other than comparisons in the block evaluator — {@code between}, {@code in}, the
 * three-valued connectives, {@code not}, {@code matches}, {@code in_codelist} — against the exact
 * evaluator: the same verdicts on every record the block evaluator decides, missing giving missing
 * ({@code N}), and {@code S} (left to the exact evaluator) only where a number has no scaled form or an
 * operand is itself left to it; on columnar datasets, on datasets read record by record (the exact
 * mode's frame) and for values that are not plain fields.
 */
class ConditionBlockTest {

    // ---- between ----

    private static final ColumnarDataset RANGES = data("X, L, H",
            new Object[] {5, 1, 10}, new Object[] {0, 1, 10}, new Object[] {11, 1, 10}, new Object[] {1, 1, 10},
            new Object[] {10, 1, 10}, new Object[] {null, 1, 10}, new Object[] {5, null, 10},
            new Object[] {5, 1, null}, new Object[] {0, 1, null}, new Object[] {20, null, 10},
            new Object[] {"5.00001", 1, 10}, new Object[] {5, "5.00001", 10}, new Object[] {5, 1, "5.00001"},
            new Object[] {0, 1, "0.00001"});

    @Test
    void numbersBetweenBounds() {
        Frame f = Blocks.frame(RANGES, true, "X", "L", "H");
        assertTruths(new Node.Between(field(0), field(1), field(2), false), f,
                "TFFTTNNNFFSSSF", "TFFTTNNNFFTFTF");
        assertTruths(new Node.Between(field(0), field(1), field(2), true), f,
                "FTTFFNNNTTSSST", "FTTFFNNNTTFTFT");
        // read record by record: the same verdicts from decimals
        Frame rows = Blocks.frame(RANGES, false, "X", "L", "H");
        assertTruths(new Node.Between(field(0), field(1), field(2), false), rows,
                "TFFTTNNNFFSSSF", "TFFTTNNNFFTFTF");
    }

    private static final ColumnarDataset GROWTH_RANGES = data("X, P, L, H",
            new Object[] {110, 100, 0, "0.2"}, // growth 0.1
            new Object[] {90, 100, 0, "0.2"}, // −0.1
            new Object[] {130, 100, 0, "0.2"}, // 0.3
            new Object[] {null, 100, 0, "0.2"},
            new Object[] {4, 3, 0, 1}, // 1/3
            new Object[] {110, 100, "0.00001", "0.2"}, // a lower bound without a scaled form
            new Object[] {110, 100, 0, "0.10001"}, // an upper bound without one
            new Object[] {90, 100, 0, "0.00001"}, // below the lower bound: the upper one does not matter
            new Object[] {110, 100, null, "0.05"}, // above the upper bound: false whatever the lower
            new Object[] {110, 100, 0, null});

    @Test
    void growthBetweenBoundsIsDecidedBySign() {
        Frame f = Blocks.frame(GROWTH_RANGES, true, "X", "P", "L", "H");
        Node growth = new Node.Growth(field(0), field(1));
        assertTruths(new Node.Between(growth, field(2), field(3), false), f, "TFFNTSSFFN", "TFFNTTTFFN");
        assertTruths(new Node.Between(growth, field(2), field(3), true), f, "FTTNFSSTTN", "FTTNFFFTTN");
        Node abs = new Node.Abs(growth);
        assertTruths(new Node.Between(abs, num("0"), num("0.2"), false), f, "TTFNFTTTTT", "TTFNFTTTTT");
    }

    @Test
    void textsBetweenBounds() {
        ColumnarDataset d = data("T:TEXT", column("a", "b", "c", "d", "e", null, "甲"));
        Node between = new Node.Between(field(0), text("b"), text("d"), false, false);
        assertTruths(between, Blocks.frame(d, true, "T"), "FTTTFNF", "FTTTFNF");
        Node outside = new Node.Between(field(0), text("b"), text("d"), true, false);
        assertTruths(outside, Blocks.frame(d, true, "T"), "TFFFTNT", "TFFFTNT");
    }

    @Test
    void aFalseLowerBoundDecidesWithoutTheUpperBound() {
        // round(X, D) with 200 digits is an evaluation error: it is not evaluated when X is below 5
        ColumnarDataset d = data("X, D", new Object[] {1, 200}, new Object[] {7, 200}, new Object[] {7, 0});
        Frame f = Blocks.frame(d, true, "X", "D");
        Node between = new Node.Between(field(0), num("5"), new Node.Round(field(0), field(1)), false);
        assertTruths(between, f, "FST", "FET");
    }

    // ---- in ----

    @Test
    void numbersInItems() {
        ColumnarDataset d = data("X", column(1, "2.5", -3, 0, null, "1.00001", "2.50000"));
        Object[] items = {BigDecimal.ONE, new BigDecimal("2.5"), BigDecimal.valueOf(-3)};
        for (boolean fast : new boolean[] {true, false}) {
            Frame f = Blocks.frame(d, fast, "X");
            assertTruths(new Node.In(field(0), items, false), f, "TTTFNST", "TTTFNFT");
            assertTruths(new Node.In(field(0), items, true), f, "FFFTNSF", "FFFTNTF");
        }
    }

    @Test
    void itemsWithoutAScaledFormAreComparedExactly() {
        ColumnarDataset d = data("X", column(1, "0.00001", 2, null));
        Object[] items = {BigDecimal.ONE, new BigDecimal("0.00001")};
        assertTruths(new Node.In(field(0), items, false), Blocks.frame(d, true, "X"), "TTFN", "TTFN");
    }

    /** {@code x in ()} (the parser accepts an empty list): false for every value, missing for missing. */
    @Test
    void noItems() {
        ColumnarDataset d = data("X, T:TEXT", new Object[] {1, "a"}, new Object[] {null, null},
                new Object[] {"1.00001", ""});
        for (boolean fast : new boolean[] {true, false}) {
            Frame f = Blocks.frame(d, fast, "X", "T");
            assertTruths(new Node.In(field(0), new Object[0], false), f, "FNF", "FNF");
            assertTruths(new Node.In(field(0), new Object[0], true), f, "TNT", "TNT");
            assertTruths(new Node.In(field(1), new Object[0], false), f, "FNF", "FNF");
        }
    }

    @Test
    void textsInItems() {
        ColumnarDataset d = data("T:TEXT, U:TEXT", new Object[] {"a", "x"}, new Object[] {"b", null},
                new Object[] {"", "x"}, new Object[] {"c", "x"}, new Object[] {null, "a"}, new Object[] {"a", "x"},
                new Object[] {null, null}, new Object[] {"甲", "x"});
        Object[] items = {"a", "b", ""};
        for (boolean fast : new boolean[] {true, false}) {
            Frame f = Blocks.frame(d, fast, "T", "U");
            assertTruths(new Node.In(field(0), items, false), f, "TTTFNTNF", "TTTFNTNF");
            assertTruths(new Node.In(field(0), items, true), f, "FFFTNFNT", "FFFTNFNT");
            // not a field: evaluated record by record
            Node either = new Node.Coalesce(new Node[] {field(0), field(1)});
            assertTruths(new Node.In(either, items, false), f, "TTTFTTNF", "TTTFTTNF");
            assertTruths(new Node.In(either, items, true), f, "FFFTFFNT", "FFFTFFNT");
        }
    }

    @Test
    void aNumberAmongTextItemsIsATypeError() {
        ColumnarDataset d = data("X, T:TEXT", new Object[] {1, "a"}, new Object[] {null, "a"}, new Object[] {2, "a"});
        Object[] items = {"a", "1"};
        for (boolean fast : new boolean[] {true, false}) {
            Frame f = Blocks.frame(d, fast, "X", "T");
            assertTruths(new Node.In(field(0), items, false), f, "SNS", "ENE");
            // an evaluation error of the value is left to the exact evaluator, which reports it
            assertTruths(new Node.In(new Node.Neg(field(1)), items, false), f, "SSS", "EEE");
        }
        // and a text among number items
        ColumnarDataset t = data("T:TEXT", column("a", null));
        assertTruths(new Node.In(field(0), new Object[] {BigDecimal.ONE}, false), Blocks.frame(t, false, "T"),
                "SN", "EN");
    }

    // ---- and, or, if-then, not ----

    /** Records whose {@code A > 0} and {@code B > 0} are every pair of F, T, N and S (exactly true). */
    private static final ColumnarDataset PAIRS = pairs();

    private static ColumnarDataset pairs() {
        Object[] values = {-1, 1, null, "0.00001"};
        Object[][] rows = new Object[16][];
        for (int a = 0; a < 4; a++) {
            for (int b = 0; b < 4; b++) {
                rows[a * 4 + b] = new Object[] {values[a], values[b]};
            }
        }
        return data("A, B", rows);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "and,     FFFF FTNS FNNS SSSS, FFFF FTNT FNNN FTNT",
        "or,      FTNS TTTT NTNS SSSS, FTNT TTTT NTNT TTTT",
        "implies, TTTT FTNS NTNS SSSS, TTTT FTNT NTNT FTNT",
    })
    void connectivesInThreeValuedLogic(String connective, String block, String exact) {
        Node a = new Node.Compare(">", field(0), num("0"), BigDecimal.ZERO);
        Node b = new Node.Compare(">", field(1), num("0"), BigDecimal.ZERO);
        Node node = switch (connective) {
            case "and" -> Node.Connective.and(a, b);
            case "or" -> Node.Connective.or(a, b);
            default -> Node.Connective.implies(a, b);
        };
        assertTruths(node, Blocks.frame(PAIRS, true, "A", "B"), block.replace(" ", ""), exact.replace(" ", ""));
    }

    @Test
    void notSwapsTrueAndFalseOnly() {
        ColumnarDataset d = data("A", column(-1, 1, null, "0.00001"));
        Node not = new Node.Not(new Node.Compare(">", field(0), num("0"), BigDecimal.ZERO));
        assertTruths(not, Blocks.frame(d, true, "A"), "TFNS", "TFNF");
    }

    // ---- matches, in_codelist ----

    @ParameterizedTest(name = "matches(T, ''{0}'')")
    @CsvSource({
        "1$,         TFNFTF",
        "^(a|b)+1,   TFNFTF",
        "b,          TFNFTT",
        "^[a-z]{2},  TTNFFF",
    })
    void matchesOnLatin1Texts(String re, String expected) {
        ColumnarDataset d = data("T:TEXT, U:TEXT", new Object[] {"ab1", "ab1"}, new Object[] {"xyz", "xyz"},
                new Object[] {null, null}, new Object[] {"a", "a"}, new Object[] {"b1", "b1"},
                new Object[] {"bé", "bé"});
        for (boolean fast : new boolean[] {true, false}) {
            Frame f = Blocks.frame(d, fast, List.of(), 2, "T", "U");
            assertTruths(new Node.Matches(field(0), Pattern.compile(re), 0), f, expected, expected);
            Node either = new Node.Coalesce(new Node[] {field(0), field(1)});
            assertTruths(new Node.Matches(either, Pattern.compile(re), 1), f, expected, expected);
        }
    }

    @ParameterizedTest(name = "matches(T, ''{0}'')")
    @CsvSource({
        "1$,          TFNFF",
        "^(甲|乙)+1,   TFNFF",
        "^\\p{Han},   TTNFF",
        "\\d,         TFNTF",
    })
    void matchesOnOtherTexts(String re, String expected) {
        ColumnarDataset d = data("T:TEXT", column("甲1", "乙", null, "1甲", "ab"));
        for (boolean fast : new boolean[] {true, false}) {
            Frame f = Blocks.frame(d, fast, List.of(), 1, "T");
            assertTruths(new Node.Matches(field(0), Pattern.compile(re), 0), f, expected, expected);
        }
    }

    @Test
    void codeListMembership() {
        ColumnarDataset d = data("T:TEXT, X", new Object[] {"a", 1}, new Object[] {"b", null},
                new Object[] {null, 2}, new Object[] {"a", 3});
        for (boolean fast : new boolean[] {true, false}) {
            Frame f = Blocks.frame(d, fast, List.of(Set.of("a", "c")), 0, "T", "X");
            assertTruths(new Node.InCodeList(field(0), 0), f, "TFNT", "TFNT");
            // a number where a code is wanted: an evaluation error, left to the exact evaluator
            assertTruths(new Node.InCodeList(field(1), 0), f, "SNSS", "ENEE");
        }
    }

    @Test
    void codeChecks() {
        String valid = "91440300192203821" + UnifiedSocialCreditCode.checkCharacter("91440300192203821");
        String wrong = valid.substring(0, 17) + (valid.charAt(17) == '0' ? '1' : '0');
        ColumnarDataset d = data("U:TEXT, AREA:TEXT, X", new Object[] {valid, "110101001000", 1},
                new Object[] {wrong, "990101", 2}, new Object[] {null, null, null});
        Frame f = Blocks.frame(d, true, "U", "AREA", "X");
        assertTruths(new Node.ValidCode(field(0), true), f, "TFN", "TFN");
        assertTruths(new Node.ValidCode(field(1), false), f, "TFN", "TFN");
        // a division code is not a credit code and the other way round
        assertTruths(new Node.ValidCode(field(1), true), f, "FFN", "FFN");
        assertTruths(new Node.ValidCode(field(0), false), f, "FFN", "FFN");
        assertTruths(new Node.ValidCode(field(2), true), f, "SSN", "EEN");
        // the error names the function
        Cursor c = new Cursor(f);
        assertThat(catchThrowableOfType(() -> new Node.ValidCode(field(2), true).truth(c, 0), EvalException.class)
                .messageEn()).isEqualTo("operator valid_uscc cannot be applied to a number");
        assertThat(catchThrowableOfType(() -> new Node.ValidCode(field(2), false).truth(c, 0), EvalException.class)
                .messageEn()).isEqualTo("operator valid_division cannot be applied to a number");
    }

    /** Text tests are remembered per distinct text: repeated texts get the same verdicts, in any block. */
    @Test
    void repeatedTextsInLaterBlocks() {
        Object[] texts = new Object[40];
        for (int i = 0; i < texts.length; i++) {
            texts[i] = i % 5 == 4 ? null : i % 3 == 0 ? "a1" : i % 3 == 1 ? "b" : "c2";
        }
        ColumnarDataset d = data("T:TEXT", column(texts));
        StringBuilder in = new StringBuilder();
        StringBuilder digit = new StringBuilder();
        for (Object t : texts) {
            in.append(t == null ? 'N' : t.equals("b") ? 'F' : 'T');
            digit.append(t == null ? 'N' : t.equals("b") ? 'F' : 'T');
        }
        Frame f = Blocks.frame(d, true, List.of(Set.of("a1", "c2")), 1, "T");
        Node list = new Node.InCodeList(field(0), 0);
        Node items = new Node.In(field(0), new Object[] {"a1", "c2"}, false);
        Node matches = new Node.Matches(field(0), Pattern.compile("[0-9]"), 0);
        for (Node node : new Node[] {list, items, matches}) {
            assertTruths(node, f, in.toString(), digit.toString());
            // one cursor over consecutive blocks, as the engine evaluates a chunk
            Cursor c = new Cursor(f);
            StringBuilder blocks = new StringBuilder();
            for (int from = 0; from < texts.length; from += 16) {
                int n = Math.min(16, texts.length - from);
                byte[] out = new byte[n];
                node.truths(c, from, n, out);
                for (byte t : out) {
                    blocks.append("FTNS".charAt(t));
                }
            }
            assertThat(blocks.toString()).isEqualTo(in.toString());
        }
    }
}
