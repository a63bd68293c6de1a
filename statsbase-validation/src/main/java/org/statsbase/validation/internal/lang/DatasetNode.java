package org.statsbase.validation.internal.lang;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.statsbase.core.code.DivisionCode;
import org.statsbase.core.code.IndustryCode;

/**
 * A dataset-level function: its result for a record depends on other records. {@link #prepare}
 * computes every record's result once per review (before chunks are evaluated, in parallel or
 * not); {@link #eval} reads it.
 *
 * <p>Thread safety: immutable; results live in the {@link Frame}.
 */
abstract class DatasetNode extends Node {

    /** A record whose arguments could not be evaluated. */
    private record Failed(EvalException error) {
    }

    final int slot;

    DatasetNode(int slot) {
        this.slot = slot;
    }

    abstract Object[] prepare(Cursor c, int rows);

    @Override
    Object eval(Cursor c, int row) {
        Object v = c.frame.prepared[slot][row];
        if (v instanceof Failed f) {
            throw f.error;
        }
        return v;
    }

    /**
     * Numbers compare by value in keys: 1.0 and 1 are the same key (every zero strips to
     * {@link BigDecimal#ZERO} since Java 8).
     */
    static Object keyPart(Object v) {
        if (v instanceof BigDecimal d) {
            return d.stripTrailingZeros();
        }
        return v;
    }

    /** The key of a record over {@code parts}, or a {@link Failed}. */
    static Object key(Node[] parts, Cursor c, int row) {
        try {
            if (parts.length == 1) {
                return java.util.Collections.singletonList(keyPart(parts[0].eval(c, row)));
            }
            List<Object> key = new ArrayList<>(parts.length);
            for (Node p : parts) {
                key.add(keyPart(p.eval(c, row)));
            }
            return key;
        } catch (EvalException e) {
            return new Failed(e);
        }
    }

    static Object failed(EvalException e) {
        return new Failed(e);
    }

    /**
     * {@code is_unique(k…)}: true for a record whose key occurs once; every copy of a duplicate
     * is false. Missing is a value here, as in R's {@code duplicated} (two records both lacking
     * the key are duplicates), so the result is never missing.
     */
    static final class IsUnique extends DatasetNode {
        final Node[] keys;

        IsUnique(int slot, Node[] keys) {
            super(slot);
            this.keys = keys;
        }

        @Override
        Object[] prepare(Cursor c, int rows) {
            Object[] out = new Object[rows];
            if (areUniqueKeysOf(keys, c.frame)) {
                java.util.Arrays.fill(out, Boolean.TRUE);
                return out;
            }
            Map<Object, Integer> counts = new HashMap<>();
            for (int i = 0; i < rows; i++) {
                out[i] = key(keys, c, i);
                if (!(out[i] instanceof Failed)) {
                    counts.merge(out[i], 1, Integer::sum);
                }
            }
            for (int i = 0; i < rows; i++) {
                if (!(out[i] instanceof Failed)) {
                    out[i] = counts.get(out[i]) == 1 ? Boolean.TRUE : Boolean.FALSE;
                }
            }
            return out;
        }

        @Override
        void truths(Cursor c, int from, int n, byte[] out) {
            Object[] results = c.frame.prepared[slot];
            for (int i = 0; i < n; i++) {
                // a record whose key could not be evaluated is left to the exact path, which throws
                out[i] = results[from + i] instanceof Boolean b ? b ? TRUE : FALSE : SLOW_TRUTH;
            }
        }
    }

    /**
     * Whether {@code keys} are exactly the key columns of a columnar reviewed dataset whose keys do
     * not repeat: key values are never missing and the dataset's key equality is value equality
     * (numbers by value, texts exactly), the same as {@link #keyPart}'s, so every record is unique.
     */
    boolean areUniqueKeysOf(Node[] keys, Frame frame) {
        // no keys: none given, so they are the key columns only when there are none, which the end excludes
        if (frame.columnar == null || frame.columnar.repeatedKeys() != 0) {
            return false;
        }
        java.util.Set<Integer> wanted = new java.util.HashSet<>();
        for (String k : frame.main.schema().keyColumns()) {
            wanted.add(frame.main.schema().indexOf(k).getAsInt());
        }
        java.util.Set<Integer> given = new java.util.HashSet<>();
        for (Node k : keys) {
            if (!(k instanceof MainField f)) {
                return false;
            }
            given.add(frame.mainColumns[f.slot]);
        }
        return !wanted.isEmpty() && wanted.equals(given);
    }

    /**
     * {@code sum_by(x, g…)}: the total of {@code x} over the record's group, on each record of
     * the group; missing when any term of the group is missing or a group value is missing.
     */
    static final class SumBy extends DatasetNode {
        final Node x;
        final Node[] groups;

        SumBy(int slot, Node x, Node[] groups) {
            super(slot);
            this.x = x;
            this.groups = groups;
        }

