package org.statsbase.validation.internal.lang;

import com.google.re2j.Pattern;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Set;
import org.statsbase.core.code.DivisionCode;
import org.statsbase.core.code.UnifiedSocialCreditCode;
import org.statsbase.validation.data.Value;
import org.statsbase.validation.data.internal.NumberStore;

/**
 * A compiled expression: a tree of nodes over column slots. {@link #eval} gives the value
 * ({@code null} for missing; numbers are {@link BigDecimal}, texts {@link String}, conditions
 * {@link Boolean}, dates {@link LocalDate}); {@link #truth} is the allocation-free path for
 * conditions: {@link #FALSE}, {@link #TRUE} or {@link #NA}.
 *
 * <p>Thread safety: immutable; all per-review state is in the {@link Cursor} and {@link Frame}.
 */
abstract class Node {

    static final byte FALSE = 0;
    static final byte TRUE = 1;
    static final byte NA = 2;

    /** A truth the block evaluator leaves to the exact path (the record is evaluated by {@link #truth}). */
    static final byte SLOW_TRUTH = 3;
    /** A scaled number that is missing (the same marker as a columnar NUMBER cell's, see {@link Frame#mainNumbers}). */
    static final long MISSING = NumberStore.MISSING;
    /**
     * A scaled number the block evaluator leaves to the exact path (no exact scaled form, or an error);
     * the marker of a columnar NUMBER cell whose exact value is kept aside.
     */
    static final long SLOW = NumberStore.EXACT;
    static {
        // Block loops test "v <= SLOW" for either marker: they must be the two least longs.
        assert MISSING == Long.MIN_VALUE && SLOW == Long.MIN_VALUE + 1;
    }
    private static final long ONE = 10_000L;

    abstract Object eval(Cursor c, int row);

    /**
     * The block evaluator: the truths of records {@code from … from + n − 1} into {@code out[0 … n − 1]},
     * each {@link #FALSE}, {@link #TRUE}, {@link #NA} exactly as {@link #truth} gives it, or
     * {@link #SLOW_TRUTH} where only {@link #truth} can tell (it may throw there). Never throws for a
     * record; evaluates sub-expressions that {@link #truth} would skip, which is harmless because
     * evaluation has no effects outside tracing, and the block evaluator never traces.
     */
    void truths(Cursor c, int from, int n, byte[] out) {
        for (int i = 0; i < n; i++) {
            try {
                out[i] = (byte) truth(c, from + i);
            } catch (RuntimeException e) {
                out[i] = SLOW_TRUTH;
            }
        }
    }

    /**
     * The block evaluator for numbers: the values ×10^4 of records {@code from … from + n − 1} as
     * {@code long}s, {@link #MISSING} where {@link #eval} gives missing, {@link #SLOW} where the value has
     * no exact scaled form or {@link #eval} is not a number or throws. A value given is exactly
     * {@link #eval}'s (by {@code compareTo}).
     */
    void scaled(Cursor c, int from, int n, long[] out) {
        for (int i = 0; i < n; i++) {
            try {
                out[i] = scaledOf(eval(c, from + i));
            } catch (RuntimeException e) {
                out[i] = SLOW;
            }
        }
    }

    static long scaledOf(Object v) {
        if (v == null) {
            return MISSING;
        }
        return v instanceof BigDecimal d ? toScaled(d) : SLOW;
    }

    /** {@code d} ×10^4 when exact and below 10^14 in magnitude, else {@link #SLOW}. */
    static long toScaled(BigDecimal d) {
        if (d.signum() == 0) {
            return 0L;
        }
        if (d.precision() - d.scale() > 14) {
            return SLOW;
        }
        BigDecimal v = d;
        if (v.scale() > 4) {
            v = v.stripTrailingZeros();
            if (v.scale() > 4) {
                return SLOW;
            }
        }
        // below 10^14 with at most four decimals: |u| < 10^18, never one of the two markers
        return v.setScale(4).unscaledValue().longValueExact();
    }

    static long addScaled(long a, long b) {
        long r = a + b;
        if (((a ^ r) & (b ^ r)) < 0 || r == MISSING || r == SLOW) {
            return SLOW;
        }
        return r;
    }

    static long subtractScaled(long a, long b) {
        long r = a - b;
        if (((a ^ b) & (a ^ r)) < 0 || r == MISSING || r == SLOW) {
            return SLOW;
        }
        return r;
    }

    /** The exact product when it has at most four decimals and fits, else {@link #SLOW}. */
    static long multiplyScaled(long a, long b) {
        long lo = a * b;
        long hi = Math.multiplyHigh(a, b);
        if (hi != (lo >> 63) || lo % ONE != 0) {
            return SLOW;
        }
        // |lo / 10^4| < 2^63 / 10^4: never one of the two markers
        return lo / ONE;
    }

    int truth(Cursor c, int row) {
        Object v = eval(c, row);
        if (v == null) {
            return NA;
        }
        if (v instanceof Boolean b) {
            return b ? TRUE : FALSE;
        }
        throw EvalException.type("condition", v);
    }

    /** A node whose value is a truth: {@link #eval} boxes what {@link #truth} says. */
    abstract static class Condition extends Node {

