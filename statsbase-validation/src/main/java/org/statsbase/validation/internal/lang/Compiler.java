package org.statsbase.validation.internal.lang;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.statsbase.validation.error.ValidationError;
import org.statsbase.validation.rules.RuleLimits;

/**
 * Static checks and compilation of one rule set's expressions: resolves fields against the
 * {@link Environment}, checks functions, arities and types, and builds the {@link Node} tree.
 * Every problem of an expression is collected (checking goes on past the first), not only the
 * first.
 *
 * <p>Thread safety: not thread-safe; one instance per rule-set compilation.
 */
final class Compiler {

    /** A compiled expression and the fields it reads, in order of first use. */
    record Compiled(Node node, List<Node.Field> fields) {
    }

    private record Typed(Node node, Type type, boolean ok) {
        static final Typed BAD = new Typed(null, Type.ANY, false);
    }

    private record Arity(int min, int max) {
        String describe() {
            return max == Integer.MAX_VALUE ? "at least " + min : min == max ? String.valueOf(min) : min + " to " + max;
        }
    }

    static final Map<String, Arity> FUNCTIONS = new LinkedHashMap<>();

    static {
        FUNCTIONS.put("abs", new Arity(1, 1));
        FUNCTIONS.put("round", new Arity(1, 2));
        FUNCTIONS.put("min", new Arity(1, Integer.MAX_VALUE));
        FUNCTIONS.put("max", new Arity(1, Integer.MAX_VALUE));
        FUNCTIONS.put("sum", new Arity(1, Integer.MAX_VALUE));
        FUNCTIONS.put("coalesce", new Arity(1, Integer.MAX_VALUE));
        FUNCTIONS.put("is_missing", new Arity(1, 1));
        FUNCTIONS.put("len", new Arity(1, 1));
        FUNCTIONS.put("matches", new Arity(2, 2));
        FUNCTIONS.put("growth", new Arity(2, 2));
        FUNCTIONS.put("valid_uscc", new Arity(1, 1));
        FUNCTIONS.put("valid_division", new Arity(1, 1));
        FUNCTIONS.put("in_codelist", new Arity(2, 2));
        FUNCTIONS.put("is_unique", new Arity(1, Integer.MAX_VALUE));
        FUNCTIONS.put("sum_by", new Arity(2, Integer.MAX_VALUE));
        FUNCTIONS.put("balance", new Arity(3, Integer.MAX_VALUE));
    }

    private final Environment environment;
    private final Slots slots;
    private final BigDecimal tolerance;
    private final RuleLimits limits;
    private List<Problem> problems;
    private String rule;
    private String datasetFunction;
    private Map<String, Node.Field> fields;

    Compiler(Environment environment, Slots slots, BigDecimal tolerance, RuleLimits limits) {
        this.environment = environment;
        this.slots = slots;
        this.tolerance = tolerance;
        this.limits = limits;
    }

    /**
     * Parses, checks and compiles one expression.
     *
     * @param what      how messages name the expression ({@code check}, {@code when}, …)
     * @param condition whether it must be a condition
     * @return the compiled expression, or empty when a problem was added
     */
    Optional<Compiled> compile(String text, String ruleId, String what, boolean condition, List<Problem> out) {
        int before = out.size();
        Optional<Ast> tree = Parser.parse(text, out, limits);
        if (tree.isEmpty()) {
            return Optional.empty();
        }
        this.problems = out;
        this.rule = ruleId;
        this.datasetFunction = null;
        this.fields = new LinkedHashMap<>();
        Typed t = check(tree.get());
        if (t.ok && condition && !t.type.fits(Type.BOOL)) {
            Ast a = tree.get();
            add(a, ValidationError.CHECK_NOT_A_CONDITION, t.type.en, "a condition", what, t.type.en, whatZh(what),
                    t.type.zh);
        }
        // a bad part always added its problem
        if (out.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new Compiled(t.node, List.copyOf(fields.values())));
    }

