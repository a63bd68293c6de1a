package org.statsbase.validation.internal.lang;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.statsbase.validation.error.ValidationError;
import org.statsbase.validation.rules.RuleLimits;

/**
 * Recursive-descent parser of the review-rule language. Precedence, lowest first:
 * {@code if … then …}; {@code or}; {@code and}; {@code not}; comparisons ({@code = == != < <= > >=},
 * {@code [not] in (…)}, {@code [not] between … and …}, not associative); {@code + -};
 * {@code * /}; unary {@code -}; literals, fields, calls and parentheses.
 *
 * <p>Syntax errors stop the parse of the expression (the first is reported with what was found
 * and what was expected); lexical problems are all reported. Nesting is bounded by
 * {@link RuleLimits#maxDepth()} so that hostile input gets a typed problem, never a StackOverflowError.
 *
 * <p>Thread safety: not thread-safe; one instance per text.
 */
final class Parser {

    private static final class Abort extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Abort() {
            super(null, null, false, false);
        }
    }

    private final List<Token> tokens;
    private final List<Problem> problems;
    private final RuleLimits limits;
    private int next;
    private int depth;

    private Parser(List<Token> tokens, List<Problem> problems, RuleLimits limits) {
        this.tokens = tokens;
        this.problems = problems;
        this.limits = limits;
    }

    /**
     * Parses {@code text}; problems are added to {@code problems}.
     *
     * @return the tree, or empty when there was a problem
     */
    static Optional<Ast> parse(String text, List<Problem> problems, RuleLimits limits) {
        if (text.length() > limits.maxTextLength()) {
            problems.add(Problem.of(1, 1, ValidationError.LIMIT_TEXT_TOO_LONG, text.length() + " characters",
                    "at most " + limits.maxTextLength() + " characters", limits.maxTextLength(), text.length()));
            return Optional.empty();
        }
        int before = problems.size();
        List<Token> tokens = new Lexer(text, problems, limits).tokens();
        if (problems.size() > before) {
            return Optional.empty();
        }
        Parser parser = new Parser(tokens, problems, limits);
        try {
            Ast tree = parser.implication();
            parser.expect(Token.Kind.EOF, "an operator or the end of the text", "运算符或文本结尾");
            return Optional.of(tree);
        } catch (Abort abort) {
            return Optional.empty();
        }
    }

    private Token peek() {
        return tokens.get(next);
    }

    private Token take() {
        Token t = tokens.get(next);
        if (t.kind() != Token.Kind.EOF) {
            next++;
        }
        return t;
    }

    private boolean at(Token.Kind kind) {
        return peek().kind() == kind;
    }

    private Token expect(Token.Kind kind, String expected, String expectedZh) {
        if (!at(kind)) {
            throw fail(peek(), expected, expectedZh);
        }
        return take();
    }

    private Abort fail(Token found, String expected, String expectedZh) {
        problems.add(Problem.of(found.line(), found.column(), ValidationError.SYNTAX_UNEXPECTED_TOKEN,
                found.describe(), expected, found.describe(), expected, found.describeZh(), expectedZh));
        return new Abort();
    }

    private void enter(Token at) {
        if (++depth > limits.maxDepth()) {
            problems.add(Problem.of(at.line(), at.column(), ValidationError.LIMIT_TOO_DEEP, "deeper nesting",
                    "at most " + limits.maxDepth() + " levels", limits.maxDepth()));
            throw new Abort();
        }
    }

    private void leave() {
        depth--;
    }

    /** Counts the levels a left-leaning chain ({@code a + b + c …}) adds, which recursion does not see. */
    private int chain;

    private void grow(Token at) {
        if (depth + ++chain > limits.maxDepth()) {
            problems.add(Problem.of(at.line(), at.column(), ValidationError.LIMIT_TOO_DEEP, "deeper nesting",
                    "at most " + limits.maxDepth() + " levels", limits.maxDepth()));
            throw new Abort();
        }
    }

    private Ast implication() {
        Token start = peek();
        enter(start);
        try {
            if (at(Token.Kind.IF)) {
                take();
                Ast condition = or();
                expect(Token.Kind.THEN, "'then'", "'then'");
                Ast consequence = implication();
                return new Ast.Implies(condition, consequence, start.line(), start.column());
            }
            return or();
        } finally {
            leave();
        }
    }

    private Ast or() {
        int saved = chain;
        Ast left = and();
        while (at(Token.Kind.OR)) {
            Token op = take();
            grow(op);
            Ast right = and();
            left = new Ast.Logic(false, left, right, op.line(), op.column());
        }
        chain = saved;
        return left;
    }

    private Ast and() {
        int saved = chain;
        Ast left = not();
        while (at(Token.Kind.AND)) {
            Token op = take();
            grow(op);
            Ast right = not();
            left = new Ast.Logic(true, left, right, op.line(), op.column());
        }
        chain = saved;
        return left;
    }

    private Ast not() {
        if (at(Token.Kind.NOT)) {
            Token op = take();
            enter(op);
            try {
                return new Ast.Not(not(), op.line(), op.column());
            } finally {
                leave();
            }
        }
        return comparison();
    }

    private Ast comparison() {
        Ast left = additive();
        Token op = peek();
        switch (op.kind()) {
            case EQ, NE, LT, LE, GT, GE -> {
                take();
                Ast right = additive();
                String symbol = switch (op.kind()) {
                    case EQ -> "=";
                    case NE -> "!=";
                    default -> op.text();
                };
                return new Ast.Binary(symbol, left, right, op.line(), op.column());
            }
            case IN -> {
                take();
                return in(left, false, op);
            }
            case BETWEEN -> {
                take();
                return between(left, false, op);
            }
            case NOT -> {
                // 'not' is no EOF, so the EOF token still follows it
                Token after = tokens.get(next + 1);
                if (after.kind() == Token.Kind.IN) {
                    take();
                    take();
                    return in(left, true, op);
                }
                if (after.kind() == Token.Kind.BETWEEN) {
                    take();
                    take();
                    return between(left, true, op);
                }
                throw fail(after, "'in' or 'between' after 'not'", "'not' 之后的 'in' 或 'between'");
            }
            default -> {
                return left;
            }
        }
    }

    private Ast in(Ast value, boolean negated, Token op) {
        expect(Token.Kind.LPAREN, "'(' and a list of values", "“(”和值的列表");
        List<Ast> items = new ArrayList<>();
        if (!at(Token.Kind.RPAREN)) {
            items.add(additive());
            while (at(Token.Kind.COMMA)) {
                take();
                items.add(additive());
                if (items.size() > limits.maxItems()) {
                    problems.add(Problem.of(op.line(), op.column(), ValidationError.LIMIT_TOO_MANY_ARGUMENTS,
                            "more items", "at most " + limits.maxItems(), limits.maxItems()));
                    throw new Abort();
                }
            }
        }
        expect(Token.Kind.RPAREN, "',' or ')'", "“,”或“)”");
        return new Ast.In(value, List.copyOf(items), negated, op.line(), op.column());
    }

    private Ast between(Ast value, boolean negated, Token op) {
        Ast low = additive();
        expect(Token.Kind.AND, "'and' (between … and …)", "'and'（between … and …）");
        Ast high = additive();
        return new Ast.Between(value, low, high, negated, op.line(), op.column());
    }

    private Ast additive() {
        int saved = chain;
        Ast left = multiplicative();
        while (at(Token.Kind.PLUS) || at(Token.Kind.MINUS)) {
            Token op = take();
            grow(op);
            Ast right = multiplicative();
            left = new Ast.Binary(op.text(), left, right, op.line(), op.column());
        }
        chain = saved;
        return left;
    }

    private Ast multiplicative() {
        int saved = chain;
        Ast left = unary();
        while (at(Token.Kind.STAR) || at(Token.Kind.SLASH)) {
            Token op = take();
            grow(op);
            Ast right = unary();
            left = new Ast.Binary(op.text(), left, right, op.line(), op.column());
        }
        chain = saved;
        return left;
    }

    private Ast unary() {
        if (at(Token.Kind.MINUS) || at(Token.Kind.PLUS)) {
            Token op = take();
            enter(op);
            try {
                Ast operand = unary();
                if (op.kind() == Token.Kind.PLUS) {
                    return operand;
                }
                if (operand instanceof Ast.Num num) {
                    return new Ast.Num(num.value().negate(), "-" + num.text(), op.line(), op.column());
                }
                return new Ast.Neg(operand, op.line(), op.column());
            } finally {
                leave();
            }
        }
        return primary();
    }

    private static final String PRIMARY = "a number, a text, a field, a function call or '('";
    private static final String PRIMARY_ZH = "数字、文本、指标、函数调用或“(”";

    private Ast primary() {
        Token t = peek();
        switch (t.kind()) {
            case NUMBER -> {
                take();
                return new Ast.Num(new BigDecimal(t.text()), t.text(), t.line(), t.column());
            }
            case STRING -> {
                take();
                return new Ast.Str(t.text(), t.line(), t.column());
            }
            case TRUE, FALSE -> {
                take();
                return new Ast.Bool(t.kind() == Token.Kind.TRUE, t.line(), t.column());
            }
            case CODE -> {
                take();
                return new Ast.Ref("", t.text(), t.line(), t.column());
            }
            case LPAREN -> {
                take();
                enter(t);
                try {
                    int saved = chain;
                    chain = 0;
                    Ast inner = implication();
                    chain = saved;
                    expect(Token.Kind.RPAREN, "')'", "“)”");
                    return inner;
                } finally {
                    leave();
                }
            }
            case IDENT -> {
                take();
                return named(t);
            }
            default -> throw fail(t, PRIMARY, PRIMARY_ZH);
        }
    }

    private Ast named(Token name) {
        String n = name.text();
        if (n.equals("form") && at(Token.Kind.LPAREN)) {
            take();
            Token id = expect(Token.Kind.STRING, "the form id as a text, for example form(\"B204-1\")",
                    "文本形式的表号，如 form(\"B204-1\")");
            expect(Token.Kind.RPAREN, "')'", "“)”");
            expect(Token.Kind.DOT, "'.' and a field, for example form(\"B204-1\").B01",
                    "“.”和指标，如 form(\"B204-1\").B01");
            Token field = field();
            return new Ast.Ref("form:" + id.text(), field.text(), name.line(), name.column());
        }
        if (at(Token.Kind.LPAREN)) {
            Token open = take();
            enter(open);
            try {
                List<Ast> args = new ArrayList<>();
                if (!at(Token.Kind.RPAREN)) {
                    args.add(implication());
                    while (at(Token.Kind.COMMA)) {
                        take();
                        args.add(implication());
                        if (args.size() > limits.maxItems()) {
                            problems.add(Problem.of(open.line(), open.column(),
                                    ValidationError.LIMIT_TOO_MANY_ARGUMENTS, "more arguments",
                                    "at most " + limits.maxItems(), limits.maxItems()));
                            throw new Abort();
                        }
                    }
                }
                expect(Token.Kind.RPAREN, "',' or ')'", "“,”或“)”");
                return new Ast.Call(n, List.copyOf(args), name.line(), name.column());
            } finally {
                leave();
            }
        }
        if (at(Token.Kind.DOT)) {
            Token dot = take();
            if (!n.equals("prev") && !n.equals("yoy")) {
                problems.add(Problem.of(name.line(), name.column(), ValidationError.SYNTAX_UNKNOWN_DATASET, n,
                        "prev, yoy or form(\"…\")", n));
                throw new Abort();
            }
            Token field = field();
            return new Ast.Ref(n, field.text(), name.line(), name.column());
        }
        return new Ast.Ref("", n, name.line(), name.column());
    }

    private Token field() {
        if (at(Token.Kind.IDENT) || at(Token.Kind.CODE)) {
            return take();
        }
        throw fail(peek(), "a field name after '.'", "“.”之后的指标名");
    }
}