        @Override
        final Object eval(Cursor c, int row) {
            return box(truth(c, row));
        }

        @Override
        abstract int truth(Cursor c, int row);
    }

    static Boolean box(int truth) {
        return truth == NA ? null : truth == TRUE ? Boolean.TRUE : Boolean.FALSE;
    }

    static BigDecimal bounded(BigDecimal v) {
        if (v.precision() > Limits.MAX_PRECISION) {
            throw new EvalException(org.statsbase.validation.error.ValidationError.LIMIT_NUMBER_TOO_LARGE,
                    Limits.MAX_PRECISION);
        }
        return v;
    }

    static BigDecimal number(String op, Object v) {
        if (v instanceof BigDecimal d) {
            return d;
        }
        throw EvalException.type(op, v);
    }

    static String text(String op, Object v) {
        if (v instanceof String s) {
            return s;
        }
        throw EvalException.type(op, v);
    }

    /** A value read from a dataset, as the evaluator sees it. */
    static Object internal(Value v) {
        if (v instanceof Value.Number n) {
            return n.value();
        }
        if (v instanceof Value.Text t) {
            return t.value();
        }
        if (v instanceof Value.Bool b) {
            return Boolean.valueOf(b.value());
        }
        if (v instanceof Value.Date d) {
            return d.value();
        }
        return null;
    }

    /** An evaluator value as the API shows it. */
    static Value external(Object v) {
        if (v instanceof BigDecimal d) {
            return Value.of(d);
        }
        if (v instanceof String s) {
            return Value.of(s);
        }
        if (v instanceof Boolean b) {
            return Value.of(b.booleanValue());
        }
        if (v instanceof LocalDate d) {
            return Value.of(d);
        }
        return Value.missing();
    }

    /** A field node: reads a column of the reviewed dataset or of a reference dataset. */
    abstract static class Field extends Node {
        final String display;

        Field(String display) {
            this.display = display;
        }

        abstract Value value(Cursor c, int row);

        @Override
        Object eval(Cursor c, int row) {
            return internal(value(c, row));
        }
    }

    /** A test of one text, for {@link #textTruths}. */
    @FunctionalInterface
    interface TextTest {
        boolean test(String text);
    }

    /**
     * The block truths of a test of {@code x}'s text when {@code x} is a TEXT column of a columnar
     * reviewed dataset: read by dictionary id, without allocating, missing giving {@link #NA}, and
     * each id's result remembered per thread when the column has few distinct texts. Returns false
     * (and writes nothing) for any other {@code x}.
     */
    static boolean textTruths(Node owner, Node x, Cursor c, int from, int n, byte[] out, TextTest test) {
        if (!(x instanceof MainField f) || !c.frame.mainText[f.slot]) {
            return false;
        }
        var texts = c.frame.mainTexts[f.slot];
        int[] ids = c.frame.mainTextIds[f.slot];
        byte[] cache = c.textCache(owner, texts.distinct());
        for (int i = 0; i < n; i++) {
            int id = ids[from + i];
            if (id < 0) {
                out[i] = NA;
                continue;
            }
            if (cache != null && cache[id] != 0) {
                out[i] = (byte) (cache[id] - 1);
                continue;
            }
            byte t;
            try {
                t = test.test(texts.text(id)) ? TRUE : FALSE;
            } catch (RuntimeException e) {
                t = SLOW_TRUTH;
            }
            out[i] = t;
            if (cache != null) {
                cache[id] = (byte) (t + 1);
            }
        }
        return true;
    }

    static final class MainField extends Field {
        final int slot;

        MainField(String display, int slot) {
            super(display);
            this.slot = slot;
        }

        @Override
        Value value(Cursor c, int row) {
            return c.frame.main.value(row, c.frame.mainColumns[slot]);
        }

        @Override
        Object eval(Cursor c, int row) {
            if (c.frame.mainText[slot]) {
                int id = c.frame.mainTextIds[slot][row];
                return id < 0 ? null : c.frame.mainTexts[slot].text(id);
            }
            return super.eval(c, row);
        }

        @Override
        void scaled(Cursor c, int from, int n, long[] out) {
            long[] cells = c.frame.mainNumbers[slot];
            if (cells == null) {
                super.scaled(c, from, n, out);
                return;
            }
            // the cells are already scaled numbers with the evaluator's markers (Frame.mainNumbers)
            System.arraycopy(cells, from, out, 0, n);
        }
    }

    static final class RefField extends Field {
        final int dataset;
        final int slot;

        RefField(String display, int dataset, int slot) {
            super(display);
            this.dataset = dataset;
            this.slot = slot;
        }

        @Override
        Value value(Cursor c, int row) {
            int r = c.frame.refRow(dataset, row);
            return r < 0 ? Value.missing() : c.frame.refs[dataset].value(r, c.frame.refColumns[slot]);
        }

        @Override
        void scaled(Cursor c, int from, int n, long[] out) {
            long[] cells = c.frame.refNumbers[slot];
            if (cells == null) {
                super.scaled(c, from, n, out);
                return;
            }
            int[] rows = c.frame.refRows[dataset];
            if (rows == null) {
                // every row joined to the one at its position
                System.arraycopy(cells, from, out, 0, n);
                return;
            }
            for (int i = 0; i < n; i++) {
                int r = rows[from + i];
                out[i] = r < 0 ? MISSING : cells[r];
            }
        }
    }