    /** How Chinese messages name the expression {@code what} names in English. */
    private static String whatZh(String what) {
        return switch (what) {
            case "check" -> "审核公式";
            case "when" -> "适用条件";
            case "message" -> "消息中的表达式";
            default -> "表达式";
        };
    }

    private void add(Ast at, ValidationError error, String found, String expected, Object... args) {
        problems.add(Problem.of(at.line(), at.column(), error, found, expected, args));
    }

    private Typed check(Ast a) {
        if (a instanceof Ast.Num n) {
            return new Typed(new Node.Const(n.value()), Type.NUMBER, true);
        }
        if (a instanceof Ast.Str s) {
            return new Typed(new Node.Const(s.value()), Type.TEXT, true);
        }
        if (a instanceof Ast.Bool b) {
            return new Typed(new Node.Const(b.value()), Type.BOOL, true);
        }
        if (a instanceof Ast.Ref r) {
            return ref(r);
        }
        if (a instanceof Ast.Neg n) {
            Typed o = check(n.operand());
            if (o.ok && !o.type.fits(Type.NUMBER)) {
                add(n, ValidationError.CHECK_TYPE_MISMATCH, o.type.en, "a number", "-", o.type.en, o.type.en, o.type.zh,
                        o.type.zh);
                return Typed.BAD;
            }
            return o.ok ? new Typed(new Node.Neg(o.node), Type.NUMBER, true) : Typed.BAD;
        }
        if (a instanceof Ast.Binary b) {
            return binary(b);
        }
        if (a instanceof Ast.Not n) {
            Typed o = condition(n.operand(), "not");
            return o.ok ? new Typed(new Node.Not(o.node), Type.BOOL, true) : Typed.BAD;
        }
        if (a instanceof Ast.Logic l) {
            Typed x = condition(l.left(), l.and() ? "and" : "or");
            Typed y = condition(l.right(), l.and() ? "and" : "or");
            if (!x.ok || !y.ok) {
                return Typed.BAD;
            }
            return new Typed(l.and() ? Node.Connective.and(x.node, y.node) : Node.Connective.or(x.node, y.node), Type.BOOL, true);
        }
        if (a instanceof Ast.Implies i) {
            Typed x = condition(i.condition(), "if");
            Typed y = condition(i.consequence(), "then");
            return x.ok && y.ok ? new Typed(Node.Connective.implies(x.node, y.node), Type.BOOL, true) : Typed.BAD;
        }
        if (a instanceof Ast.In in) {
            return in(in);
        }
        if (a instanceof Ast.Between b) {
            Typed x = check(b.value());
            Typed lo = check(b.low());
            Typed hi = check(b.high());
            if (!x.ok || !lo.ok || !hi.ok) {
                return Typed.BAD;
            }
            if (!comparable("between", b, x.type, lo.type) || !comparable("between", b, x.type, hi.type)) {
                return Typed.BAD;
            }
            Type t = x.type != Type.ANY ? x.type : lo.type != Type.ANY ? lo.type : hi.type;
            return new Typed(new Node.Between(x.node, lo.node, hi.node, b.negated(), t == Type.NUMBER || t == Type.ANY),
                    Type.BOOL, true);
        }
        return call((Ast.Call) a);
    }

    private Typed condition(Ast a, String op) {
        Typed t = check(a);
        if (t.ok && !t.type.fits(Type.BOOL)) {
            add(a, ValidationError.CHECK_TYPE_MISMATCH, t.type.en, "a condition", op, t.type.en, Type.BOOL.en,
                    t.type.zh, Type.BOOL.zh);
            return Typed.BAD;
        }
        return t;
    }

