package org.statsbase.confidentiality.table;

import java.util.Objects;

/**
 * A category of one dimension of a published table at a depth of its hierarchy (a 统计用区划代码 or GB/T 4754-2017 level, or a flat code): depth 0 is the total ({@link #TOTAL}),
 * depth 1 the top level (for example an industry section), and so on.
 *
 * <p>Thread safety: immutable.
 *
 * @param depth 0 for the total, 1.. for the hierarchy's levels
 * @param code  the canonical code; {@code "Total"} for the total
 */
public record Category(int depth, String code) implements Comparable<Category> {

    /** The total of a dimension. */
    public static final Category TOTAL = new Category(0, "Total");

    /**
     * Checks the parts.
     *
     * @param depth 0 for the total, 1.. for the hierarchy's levels
     * @param code  the canonical code; {@code "Total"} for the total
     */
    public Category {
        Objects.requireNonNull(code, "code");
        if (depth < 0) {
            throw new IllegalArgumentException("depth must not be negative: " + depth);
        }
    }

    /**
     * A category at {@code depth} ≥ 1.
     *
     * @param depth the level in the hierarchy, 1 for the top level below the total
     * @param code  the canonical code
     * @return the category
     */
    public static Category of(int depth, String code) {
        return new Category(depth, code);
    }

    /**
     * Whether this is the total.
     *
     * @return true when this is the total
     */
    public boolean isTotal() {
        return depth == 0;
    }

    /** Depth first, then code: the total, then the top level, and so on. */
    @Override
    public int compareTo(Category o) {
        int c = Integer.compare(depth, o.depth);
        return c != 0 ? c : code.compareTo(o.code);
    }

    @Override
    public String toString() {
        return code;
    }
}