    static final class Const extends Node {
        final Object value;
        final long scaledValue;

        Const(Object value) {
            this.value = value;
            this.scaledValue = value instanceof BigDecimal d ? toScaled(d) : SLOW;
        }

        @Override
        void scaled(Cursor c, int from, int n, long[] out) {
            java.util.Arrays.fill(out, 0, n, scaledValue);
        }

        @Override
        Object eval(Cursor c, int row) {
            return value;
        }
    }

    static final class Neg extends Node {
        final Node operand;

        Neg(Node operand) {
            this.operand = operand;
        }

        @Override
        Object eval(Cursor c, int row) {
            Object v = operand.eval(c, row);
            return v == null ? null : number("-", v).negate();
        }

        @Override
        void scaled(Cursor c, int from, int n, long[] out) {
            operand.scaled(c, from, n, out);
            for (int i = 0; i < n; i++) {
                long v = out[i];
                out[i] = v == MISSING || v == SLOW ? v : -v;
            }
        }
    }

    static final class Arith extends Node {
        final char op;
        final Node left;
        final Node right;

        Arith(char op, Node left, Node right) {
            this.op = op;
            this.left = left;
            this.right = right;
        }

        @Override
        Object eval(Cursor c, int row) {
            Object a = left.eval(c, row);
            Object b = right.eval(c, row);
            if (a == null || b == null) {
                if (a != null && !(a instanceof BigDecimal) || b != null && !(b instanceof BigDecimal)) {
                    throw EvalException.type(String.valueOf(op), a, b);
                }
                return null;
            }
            if (!(a instanceof BigDecimal x) || !(b instanceof BigDecimal y)) {
                throw EvalException.type(String.valueOf(op), a, b);
            }
            return switch (op) {
                case '+' -> bounded(x.add(y));
                case '-' -> bounded(x.subtract(y));
                case '*' -> bounded(x.multiply(y));
                default -> y.signum() == 0 ? null : x.divide(y, MathContext.DECIMAL128);
            };
        }

        @Override
        void scaled(Cursor c, int from, int n, long[] out) {
            if (op == '/') {
                super.scaled(c, from, n, out);
                return;
            }
            left.scaled(c, from, n, out);
            long[] r = c.longs();
            right.scaled(c, from, n, r);
            for (int i = 0; i < n; i++) {
                long a = out[i];
                long b = r[i];
                if (a == SLOW || b == SLOW) {
                    out[i] = SLOW;
                } else if (a == MISSING || b == MISSING) {
                    out[i] = MISSING;
                } else {
                    out[i] = op == '+' ? addScaled(a, b) : op == '-' ? subtractScaled(a, b) : multiplyScaled(a, b);
                }
            }
            c.releaseLongs();
        }
    }

    /** {@code = != < <= > >=}; equality of numbers within the rule set's tolerance. */
    static final class Compare extends Condition {
        final String op;
        final Node left;
        final Node right;
        final BigDecimal tolerance;
        /** Whether the operands may be numbers (not known to be texts, conditions or dates). */
        final boolean numeric;
        private final boolean equality;
        private final boolean equals;
        /** {@link #op} as 0 {@code =}, 1 {@code !=}, 2 {@code <}, 3 {@code <=}, 4 {@code >}, 5 {@code >=}. */
        private final int code;
        private final long scaledTolerance;
        /** The truth for left &lt;, =, &gt; right (index 0, 1, 2): the operator decided once, not per record. */
        private final byte[] byComparison;

        /**
         * 0, 1 or 2 as {@code x} &lt;, =, &gt; {@code y}. Two conditional increments rather than
         * {@code Long.compare}'s branches, which the JIT may keep: a block's comparisons often go either way
         * unpredictably ({@code B09 > 0}).
         */
        private static int order(long x, long y) {
            return (x >= y ? 1 : 0) + (x > y ? 1 : 0);
        }

        Compare(String op, Node left, Node right, BigDecimal tolerance) {
            this(op, left, right, tolerance, true);
        }

        Compare(String op, Node left, Node right, BigDecimal tolerance, boolean numeric) {
            this.op = op;
            this.left = left;
            this.right = right;
            this.tolerance = tolerance;
            this.numeric = numeric;
            this.equality = op.equals("=") || op.equals("!=");
            this.equals = op.equals("=");
            this.code = switch (op) {
                case "=" -> 0;
                case "!=" -> 1;
                case "<" -> 2;
                case "<=" -> 3;
                case ">" -> 4;
                default -> 5;
            };
            this.scaledTolerance = toScaled(tolerance);
            this.byComparison = new byte[] {holds(-1) ? TRUE : FALSE, holds(0) ? TRUE : FALSE,
                holds(1) ? TRUE : FALSE};
        }

