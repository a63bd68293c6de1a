package org.statsbase.confidentiality.suppression;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds, for one cell, the cheapest set of further suppressions that lets a reader's estimate of the
 * cell move by the required amounts — the generalised τ-ARGUS "hypercube" idea, made hierarchical.
 *
 * <p>A <em>deviation</em> is a change to the table that keeps every additive relation true. In one
 * dimension, a change of +1 to category a must be balanced: it goes down to a deepest-level category
 * below a (a chain of +1), and up through a's ancestors until some ancestor's sibling b takes −1 (and
 * passes it down to a deepest-level category below b); or it goes up to the total. The product of one
 * such one-dimensional deviation per dimension is a deviation of the whole table. If every cell with a
 * non-zero entry is suppressed, the suppressed values can move along it while every published cell
 * stays unchanged — it is a witness, to the audit's linear programs, that the cell's interval reaches
 * {@code value + t} as long as the cells with entry −1 stay non-negative ({@code t ≤} their values),
 * and {@code value − t} as long as the cells with entry +1 do. The search enumerates these products
 * (capped, in a fixed order) and picks the one that adds the least suppressed value (then the fewest
 * cells) among those whose capacities cover the protection levels.
 *
 * <p>Thread safety: not thread-safe (caches per instance); used by one suppression run.
 */
final class PatternSearch {

    /** At most this many one-dimensional deviations per category. */
    static final int PER_DIMENSION = 160;
    /** At most this many products per cell. */
    static final int PRODUCTS = 40_000;
    /** A capacity below this (scaled) is no capacity. */
    static final double EPSILON = 1e-9;

    /** A one-dimensional deviation: categories with their signs. */
    private record Vec(int[] categories, int[] signs) {
    }

    /** A candidate suppression pattern and what it achieves. */
    record Pattern(int[] cells, double cost, int newCells, double upCapacity, double downCapacity) {
    }

    private final TableModel m;
    private final List<List<List<Vec>>> cache = new ArrayList<>();

    TableModel model() {
        return m;
    }

    PatternSearch(TableModel m) {
        this.m = m;
        for (int d = 0; d < m.dims; d++) {
            List<List<Vec>> perCategory = new ArrayList<>();
            for (int c = 0; c < m.parent[d].length; c++) {
                perCategory.add(null);
            }
            cache.add(perCategory);
        }
    }

    /**
     * The best pattern for {@code target}: feasible ones (capacity ≥ the wanted amounts) by cost, then
     * cells; if none is feasible, the one with the largest capacity in the wanted directions; null if
     * nothing helps.
     */
    Pattern select(int target, boolean[] suppressed, boolean wantUp, double up, boolean wantDown, double down, boolean requireNew) {
        Pattern[] best = new Pattern[1];
        Pattern[] partial = new Pattern[1];
        double[] partialCapacity = {EPSILON};
        int[] budget = {PRODUCTS};
        List<int[]> support = new ArrayList<>();
        support.add(new int[] {0, 1});
        enumerate(target, 0, support, budget, suppressed, pattern -> {
            if (requireNew && pattern.newCells() == 0) {
                return;
            }
            double capacity = Double.POSITIVE_INFINITY;
            boolean feasible = true;
            if (wantUp) {
                capacity = Math.min(capacity, pattern.upCapacity());
                feasible &= pattern.upCapacity() >= Math.max(up, EPSILON) - EPSILON * 0.5;
            }
            if (wantDown) {
                capacity = Math.min(capacity, pattern.downCapacity());
                feasible &= pattern.downCapacity() >= Math.max(down, EPSILON) - EPSILON * 0.5;
            }
            if (feasible) {
                if (best[0] == null || better(pattern, best[0])) {
                    best[0] = pattern;
                }
            } else if (best[0] == null && (capacity > partialCapacity[0]
                    || capacity == partialCapacity[0] && partial[0] != null && better(pattern, partial[0]))) {
                partial[0] = pattern;
                partialCapacity[0] = capacity;
            }
        });
        return best[0] != null ? best[0] : partial[0];
    }

    private static boolean better(Pattern a, Pattern b) {
        if (a.cost() != b.cost()) {
            return a.cost() < b.cost();
        }
        return a.newCells() < b.newCells();
    }

    private interface Sink {
        void accept(Pattern p);
    }