    private Typed ref(Ast.Ref r) {
        String key = r.display();
        Type type;
        if (r.dataset().startsWith("form:")) {
            type = Type.ANY;
        } else {
            Optional<Type> known = environment.field(r.code());
            if (known.isEmpty()) {
                add(r, ValidationError.CHECK_UNKNOWN_INDICATOR, r.display(), "an indicator of the form", r.display());
                return Typed.BAD;
            }
            type = known.get();
        }
        Node.Field field = fields.computeIfAbsent(key, k -> {
            if (r.dataset().isEmpty()) {
                return new Node.MainField(k, slots.mainColumn(r.code(), rule));
            }
            int dataset = slots.refDataset(r.dataset(), rule);
            return new Node.RefField(k, dataset, slots.refColumn(dataset, r.code(), rule));
        });
        return new Typed(field, type, true);
    }

    private boolean comparable(String op, Ast at, Type x, Type y) {
        if (!x.fits(y)) {
            add(at, ValidationError.CHECK_TYPE_MISMATCH, x.en + " and " + y.en, "values of one type", op, x.en, y.en,
                    x.zh, y.zh);
            return false;
        }
        return true;
    }

    private Typed binary(Ast.Binary b) {
        Typed x = check(b.left());
        Typed y = check(b.right());
        if (!x.ok || !y.ok) {
            return Typed.BAD;
        }
        String op = b.op();
        switch (op) {
            case "+", "-", "*", "/" -> {
                if (!x.type.fits(Type.NUMBER) || !y.type.fits(Type.NUMBER)) {
                    add(b, ValidationError.CHECK_TYPE_MISMATCH, x.type.en + " " + op + " " + y.type.en,
                            "numbers", op, x.type.en, y.type.en, x.type.zh, y.type.zh);
                    return Typed.BAD;
                }
                return new Typed(new Node.Arith(op.charAt(0), x.node, y.node), Type.NUMBER, true);
            }
            default -> {
                if (!comparable(op, b, x.type, y.type)) {
                    return Typed.BAD;
                }
                Type t = x.type == Type.ANY ? y.type : x.type;
                if (t == Type.BOOL && !op.equals("=") && !op.equals("!=")) {
                    add(b, ValidationError.CHECK_TYPE_MISMATCH, "conditions", "numbers, texts or dates", op,
                            t.en, t.en, t.zh, t.zh);
                    return Typed.BAD;
                }
                return new Typed(new Node.Compare(op, x.node, y.node, tolerance, t == Type.NUMBER || t == Type.ANY),
                        Type.BOOL, true);
            }
        }
    }

    private Typed in(Ast.In in) {
        Typed x = check(in.value());
        boolean ok = x.ok;
        Object[] items = new Object[in.items().size()];
        Type itemType = null;
        for (int i = 0; i < items.length; i++) {
            Ast item = in.items().get(i);
            if (item instanceof Ast.Num n) {
                items[i] = n.value();
            } else if (item instanceof Ast.Str s) {
                items[i] = s.value();
            } else {
                add(item, ValidationError.CHECK_LITERAL_REQUIRED, "an expression", "a number or text literal",
                        "in", i + 1, "(number or text)", "（数值或文本）");
                ok = false;
                continue;
            }
            Type t = Type.of(items[i]);
            if (itemType != null && itemType != t) {
                add(item, ValidationError.CHECK_TYPE_MISMATCH, t.en, itemType.en, "in", itemType.en, t.en, itemType.zh,
                        t.zh);
                ok = false;
            }
            itemType = itemType == null ? t : itemType;
        }
        if (ok && itemType != null && !comparable("in", in, x.type, itemType)) {
            ok = false;
        }
        return ok ? new Typed(new Node.In(x.node, items, in.negated()), Type.BOOL, true) : Typed.BAD;
    }