        @Override
        Object[] prepare(Cursor c, int rows) {
            Object[] keys = new Object[rows];
            Object[] values = new Object[rows];
            Map<Object, Object> totals = new HashMap<>();
            Object missingTotal = new Object();
            for (int i = 0; i < rows; i++) {
                keys[i] = key(groups, c, i);
                if (keys[i] instanceof Failed) {
                    continue;
                }
                Object v;
                try {
                    v = x.eval(c, i);
                    if (v != null) {
                        number("sum_by", v);
                    }
                } catch (EvalException e) {
                    keys[i] = failed(e);
                    continue;
                }
                values[i] = v;
                Object previous = totals.get(keys[i]);
                if (v == null || previous == missingTotal) {
                    totals.put(keys[i], missingTotal);
                } else {
                    totals.put(keys[i], previous == null ? v : bounded(((BigDecimal) previous).add((BigDecimal) v)));
                }
            }
            Object[] out = new Object[rows];
            for (int i = 0; i < rows; i++) {
                if (keys[i] instanceof Failed) {
                    out[i] = keys[i];
                } else if (((List<?>) keys[i]).contains(null)) {
                    out[i] = null;
                } else {
                    Object t = totals.get(keys[i]);
                    out[i] = t == missingTotal ? null : t;
                }
            }
            return out;
        }
    }

    /**
     * {@code balance(x, code, "division" | "industry"[, g…])}: on each record whose code has
     * children among the records (of the same group), {@code x} equals the sum of the children's
     * {@code x} within the rule set's tolerance; the imbalance is parent − children. Records
     * without children are not applicable; a missing term makes the result missing.
     */
    static final class Balance extends DatasetNode {
        final Node x;
        final Node code;
        final boolean division;
        final Node[] groups;
        final BigDecimal tolerance;

        Balance(int slot, Node x, Node code, boolean division, Node[] groups, BigDecimal tolerance) {
            super(slot);
            this.x = x;
            this.code = code;
            this.division = division;
            this.groups = groups;
            this.tolerance = tolerance;
        }

        private Optional<String[]> canonicalAndParent(String s) {
            if (division) {
                return DivisionCode.check(s).value()
                        .map(d -> new String[] {d.canonical(), d.parent().map(DivisionCode::canonical).orElse(null)});
            }
            return IndustryCode.check(s).value()
                    .map(d -> new String[] {d.canonical(), d.parent().map(IndustryCode::canonical).orElse(null)});
        }

        @Override
        Object[] prepare(Cursor c, int rows) {
            Object[] out = new Object[rows];
            Object[] keys = new Object[rows];
            Object[] values = new Object[rows];
            String[] codes = new String[rows];
            Map<List<Object>, BigDecimal> childSums = new HashMap<>();
            Map<List<Object>, Boolean> childMissing = new HashMap<>();
            for (int i = 0; i < rows; i++) {
                try {
                    Object g = key(groups, c, i);
                    if (g instanceof Failed) {
                        out[i] = g;
                        continue;
                    }
                    Object v = x.eval(c, i);
                    if (v != null) {
                        number("balance", v);
                    }
                    Object cv = code.eval(c, i);
                    values[i] = v;
                    keys[i] = g;
                    if (cv == null) {
                        continue;
                    }
                    Optional<String[]> cp = canonicalAndParent(text("balance", cv));
                    if (cp.isEmpty()) {
                        continue;
                    }
                    codes[i] = cp.get()[0];
                    String parent = cp.get()[1];
                    if (parent != null) {
                        List<Object> pk = new ArrayList<>((List<?>) g);
                        pk.add(parent);
                        if (v == null) {
                            childMissing.put(pk, Boolean.TRUE);
                            childSums.putIfAbsent(pk, BigDecimal.ZERO);
                        } else {
                            childSums.merge(pk, (BigDecimal) v, (a, b) -> bounded(a.add(b)));
                        }
                    }
                } catch (EvalException e) {
                    out[i] = failed(e);
                }
            }
            for (int i = 0; i < rows; i++) {
                if (out[i] != null || codes[i] == null || ((List<?>) keys[i]).contains(null)) {
                    continue;
                }
                List<Object> me = new ArrayList<>((List<?>) keys[i]);
                me.add(codes[i]);
                BigDecimal children = childSums.get(me);
                if (children == null || childMissing.containsKey(me) || values[i] == null) {
                    continue;
                }
                out[i] = ((BigDecimal) values[i]).subtract(children);
            }
            return out;
        }

        @Override
        Object eval(Cursor c, int row) {
            return box(truth(c, row));
        }

        @Override
        int truth(Cursor c, int row) {
            Object v = super.eval(c, row);
            if (v == null) {
                return NA;
            }
            BigDecimal diff = (BigDecimal) v;
            boolean ok = diff.abs().compareTo(tolerance) <= 0;
            if (!ok) {
                c.trace(diff, BigDecimal.ZERO);
            }
            return ok ? TRUE : FALSE;
        }
    }
}
