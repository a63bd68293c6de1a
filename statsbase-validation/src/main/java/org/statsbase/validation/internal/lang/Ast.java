package org.statsbase.validation.internal.lang;

import java.math.BigDecimal;
import java.util.List;

/**
 * The syntax tree of one expression, as parsed, before static checks. Every node knows where it
 * starts (line and column within the expression text).
 *
 * <p>Thread safety: immutable.
 */
sealed interface Ast {

    int line();

    int column();

    /** A number literal. */
    record Num(BigDecimal value, String text, int line, int column) implements Ast {
    }

    /** A text literal. */
    record Str(String value, int line, int column) implements Ast {
    }

    /** {@code true} or {@code false}. */
    record Bool(boolean value, int line, int column) implements Ast {
    }

    /**
     * A field: {@code B01}, {@code [B204-1.01]}, {@code prev.B01}, {@code yoy.B01},
     * {@code form("B204-1").B01}.
     *
     * @param dataset {@code ""} for the reviewed dataset, {@code prev}, {@code yoy} or {@code form:ID}
     */
    record Ref(String dataset, String code, int line, int column) implements Ast {

        /** The field as the rule names it: {@code B01}, {@code prev.B01}, {@code form("X").B01}. */
        String display() {
            if (dataset.isEmpty()) {
                return code;
            }
            if (dataset.startsWith("form:")) {
                return "form(\"" + dataset.substring(5) + "\")." + code;
            }
            return dataset + "." + code;
        }
    }

    /** Unary minus. */
    record Neg(Ast operand, int line, int column) implements Ast {
    }

    /** {@code + - * /} and comparisons {@code = != < <= > >=}. */
    record Binary(String op, Ast left, Ast right, int line, int column) implements Ast {
    }

    /** {@code not}. */
    record Not(Ast operand, int line, int column) implements Ast {
    }

    /** {@code and} ({@code and == true}) or {@code or}. */
    record Logic(boolean and, Ast left, Ast right, int line, int column) implements Ast {
    }

    /** {@code if condition then consequence}. */
    record Implies(Ast condition, Ast consequence, int line, int column) implements Ast {
    }

    /** {@code x [not] in (a, b, …)}. */
    record In(Ast value, List<Ast> items, boolean negated, int line, int column) implements Ast {
    }

    /** {@code x [not] between lo and hi}. */
    record Between(Ast value, Ast low, Ast high, boolean negated, int line, int column) implements Ast {
    }

    /** A function call. */
    record Call(String name, List<Ast> args, int line, int column) implements Ast {
    }
}