    private void enumerate(int target, int d, List<int[]> support, int[] budget, boolean[] suppressed, Sink sink) {
        if (budget[0] <= 0) {
            return;
        }
        if (d == m.dims) {
            budget[0]--;
            sink.accept(evaluate(support, suppressed));
            return;
        }
        for (Vec v : vectors(d, m.coordinate(target, d))) {
            List<int[]> next = new ArrayList<>(support.size() * v.categories().length);
            for (int[] s : support) {
                for (int k = 0; k < v.categories().length; k++) {
                    next.add(new int[] {s[0] + m.radix[d] * v.categories()[k], s[1] * v.signs()[k]});
                }
            }
            enumerate(target, d + 1, next, budget, suppressed, sink);
            if (budget[0] <= 0) {
                return;
            }
        }
    }

    private Pattern evaluate(List<int[]> support, boolean[] suppressed) {
        double cost = 0;
        int fresh = 0;
        double up = Double.POSITIVE_INFINITY;
        double down = Double.POSITIVE_INFINITY;
        int[] cells = new int[support.size()];
        for (int i = 0; i < cells.length; i++) {
            int cell = support.get(i)[0];
            cells[i] = cell;
            if (!suppressed[cell]) {
                cost += Math.abs(m.value[cell]);
                fresh++;
            }
            if (m.nonNegative[cell]) {
                if (support.get(i)[1] < 0) {
                    up = Math.min(up, m.value[cell]);
                } else {
                    down = Math.min(down, m.value[cell]);
                }
            }
        }
        return new Pattern(cells, cost, fresh, up, down);
    }

    private List<Vec> vectors(int d, int category) {
        List<Vec> cached = cache.get(d).get(category);
        if (cached != null) {
            return cached;
        }
        List<Vec> out = new ArrayList<>();
        List<Integer> ancestors = new ArrayList<>();
        for (int a = category; a >= 0; a = m.parent[d][a]) {
            ancestors.add(a);
        }
        for (int[] down : descents(d, category)) {
            for (int h = 0; h < ancestors.size() && out.size() < PER_DIMENSION; h++) {
                int node = ancestors.get(h);
                int[] plus = new int[down.length + h + 1];
                System.arraycopy(down, 0, plus, 0, down.length);
                for (int i = 0; i <= h; i++) {
                    plus[down.length + i] = ancestors.get(i);
                }
                if (h == ancestors.size() - 1) {
                    out.add(vec(plus, new int[0]));
                    continue;
                }
                for (int sibling : m.children[d][ancestors.get(h + 1)]) {
                    if (sibling == node) {
                        continue;
                    }
                    for (int[] siblingDown : descents(d, sibling)) {
                        int[] minus = new int[siblingDown.length + 1];
                        System.arraycopy(siblingDown, 0, minus, 0, siblingDown.length);
                        minus[siblingDown.length] = sibling;
                        out.add(vec(plus, minus));
                        if (out.size() >= PER_DIMENSION) {
                            break;
                        }
                    }
                    if (out.size() >= PER_DIMENSION) {
                        break;
                    }
                }
            }
        }
        cache.get(d).set(category, out);
        return out;
    }

    private static Vec vec(int[] plus, int[] minus) {
        int[] cats = new int[plus.length + minus.length];
        int[] signs = new int[cats.length];
        for (int i = 0; i < plus.length; i++) {
            cats[i] = plus[i];
            signs[i] = 1;
        }
        for (int i = 0; i < minus.length; i++) {
            cats[plus.length + i] = minus[i];
            signs[plus.length + i] = -1;
        }
        return new Vec(cats, signs);
    }

    /** Every chain from {@code category} down to a deepest-level category, excluding {@code category}. */
    private List<int[]> descents(int d, int category) {
        int[] below = m.children[d][category];
        if (below.length == 0) {
            return List.of(new int[0]);
        }
        List<int[]> out = new ArrayList<>();
        for (int child : below) {
            for (int[] rest : descents(d, child)) {
                int[] chain = new int[rest.length + 1];
                chain[0] = child;
                System.arraycopy(rest, 0, chain, 1, rest.length);
                out.add(chain);
                if (out.size() >= PER_DIMENSION) {
                    return out;
                }
            }
        }
        return out;
    }
}