        @Override
        void truths(Cursor c, int from, int n, byte[] out) {
            if (!numeric || equality && scaledTolerance == SLOW) {
                super.truths(c, from, n, out);
                return;
            }
            if (left instanceof Growth g) {
                growthTruths(c, from, n, out, g, false);
                return;
            }
            if (left instanceof Abs a && a.x instanceof Growth g && !equality) {
                growthTruths(c, from, n, out, g, true);
                return;
            }
            long[] a = c.longs();
            long[] b = c.longs();
            left.scaled(c, from, n, a);
            right.scaled(c, from, n, b);
            boolean withinTolerance = equality && scaledTolerance != 0;
            for (int i = 0; i < n; i++) {
                long x = a[i];
                long y = b[i];
                // MISSING and SLOW are the two least longs: one test finds both markers
                if (x <= SLOW || y <= SLOW) {
                    out[i] = x == SLOW || y == SLOW ? SLOW_TRUTH : NA;
                } else if (withinTolerance) {
                    long d = subtractScaled(x, y);
                    out[i] = d == SLOW ? SLOW_TRUTH : equals == (Math.abs(d) <= scaledTolerance) ? TRUE : FALSE;
                } else {
                    out[i] = byComparison[order(x, y)];
                }
            }
            c.releaseLongs();
            c.releaseLongs();
        }

        /**
         * {@code growth(x, p) op k} (or {@code abs(growth(x, p)) op k}) on scaled {@code long}s, exactly as
         * DECIMAL128 evaluation decides it: with x, p, k scaled by 10^4, growth − k has the sign of
         * ((x − p)·10^4 − k·p)·sign(p), computed in 128 bits; DECIMAL128's two roundings move the growth
         * by less than (|x/p| + 1)·10^−33, below the least nonzero |growth − k| = 1/(10^4·|p|) for
         * |x|, |p| < 2^63, and a growth exactly k is computed exactly, so the comparison never changes.
         */
        private void growthTruths(Cursor c, int from, int n, byte[] out, Growth g, boolean abs) {
            long[] xs = c.longs();
            long[] ps = c.longs();
            long[] ks = c.longs();
            g.current.scaled(c, from, n, xs);
            g.previous.scaled(c, from, n, ps);
            right.scaled(c, from, n, ks);
            for (int i = 0; i < n; i++) {
                long x = xs[i];
                long p = ps[i];
                long k = ks[i];
                if (x == SLOW || p == SLOW || k == SLOW) {
                    out[i] = SLOW_TRUTH;
                } else if (x == MISSING || p == MISSING || p == 0 || k == MISSING) {
                    out[i] = NA;
                } else {
                    int cmp;
                    if (equality) {
                        long lo = subtractScaled(k, scaledTolerance);
                        long hi = addScaled(k, scaledTolerance);
                        int a = lo == SLOW ? 2 : growthSign(x, p, lo);
                        int b = hi == SLOW ? 2 : growthSign(x, p, hi);
                        cmp = a == 2 || b == 2 ? 2 : a >= 0 && b <= 0 ? 0 : 1;
                    } else if (abs) {
                        cmp = k < 0 ? 1 : absGrowthSign(x, p, k);
                    } else {
                        cmp = growthSign(x, p, k);
                    }
                    out[i] = cmp == 2 ? SLOW_TRUTH : byComparison[cmp + 1];
                }
            }
            c.releaseLongs();
            c.releaseLongs();
            c.releaseLongs();
        }

        /** The sign of |growth(x, p)| − k for k ≥ 0, or 2. */
        private static int absGrowthSign(long x, long p, long k) {
            long d = x - p;
            if (((x ^ p) & (x ^ d)) >= 0 && small(d, p, k)) {
                // |d/p| − k/10^4 has the sign of |d|·10^4 − k·|p|, both products within a long
                return Long.compare(Math.abs(d) * ONE, k * Math.abs(p));
            }
            int upper = growthSign(x, p, k);
            int lower = growthSign(x, p, -k);
            if (upper == 2 || lower == 2) {
                return 2;
            }
            if (upper < 0 && lower > 0) {
                return -1;
            }
            return upper == 0 || lower == 0 ? 0 : 1;
        }

        /** The sign of (x − p)/p − k/10^4 for scaled x, p ≠ 0, k; 2 when x − p overflows. */
        static int growthSign(long x, long p, long k) {
            long d = x - p;
            if (((x ^ p) & (x ^ d)) < 0) {
                return 2;
            }
            int s;
            if (small(d, p, k)) {
                s = Long.compare(d * ONE, k * p); // both products within a long
            } else {
                long aHi = Math.multiplyHigh(d, ONE);
                long aLo = d * ONE;
                long bHi = Math.multiplyHigh(k, p);
                long bLo = k * p;
                s = aHi != bHi ? Long.compare(aHi, bHi) : Long.compareUnsigned(aLo, bLo);
            }
            return p < 0 ? -s : s;
        }

        /**
         * The usual magnitudes, with x, p and k scaled by 10^4: |d| &lt; 2^49, |p| &lt; 2^40 (below about
         * 110 million) and |k| &lt; 2^23 (a threshold below 838.8608). Then |d·10^4| &lt; 2^63 and
         * |k·p| &lt; 2^63, so the sign tests need no 128-bit products.
         */
        private static boolean small(long d, long p, long k) {
            return -(1L << 40) < p && p < (1L << 40) && -(1L << 23) < k && k < (1L << 23)
                    && -(1L << 49) < d && d < (1L << 49);
        }