    private Typed call(Ast.Call c) {
        String name = c.name();
        Arity arity = FUNCTIONS.get(name);
        if (arity == null) {
            add(c, ValidationError.CHECK_UNKNOWN_FUNCTION, name, String.join(", ", FUNCTIONS.keySet()), name,
                    String.join(", ", FUNCTIONS.keySet()));
            for (Ast arg : c.args()) {
                check(arg);
            }
            return Typed.BAD;
        }
        int n = c.args().size();
        if (n < arity.min || n > arity.max) {
            add(c, ValidationError.CHECK_WRONG_ARITY, n + " argument(s)", arity.describe(), name, arity.describe(),
                    n);
            for (Ast arg : c.args()) {
                check(arg);
            }
            return Typed.BAD;
        }
        boolean datasetLevel = name.equals("is_unique") || name.equals("sum_by") || name.equals("balance");
        String outer = datasetFunction;
        if (datasetLevel) {
            if (outer != null) {
                add(c, ValidationError.CHECK_NESTED_DATASET_FUNCTION, name, "a row-level expression", name, outer);
                return Typed.BAD;
            }
            datasetFunction = name;
        }
        try {
            return function(c, name);
        } finally {
            datasetFunction = outer;
        }
    }

    private Typed function(Ast.Call c, String name) {
        List<Ast> args = c.args();
        Typed[] t = new Typed[args.size()];
        boolean ok = true;
        for (int i = 0; i < t.length; i++) {
            boolean literalOnly = name.equals("matches") && i == 1 || name.equals("in_codelist") && i == 1
                    || name.equals("balance") && i == 2;
            if (literalOnly && !(args.get(i) instanceof Ast.Str)) {
                add(args.get(i), ValidationError.CHECK_LITERAL_REQUIRED, "an expression", "a text literal", name,
                        i + 1, "(text)", "（文本）");
                ok = false;
                continue;
            }
            t[i] = check(args.get(i));
            ok &= t[i].ok;
        }
        if (!ok) {
            return Typed.BAD;
        }
        Node[] nodes = new Node[t.length];
        for (int i = 0; i < t.length; i++) {
            nodes[i] = t[i].node;
        }
        switch (name) {
            case "abs" -> {
                return want(c, name, t, Type.NUMBER) ? new Typed(new Node.Abs(nodes[0]), Type.NUMBER, true) : Typed.BAD;
            }
            case "round" -> {
                return want(c, name, t, Type.NUMBER)
                        ? new Typed(new Node.Round(nodes[0], nodes.length > 1 ? nodes[1] : null), Type.NUMBER, true)
                        : Typed.BAD;
            }
            case "min", "max", "sum" -> {
                return want(c, name, t, Type.NUMBER) ? new Typed(new Node.Fold(name, nodes), Type.NUMBER, true)
                        : Typed.BAD;
            }
            case "growth" -> {
                return want(c, name, t, Type.NUMBER)
                        ? new Typed(new Node.Growth(nodes[0], nodes[1]), Type.NUMBER, true) : Typed.BAD;
            }
            case "coalesce" -> {
                Type common = Type.ANY;
                for (int i = 0; i < t.length; i++) {
                    if (!t[i].type.fits(common)) {
                        add(args.get(i), ValidationError.CHECK_ARGUMENT_TYPE, t[i].type.en, common.en, name, i + 1,
                                common.en, t[i].type.en, common.zh, t[i].type.zh);
                        return Typed.BAD;
                    }
                    common = common == Type.ANY ? t[i].type : common;
                }
                return new Typed(new Node.Coalesce(nodes), common, true);
            }
            case "is_missing" -> {
                return new Typed(new Node.IsMissing(nodes[0]), Type.BOOL, true);
            }
            case "len" -> {
                return want(c, name, t, Type.TEXT) ? new Typed(new Node.Len(nodes[0]), Type.NUMBER, true) : Typed.BAD;
            }
            case "matches" -> {
                if (!want(c, name, t, Type.TEXT)) {
                    return Typed.BAD;
                }
                String re = ((Ast.Str) args.get(1)).value();
                if (re.length() > limits.maxPatternLength()) {
                    add(args.get(1), ValidationError.LIMIT_LITERAL_TOO_LONG, re.length() + " characters",
                            "at most " + limits.maxPatternLength(), limits.maxPatternLength());
                    return Typed.BAD;
                }
                try {
                    return new Typed(new Node.Matches(nodes[0], Pattern.compile(re), slots.nextMatcher()), Type.BOOL,
                            true);
                } catch (PatternSyntaxException e) {
                    add(args.get(1), ValidationError.CHECK_BAD_PATTERN, Lexer.shorten(re), "an RE2 regular expression",
                            Lexer.shorten(re), e.getDescription());
                    return Typed.BAD;
                }
            }
            case "valid_uscc", "valid_division" -> {
                return want(c, name, t, Type.TEXT)
                        ? new Typed(new Node.ValidCode(nodes[0], name.equals("valid_uscc")), Type.BOOL, true)
                        : Typed.BAD;
            }
            case "in_codelist" -> {
                if (!want(c, name, t, Type.TEXT)) {
                    return Typed.BAD;
                }
                int slot = slots.codeList(((Ast.Str) args.get(1)).value(), rule);
                return new Typed(new Node.InCodeList(nodes[0], slot), Type.BOOL, true);
            }
            case "is_unique" -> {
                DatasetNode node = new DatasetNode.IsUnique(slots.nextDatasetNode(), nodes);
                slots.datasetNodes.add(node);
                return new Typed(node, Type.BOOL, true);
            }
            case "sum_by" -> {
                if (!t[0].type.fits(Type.NUMBER)) {
                    add(args.get(0), ValidationError.CHECK_ARGUMENT_TYPE, t[0].type.en, "a number", name, 1,
                            Type.NUMBER.en, t[0].type.en, Type.NUMBER.zh, t[0].type.zh);
                    return Typed.BAD;
                }
                Node[] groups = java.util.Arrays.copyOfRange(nodes, 1, nodes.length);
                DatasetNode node = new DatasetNode.SumBy(slots.nextDatasetNode(), nodes[0], groups);
                slots.datasetNodes.add(node);
                return new Typed(node, Type.NUMBER, true);
            }
            default -> {
                return balance(c, t, nodes);
            }
        }
    }

