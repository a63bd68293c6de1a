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

/**
 * A compiled expression: a tree of nodes over column slots. {@link #eval} gives the value
 * ({@code null} for missing; numbers are {@link BigDecimal}, texts {@link String}, conditions
 * {@link Boolean}, dates {@link LocalDate}); {@link #truth} is the allocation-free path for
 * conditions: {@link #FALSE}, {@link #TRUE} or {@link #NA}.
 *
 * <p>Thread safety: immutable; all per-review state is in the {@link Cursor} and {@link Frame}.
 */
abstract class Node {

    static final int FALSE = 0;
    static final int TRUE = 1;
    static final int NA = 2;

    abstract Object eval(Cursor c, int row);

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
            int r = c.frame.refRows[dataset][row];
            return r < 0 ? Value.missing() : c.frame.refs[dataset].value(r, c.frame.refColumns[slot]);
        }
    }

    static final class Const extends Node {
        final Object value;

        Const(Object value) {
            this.value = value;
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
    }

    /** {@code = != < <= > >=}; equality of numbers within the rule set's tolerance. */
    static final class Compare extends Node {
        final String op;
        final Node left;
        final Node right;
        final BigDecimal tolerance;

        Compare(String op, Node left, Node right, BigDecimal tolerance) {
            this.op = op;
            this.left = left;
            this.right = right;
            this.tolerance = tolerance;
        }

        @Override
        Object eval(Cursor c, int row) {
            return box(truth(c, row));
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
            return switch (op) {
                case "=" -> cmp == 0;
                case "!=" -> cmp != 0;
                case "<" -> cmp < 0;
                case "<=" -> cmp <= 0;
                case ">" -> cmp > 0;
                default -> cmp >= 0;
            };
        }
    }

    static final class Not extends Node {
        final Node operand;

        Not(Node operand) {
            this.operand = operand;
        }

        @Override
        Object eval(Cursor c, int row) {
            return box(truth(c, row));
        }

        @Override
        int truth(Cursor c, int row) {
            int t = operand.truth(c, row);
            return t == NA ? NA : 1 - t;
        }
    }

    /** SQL / R three-valued {@code and}: false wins over missing. */
    static final class And extends Node {
        final Node left;
        final Node right;

        And(Node left, Node right) {
            this.left = left;
            this.right = right;
        }

        @Override
        Object eval(Cursor c, int row) {
            return box(truth(c, row));
        }

        @Override
        int truth(Cursor c, int row) {
            int a = left.truth(c, row);
            if (a == FALSE) {
                return FALSE;
            }
            int b = right.truth(c, row);
            if (b == FALSE) {
                return FALSE;
            }
            return a == TRUE && b == TRUE ? TRUE : NA;
        }
    }

    /** SQL / R three-valued {@code or}: true wins over missing. */
    static final class Or extends Node {
        final Node left;
        final Node right;

        Or(Node left, Node right) {
            this.left = left;
            this.right = right;
        }

        @Override
        Object eval(Cursor c, int row) {
            return box(truth(c, row));
        }

        @Override
        int truth(Cursor c, int row) {
            int a = left.truth(c, row);
            if (a == TRUE) {
                return TRUE;
            }
            int b = right.truth(c, row);
            if (b == TRUE) {
                return TRUE;
            }
            return a == FALSE && b == FALSE ? FALSE : NA;
        }
    }

    /** {@code if a then b} = {@code not a or b}, three-valued (as R validate rewrites it). */
    static final class Implies extends Node {
        final Node condition;
        final Node consequence;

        Implies(Node condition, Node consequence) {
            this.condition = condition;
            this.consequence = consequence;
        }

        @Override
        Object eval(Cursor c, int row) {
            return box(truth(c, row));
        }

        @Override
        int truth(Cursor c, int row) {
            int a = condition.truth(c, row);
            if (a == FALSE) {
                return TRUE;
            }
            int b = consequence.truth(c, row);
            if (b == TRUE) {
                return TRUE;
            }
            return a == TRUE && b == FALSE ? FALSE : NA;
        }
    }

    /** {@code x in (…)}: literal items; missing {@code x} gives missing. */
    static final class In extends Node {
        final Node value;
        final Object[] items;
        final boolean negated;

        In(Node value, Object[] items, boolean negated) {
            this.value = value;
            this.items = items;
            this.negated = negated;
        }

        @Override
        Object eval(Cursor c, int row) {
            return box(truth(c, row));
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
    static final class Between extends Node {
        final Compare low;
        final Compare high;
        final boolean negated;

        Between(Node value, Node low, Node high, boolean negated) {
            this.low = new Compare(">=", value, low, BigDecimal.ZERO);
            this.high = new Compare("<=", value, high, BigDecimal.ZERO);
            this.negated = negated;
        }

        @Override
        Object eval(Cursor c, int row) {
            return box(truth(c, row));
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

    static final class IsMissing extends Node {
        final Node x;

        IsMissing(Node x) {
            this.x = x;
        }

        @Override
        Object eval(Cursor c, int row) {
            return box(truth(c, row));
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
    }

    /** {@code matches(text, re)}: RE2 search (as R's grepl), linear time whatever the pattern. */
    static final class Matches extends Node {
        final Node x;
        final Pattern pattern;

        Matches(Node x, Pattern pattern) {
            this.x = x;
            this.pattern = pattern;
        }

        @Override
        Object eval(Cursor c, int row) {
            return box(truth(c, row));
        }

        @Override
        int truth(Cursor c, int row) {
            Object v = x.eval(c, row);
            if (v == null) {
                return NA;
            }
            return pattern.matcher(text("matches", v)).find() ? TRUE : FALSE;
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
    static final class ValidCode extends Node {
        final Node x;
        final boolean uscc;

        ValidCode(Node x, boolean uscc) {
            this.x = x;
            this.uscc = uscc;
        }

        @Override
        Object eval(Cursor c, int row) {
            return box(truth(c, row));
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
    static final class InCodeList extends Node {
        final Node x;
        final int slot;

        InCodeList(Node x, int slot) {
            this.x = x;
            this.slot = slot;
        }

        @Override
        Object eval(Cursor c, int row) {
            return box(truth(c, row));
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
    }
}