        @Override
        int truth(Cursor c, int row) {
            Object a = left.eval(c, row);
            Object b = right.eval(c, row);
            if (a == null || b == null) {
                return NA;
            }
            boolean result;
            if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
                if (op.equals("=") || op.equals("!=")) {
                    boolean within = tolerance.signum() == 0 ? x.compareTo(y) == 0
                            : x.subtract(y).abs().compareTo(tolerance) <= 0;
                    result = op.equals("=") == within;
                } else {
                    result = holds(x.compareTo(y));
                }
                if (!result) {
                    c.trace(x, y);
                }
            } else if (a instanceof String x && b instanceof String y) {
                result = holds(x.compareTo(y));
            } else if (a instanceof LocalDate x && b instanceof LocalDate y) {
                result = holds(x.compareTo(y));
            } else if (a instanceof Boolean x && b instanceof Boolean y && (op.equals("=") || op.equals("!="))) {
                result = op.equals("=") == x.equals(y);
            } else {
                throw EvalException.type(op, a, b);
            }
            return result ? TRUE : FALSE;
        }

        private boolean holds(int cmp) {
            return switch (code) {
                case 0 -> cmp == 0;
                case 1 -> cmp != 0;
                case 2 -> cmp < 0;
                case 3 -> cmp <= 0;
                case 4 -> cmp > 0;
                default -> cmp >= 0;
            };
        }
    }

    static final class Not extends Condition {
        final Node operand;

        Not(Node operand) {
            this.operand = operand;
        }

        @Override
        int truth(Cursor c, int row) {
            int t = operand.truth(c, row);
            return t == NA ? NA : 1 - t;
        }

        @Override
        void truths(Cursor c, int from, int n, byte[] out) {
            operand.truths(c, from, n, out);
            for (int i = 0; i < n; i++) {
                byte t = out[i];
                out[i] = t == NA || t == SLOW_TRUTH ? t : (byte) (1 - t);
            }
        }
    }

    /**
     * A three-valued binary connective as SQL and R define them, given by its truth table over
     * {@link #FALSE}, {@link #TRUE}, {@link #NA}: {@code and} (false wins over missing), {@code or}
     * (true wins over missing) and {@code if a then b} (= {@code not a or b}, as R validate
     * rewrites it). When the left value alone decides, the right side is not evaluated.
     */
    static final class Connective extends Condition {
        final Node left;
        final Node right;
        /** The left value that decides alone, and what it decides. */
        private final byte decidingLeft;
        private final byte decided;
        /** The result for (left, right), indexed {@code left * 3 + right}. */
        private final byte[] table;

        /**
         * {@link #table} extended to the block evaluator's {@link #SLOW_TRUTH}, indexed {@code left * 4 + right}:
         * the deciding left value decides whatever the right, else a slow side makes the result slow. One
         * lookup per record and no branch: the left value of a block's records varies unpredictably.
         */
        private final byte[] blockTable = new byte[16];

        private Connective(Node left, Node right, byte decidingLeft, byte decided, byte[] table) {
            this.left = left;
            this.right = right;
            this.decidingLeft = decidingLeft;
            this.decided = decided;
            this.table = table;
            for (int a = 0; a <= SLOW_TRUTH; a++) {
                for (int b = 0; b <= SLOW_TRUTH; b++) {
                    blockTable[a * 4 + b] = a == decidingLeft ? decided
                            : a == SLOW_TRUTH || b == SLOW_TRUTH ? SLOW_TRUTH : table[a * 3 + b];
                }
            }
        }

        /** {@code a and b}. */
        static Connective and(Node left, Node right) {
            return new Connective(left, right, FALSE, FALSE,
                    table(FALSE, FALSE, FALSE, FALSE, TRUE, NA, FALSE, NA, NA));
        }

        /** {@code a or b}. */
        static Connective or(Node left, Node right) {
            return new Connective(left, right, TRUE, TRUE, table(FALSE, TRUE, NA, TRUE, TRUE, TRUE, NA, TRUE, NA));
        }

        /** {@code if a then b}. */
        static Connective implies(Node condition, Node consequence) {
            return new Connective(condition, consequence, FALSE, TRUE,
                    table(TRUE, TRUE, TRUE, FALSE, TRUE, NA, NA, TRUE, NA));
        }

        /** Rows: left FALSE, TRUE, NA; columns: right FALSE, TRUE, NA. */
        private static byte[] table(byte... results) {
            return results;
        }

        @Override
        int truth(Cursor c, int row) {
            int a = left.truth(c, row);
            if (a == decidingLeft) {
                return decided;
            }
            return table[a * 3 + right.truth(c, row)];
        }

        @Override
        void truths(Cursor c, int from, int n, byte[] out) {
            left.truths(c, from, n, out);
            byte[] r = c.bytes();
            right.truths(c, from, n, r);
            for (int i = 0; i < n; i++) {
                byte a = out[i];
                byte b = r[i];
                out[i] = blockTable[a * 4 + b];
            }
            c.releaseBytes();
        }
    }

    /** {@code x in (…)}: literal items; missing {@code x} gives missing. */
    static final class In extends Condition {
        final Node value;
        final Object[] items;
        final boolean negated;

        /** The items ×10^4 when all are numbers with a scaled form, else null. */
        private final long[] scaledItems;
        /** The items when all are texts, else null. */
        private final Set<String> textItems;

        In(Node value, Object[] items, boolean negated) {
            this.value = value;
            this.items = items;
            this.negated = negated;
            long[] scaled = new long[items.length];
            Set<String> texts = new java.util.HashSet<>();
            boolean numbers = items.length > 0;
            boolean strings = items.length > 0;
            for (int i = 0; i < items.length; i++) {
                scaled[i] = items[i] instanceof BigDecimal d ? toScaled(d) : SLOW;
                numbers &= scaled[i] != SLOW;
                if (items[i] instanceof String t) {
                    texts.add(t);
                } else {
                    strings = false;
                }
            }
            this.scaledItems = numbers ? scaled : null;
            this.textItems = strings ? texts : null;
        }

        @Override
        void truths(Cursor c, int from, int n, byte[] out) {
            if (scaledItems != null) {
                long[] v = c.longs();
                value.scaled(c, from, n, v);
                for (int i = 0; i < n; i++) {
                    long x = v[i];
                    if (x == SLOW) {
                        out[i] = SLOW_TRUTH;
                    } else if (x == MISSING) {
                        out[i] = NA;
                    } else {
                        boolean found = false;
                        for (long item : scaledItems) {
                            if (item == x) {
                                found = true;
                                break;
                            }
                        }
                        out[i] = found != negated ? TRUE : FALSE;
                    }
                }
                c.releaseLongs();
            } else if (textItems != null) {
                if (textTruths(this, value, c, from, n, out, t -> textItems.contains(t) != negated)) {
                    return;
                }
                for (int i = 0; i < n; i++) {
                    Object v;
                    try {
                        v = value.eval(c, from + i);
                    } catch (RuntimeException e) {
                        out[i] = SLOW_TRUTH;
                        continue;
                    }
                    out[i] = v == null ? NA : v instanceof String t ? textItems.contains(t) != negated ? TRUE : FALSE
                            : SLOW_TRUTH;
                }
            } else {
                super.truths(c, from, n, out);
            }
        }

        @Override
        int truth(Cursor c, int row) {
            Object v = value.eval(c, row);
            if (v == null) {
                return NA;
            }
            boolean found = false;
            for (Object item : items) {
                if (item instanceof BigDecimal d && v instanceof BigDecimal x ? d.compareTo(x) == 0 : item.equals(v)) {
                    found = true;
                    break;
                }
            }
            if (!found && items.length > 0 && Type.of(items[0]) != Type.of(v)) {
                throw EvalException.type("in", v, items[0]);
            }
            return found != negated ? TRUE : FALSE;
        }
    }

    /** {@code x between lo and hi} = {@code lo <= x and x <= hi}, three-valued. */
    static final class Between extends Condition {
        final Compare low;
        final Compare high;
        final boolean negated;

        Between(Node value, Node low, Node high, boolean negated) {
            this(value, low, high, negated, true);
        }

        Between(Node value, Node low, Node high, boolean negated, boolean numeric) {
            this.low = new Compare(">=", value, low, BigDecimal.ZERO, numeric);
            this.high = new Compare("<=", value, high, BigDecimal.ZERO, numeric);
            this.negated = negated;
        }

        @Override
        void truths(Cursor c, int from, int n, byte[] out) {
            Node value = low.left;
            boolean growth = value instanceof Growth || value instanceof Abs a && a.x instanceof Growth;
            if (low.numeric && !growth) {
                numericTruths(c, from, n, out, value);
                return;
            }
            low.truths(c, from, n, out);
            byte[] r = c.bytes();
            high.truths(c, from, n, r);
            for (int i = 0; i < n; i++) {
                byte a = out[i];
                byte b = r[i];
                int t;
                if (a == FALSE) {
                    t = FALSE;
                } else if (a == SLOW_TRUTH || b == SLOW_TRUTH) {
                    out[i] = SLOW_TRUTH;
                    continue;
                } else {
                    t = b == FALSE ? FALSE : a == TRUE && b == TRUE ? TRUE : NA;
                }
                out[i] = (byte) (t == NA ? NA : negated ? 1 - t : t);
            }
            c.releaseBytes();
        }

        /** As {@link #truth} on scaled numbers, the value evaluated once for both bounds. */
        private void numericTruths(Cursor c, int from, int n, byte[] out, Node value) {
            long[] v = c.longs();
            long[] lo = c.longs();
            long[] hi = c.longs();
            value.scaled(c, from, n, v);
            low.right.scaled(c, from, n, lo);
            high.right.scaled(c, from, n, hi);
            for (int i = 0; i < n; i++) {
                long x = v[i];
                long l = lo[i];
                if (x == SLOW || l == SLOW) {
                    out[i] = SLOW_TRUTH;
                    continue;
                }
                int a = x == MISSING || l == MISSING ? NA : x >= l ? TRUE : FALSE;
                int t;
                if (a == FALSE) {
                    t = FALSE;
                } else {
                    long h = hi[i];
                    if (h == SLOW) {
                        out[i] = SLOW_TRUTH;
                        continue;
                    }
                    int b = x == MISSING || h == MISSING ? NA : x <= h ? TRUE : FALSE;
                    t = b == FALSE ? FALSE : a == TRUE && b == TRUE ? TRUE : NA;
                }
                out[i] = (byte) (t == NA ? NA : negated ? 1 - t : t);
            }
            c.releaseLongs();
            c.releaseLongs();
            c.releaseLongs();
        }

        @Override
        int truth(Cursor c, int row) {
            int a = low.truth(c, row);
            int b = a == FALSE ? FALSE : high.truth(c, row);
            int t = a == FALSE || b == FALSE ? FALSE : a == TRUE && b == TRUE ? TRUE : NA;
            return t == NA ? NA : negated ? 1 - t : t;
        }
    }

    static final class Abs extends Node {
        final Node x;

        Abs(Node x) {
            this.x = x;
        }

        @Override
        Object eval(Cursor c, int row) {
            Object v = x.eval(c, row);
            return v == null ? null : number("abs", v).abs();
        }

        @Override
        void scaled(Cursor c, int from, int n, long[] out) {
            x.scaled(c, from, n, out);
            for (int i = 0; i < n; i++) {
                long v = out[i];
                out[i] = v == MISSING || v == SLOW ? v : Math.abs(v);
            }
        }
    }

    /** {@code round(x[, digits])}, half away from zero (四舍五入), not R's half-to-even. */
    static final class Round extends Node {
        final Node x;
        final Node digits;

        Round(Node x, Node digits) {
            this.x = x;
            this.digits = digits;
        }

        @Override
        Object eval(Cursor c, int row) {
            Object v = x.eval(c, row);
            Object d = digits == null ? BigDecimal.ZERO : digits.eval(c, row);
            if (v == null || d == null) {
                return null;
            }
            BigDecimal n = number("round", v);
            BigDecimal places = number("round", d);
            if (places.abs().compareTo(BigDecimal.valueOf(Limits.MAX_ROUND_DIGITS)) > 0
                    || places.stripTrailingZeros().scale() > 0) {
                throw new EvalException(org.statsbase.validation.error.ValidationError.LIMIT_ROUND_DIGITS,
                        places.toPlainString().length() > 20 ? "…" : places.toPlainString(), Limits.MAX_ROUND_DIGITS);
            }
            return n.setScale(places.intValue(), RoundingMode.HALF_UP);
        }
    }

    /** {@code sum}, {@code min}, {@code max} of row values: missing if any term is. */
    static final class Fold extends Node {
        final String name;
        final Node[] terms;

        Fold(String name, Node[] terms) {
            this.name = name;
            this.terms = terms;
        }

        @Override
        Object eval(Cursor c, int row) {
            BigDecimal acc = null;
            boolean missing = false;
            for (Node t : terms) {
                Object v = t.eval(c, row);
                if (v == null) {
                    missing = true;
                    continue;
                }
                BigDecimal d = number(name, v);
                if (acc == null) {
                    acc = d;
                } else {
                    acc = switch (name) {
                        case "sum" -> bounded(acc.add(d));
                        case "min" -> acc.compareTo(d) <= 0 ? acc : d;
                        default -> acc.compareTo(d) >= 0 ? acc : d;
                    };
                }
            }
            return missing ? null : acc;
        }

        @Override
        void scaled(Cursor c, int from, int n, long[] out) {
            if (terms.length == 0) {
                super.scaled(c, from, n, out);
                return;
            }
            terms[0].scaled(c, from, n, out);
            long[] t = c.longs();
            for (int k = 1; k < terms.length; k++) {
                terms[k].scaled(c, from, n, t);
                for (int i = 0; i < n; i++) {
                    long a = out[i];
                    long b = t[i];
                    if (a == SLOW || b == SLOW) {
                        out[i] = SLOW;
                    } else if (a == MISSING || b == MISSING) {
                        out[i] = MISSING;
                    } else {
                        out[i] = switch (name) {
                            case "sum" -> addScaled(a, b);
                            case "min" -> Math.min(a, b);
                            default -> Math.max(a, b);
                        };
                    }
                }
            }
            c.releaseLongs();
        }
    }

    static final class Coalesce extends Node {
        final Node[] terms;

        Coalesce(Node[] terms) {
            this.terms = terms;
        }

        @Override
        Object eval(Cursor c, int row) {
            for (Node t : terms) {
                Object v = t.eval(c, row);
                if (v != null) {
                    return v;
                }
            }
            return null;
        }
    }

    static final class IsMissing extends Condition {
        final Node x;

        IsMissing(Node x) {
            this.x = x;
        }

        @Override
        int truth(Cursor c, int row) {
            return x.eval(c, row) == null ? TRUE : FALSE;
        }
    }

    /** {@code len(text)} in characters (code points). */
    static final class Len extends Node {
        final Node x;

        Len(Node x) {
            this.x = x;
        }

        @Override
        Object eval(Cursor c, int row) {
            Object v = x.eval(c, row);
            if (v == null) {
                return null;
            }
            String s = text("len", v);
            return BigDecimal.valueOf(s.codePointCount(0, s.length()));
        }

        @Override
        void scaled(Cursor c, int from, int n, long[] out) {
            if (x instanceof MainField f && c.frame.mainText[f.slot]) {
                var texts = c.frame.mainTexts[f.slot];
                int[] ids = c.frame.mainTextIds[f.slot];
                for (int i = 0; i < n; i++) {
                    int id = ids[from + i];
                    out[i] = id < 0 ? MISSING : texts.length(id) * ONE;
                }
                return;
            }
            for (int i = 0; i < n; i++) {
                Object v;
                try {
                    v = x.eval(c, from + i);
                } catch (RuntimeException e) {
                    out[i] = SLOW;
                    continue;
                }
                out[i] = v == null ? MISSING : v instanceof String s ? s.codePointCount(0, s.length()) * ONE : SLOW;
            }
        }
    }

    /** {@code matches(text, re)}: RE2 search (as R's grepl), linear time whatever the pattern. */
    static final class Matches extends Condition {
        final Node x;
        final Pattern pattern;
        final int slot;

        /** The same pattern matched directly or by the JDK when {@link SimplePattern} shows that safe, else null. */
        final SimplePattern simple;

        Matches(Node x, Pattern pattern, int slot) {
            this.x = x;
            this.pattern = pattern;
            this.slot = slot;
            this.simple = SimplePattern.translate(pattern.pattern()).orElse(null);
        }

        @Override
        void truths(Cursor c, int from, int n, byte[] out) {
            if (simple != null && simple.findsLatin1() && x instanceof MainField f && c.frame.mainText[f.slot]
                    && c.frame.mainLatin1[f.slot] != null) {
                // every count fixed and the dictionary in Latin-1 bytes: match the bytes, no String
                int[] ids = c.frame.mainTextIds[f.slot];
                byte[] bytes = c.frame.mainLatin1[f.slot];
                int[] offsets = c.frame.mainLatin1Offsets[f.slot];
                for (int i = 0; i < n; i++) {
                    int id = ids[from + i];
                    out[i] = id < 0 ? NA : simple.find(bytes, offsets[id], offsets[id + 1]) ? TRUE : FALSE;
                }
                return;
            }
            if (!textTruths(this, x, c, from, n, out, s -> found(c, s))) {
                super.truths(c, from, n, out);
            }
        }

        @Override
        int truth(Cursor c, int row) {
            Object v = x.eval(c, row);
            if (v == null) {
                return NA;
            }
            return found(c, text("matches", v)) ? TRUE : FALSE;
        }

        private boolean found(Cursor c, String s) {
            if (simple != null && c.frame.fast) {
                int found = simple.find(s);
                if (found < 0) {
                    found = c.simpleMatcher(slot, simple.jdk, s).find() ? TRUE : FALSE;
                }
                return found == 1;
            }
            return c.matcher(slot, pattern, s).find();
        }
    }

    /** {@code growth(cur, prev)} = cur / prev − 1 in DECIMAL128; missing when prev is 0. */
    static final class Growth extends Node {
        final Node current;
        final Node previous;

        Growth(Node current, Node previous) {
            this.current = current;
            this.previous = previous;
        }

        @Override
        Object eval(Cursor c, int row) {
            Object a = current.eval(c, row);
            Object b = previous.eval(c, row);
            if (a == null || b == null) {
                return null;
            }
            BigDecimal x = number("growth", a);
            BigDecimal y = number("growth", b);
            if (y.signum() == 0) {
                return null;
            }
            return x.divide(y, MathContext.DECIMAL128).subtract(BigDecimal.ONE, MathContext.DECIMAL128);
        }
    }

    /** {@code valid_uscc(x)}, {@code valid_division(x)}: GB 32100-2015, GB/T 2260 and GB/T 10114 via statsbase-core. */
    static final class ValidCode extends Condition {
        final Node x;
        final boolean uscc;

        ValidCode(Node x, boolean uscc) {
            this.x = x;
            this.uscc = uscc;
        }

        @Override
        int truth(Cursor c, int row) {
            Object v = x.eval(c, row);
            if (v == null) {
                return NA;
            }
            String s = text(uscc ? "valid_uscc" : "valid_division", v);
            boolean ok = uscc ? UnifiedSocialCreditCode.isValid(s) : DivisionCode.check(s).isValid();
            return ok ? TRUE : FALSE;
        }
    }

    /** {@code in_codelist(x, "list")}: the list is given by name at review time. */
    static final class InCodeList extends Condition {
        final Node x;
        final int slot;

        InCodeList(Node x, int slot) {
            this.x = x;
            this.slot = slot;
        }

        @Override
        int truth(Cursor c, int row) {
            Object v = x.eval(c, row);
            if (v == null) {
                return NA;
            }
            Set<String> list = c.frame.codeLists[slot];
            return list.contains(text("in_codelist", v)) ? TRUE : FALSE;
        }

        @Override
        void truths(Cursor c, int from, int n, byte[] out) {
            Set<String> list = c.frame.codeLists[slot];
            if (!textTruths(this, x, c, from, n, out, list::contains)) {
                super.truths(c, from, n, out);
            }
        }
    }
}