    private Typed balance(Ast.Call c, Typed[] t, Node[] nodes) {
        boolean ok = true;
        if (!t[0].type.fits(Type.NUMBER)) {
            add(c.args().get(0), ValidationError.CHECK_ARGUMENT_TYPE, t[0].type.en, "a number", "balance", 1,
                    Type.NUMBER.en, t[0].type.en, Type.NUMBER.zh, t[0].type.zh);
            ok = false;
        }
        if (!t[1].type.fits(Type.TEXT)) {
            add(c.args().get(1), ValidationError.CHECK_ARGUMENT_TYPE, t[1].type.en, "a text", "balance", 2,
                    Type.TEXT.en, t[1].type.en, Type.TEXT.zh, t[1].type.zh);
            ok = false;
        }
        String hierarchy = ((Ast.Str) c.args().get(2)).value();
        if (!hierarchy.equals("division") && !hierarchy.equals("industry")) {
            add(c.args().get(2), ValidationError.CHECK_UNKNOWN_HIERARCHY, hierarchy, "division or industry",
                    hierarchy);
            ok = false;
        }
        if (!ok) {
            return Typed.BAD;
        }
        Node[] groups = java.util.Arrays.copyOfRange(nodes, 3, nodes.length);
        DatasetNode node = new DatasetNode.Balance(slots.nextDatasetNode(), nodes[0], nodes[1],
                hierarchy.equals("division"), groups, tolerance);
        slots.datasetNodes.add(node);
        return new Typed(node, Type.BOOL, true);
    }

    /**
     * Checks that every argument fits {@code wanted}; reports each that does not. The literal arguments of
     * {@code matches} and {@code in_codelist} are texts, which fit the text they want.
     */
    private boolean want(Ast.Call c, String name, Typed[] t, Type wanted) {
        boolean ok = true;
        for (int i = 0; i < t.length; i++) {
            if (!t[i].type.fits(wanted)) {
                add(c.args().get(i), ValidationError.CHECK_ARGUMENT_TYPE, t[i].type.en, wanted.en, name, i + 1,
                        wanted.en, t[i].type.en, wanted.zh, t[i].type.zh);
                ok = false;
            }
        }
        return ok;
    }
}
