package org.statsbase.confidentiality.table;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.statsbase.confidentiality.error.ConfidentialityError;
import org.statsbase.confidentiality.error.ConfidentialityException;

/**
 * A table tabulated from unit-level contributions with all margins: every combination of every
 * category of every level of each dimension, the totals included, as τ-ARGUS builds a hierarchical
 * table. Categories are those that occur in the microdata and their ancestors; combinations nobody
 * contributes to are empty cells (value 0).
 *
 * <p>Cells are numbered 0..{@link #size()}−1 in {@link CellKey} order (totals first), which makes every
 * algorithm over the table deterministic regardless of the order of the microdata.
 *
 * <p>Thread safety: immutable.
 */
public final class Table {

    private static final Comparator<BigDecimal> LARGEST_FIRST =
            Comparator.<BigDecimal, BigDecimal>comparing(BigDecimal::abs).reversed().thenComparing(Comparator.reverseOrder());

    private final List<Dimension> dimensions;
    private final List<List<Category>> categories;
    private final List<Map<Category, Integer>> categoryIndex;
    private final List<Map<Category, List<Category>>> children;
    private final List<Map<Category, Category>> parents;
    private final List<Cell> cells;
    private final int[] radix;

    private Table(List<Dimension> dimensions, List<List<Category>> categories,
            List<Map<Category, List<Category>>> children, List<Map<Category, Category>> parents, List<Cell> cells) {
        this.dimensions = List.copyOf(dimensions);
        this.categories = List.copyOf(categories);
        this.children = List.copyOf(children);
        this.parents = List.copyOf(parents);
        this.cells = List.copyOf(cells);
        List<Map<Category, Integer>> index = new ArrayList<>();
        for (List<Category> cats : categories) {
            Map<Category, Integer> m = new HashMap<>();
            for (int i = 0; i < cats.size(); i++) {
                m.put(cats.get(i), i);
            }
            index.add(Map.copyOf(m));
        }
        this.categoryIndex = List.copyOf(index);
        this.radix = new int[dimensions.size()];
        int r = 1;
        for (int d = dimensions.size() - 1; d >= 0; d--) {
            radix[d] = r;
            r *= categories.get(d).size();
        }
    }

    /**
     * Tabulates {@code contributions} over {@code dimensions}.
     *
     * @param dimensions    the dimensions, at least one, names distinct
     * @param contributions every unit's contribution, with a code for each dimension
     * @return the table with every cell, margins included
     * @throws ConfidentialityException SB-CONF-0301 no dimension; 0302 duplicate dimension name; 0303 a
     *                                  contribution lacks a code; 0304 a code does not fit its hierarchy
     */
    public static Table tabulate(List<Dimension> dimensions, Collection<Contribution> contributions) {
        Objects.requireNonNull(dimensions, "dimensions");
        Objects.requireNonNull(contributions, "contributions");
        if (dimensions.isEmpty()) {
            throw new ConfidentialityException(ConfidentialityError.TABLE_NO_DIMENSION);
        }
        Set<String> names = new HashSet<>();
        for (Dimension d : dimensions) {
            if (!names.add(d.name())) {
                throw new ConfidentialityException(ConfidentialityError.TABLE_DUPLICATE_DIMENSION, d.name());
            }
        }
        int n = dimensions.size();
        List<List<List<Category>>> rowPaths = new ArrayList<>();
        List<Map<Category, Set<Category>>> tree = new ArrayList<>();
        for (int d = 0; d < n; d++) {
            Map<Category, Set<Category>> t = new TreeMap<>();
            t.put(Category.TOTAL, new TreeSet<>());
            tree.add(t);
        }
        for (Contribution c : contributions) {
            List<List<Category>> paths = new ArrayList<>();
            for (int d = 0; d < n; d++) {
                Dimension dim = dimensions.get(d);
                String code = c.codes().get(dim.name());
                if (code == null || code.isBlank()) {
                    throw new ConfidentialityException(ConfidentialityError.MICRODATA_CODE_MISSING, c.unitId(), dim.name());
                }
                List<String> path = dim.hierarchy().path(c.unitId(), dim.name(), code);
                List<Category> cats = new ArrayList<>();
                cats.add(Category.TOTAL);
                for (int i = 0; i < path.size(); i++) {
                    Category cat = Category.of(i + 1, path.get(i));
                    tree.get(d).computeIfAbsent(cats.get(cats.size() - 1), k -> new TreeSet<>()).add(cat);
                    tree.get(d).computeIfAbsent(cat, k -> new TreeSet<>());
                    cats.add(cat);
                }
                paths.add(cats);
            }
            rowPaths.add(paths);
        }
        List<List<Category>> categories = new ArrayList<>();
        List<Map<Category, List<Category>>> children = new ArrayList<>();
        List<Map<Category, Category>> parents = new ArrayList<>();
        for (int d = 0; d < n; d++) {
            List<Category> cats = new ArrayList<>(tree.get(d).keySet());
            categories.add(List.copyOf(cats));
            Map<Category, List<Category>> ch = new HashMap<>();
            Map<Category, Category> pa = new HashMap<>();
            for (Map.Entry<Category, Set<Category>> e : tree.get(d).entrySet()) {
                ch.put(e.getKey(), List.copyOf(e.getValue()));
                for (Category c : e.getValue()) {
                    pa.put(c, e.getKey());
                }
            }
            children.add(Map.copyOf(ch));
            parents.add(Map.copyOf(pa));
        }
        int size = 1;
        int[] radix = new int[n];
        for (int d = n - 1; d >= 0; d--) {
            radix[d] = size;
            size = Math.multiplyExact(size, categories.get(d).size());
        }
        List<Map<Category, Integer>> index = new ArrayList<>();
        for (List<Category> cats : categories) {
            Map<Category, Integer> m = new HashMap<>();
            for (int i = 0; i < cats.size(); i++) {
                m.put(cats.get(i), i);
            }
            index.add(m);
        }
        List<Map<String, BigDecimal>> byUnit = new ArrayList<>(size);
        List<Map<String, BigDecimal>> byHolding = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            byUnit.add(null);
            byHolding.add(null);
        }
        int r = 0;
        for (Contribution c : contributions) {
            List<List<Category>> paths = rowPaths.get(r++);
            int[] pos = new int[n];
            while (true) {
                int cell = 0;
                for (int d = 0; d < n; d++) {
                    cell += radix[d] * index.get(d).get(paths.get(d).get(pos[d]));
                }
                if (byUnit.get(cell) == null) {
                    byUnit.set(cell, new HashMap<>());
                    byHolding.set(cell, new HashMap<>());
                }
                byUnit.get(cell).merge(c.unitId(), c.value(), BigDecimal::add);
                byHolding.get(cell).merge(c.holdingOrUnit(), c.value(), BigDecimal::add);
                int d = n - 1;
                while (d >= 0 && ++pos[d] == paths.get(d).size()) {
                    pos[d] = 0;
                    d--;
                }
                if (d < 0) {
                    break;
                }
            }
        }
        List<Cell> cells = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            List<Category> key = new ArrayList<>(n);
            int rest = i;
            for (int d = 0; d < n; d++) {
                key.add(categories.get(d).get(rest / radix[d]));
                rest %= radix[d];
            }
            List<BigDecimal> units = byUnit.get(i) == null ? List.of() : sorted(byUnit.get(i).values());
            List<BigDecimal> holdings = byHolding.get(i) == null ? List.of() : sorted(byHolding.get(i).values());
            BigDecimal value = units.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            cells.add(new Cell(new CellKey(key), value, units, holdings));
        }
        return new Table(dimensions, categories, children, parents, cells);
    }

    private static List<BigDecimal> sorted(Collection<BigDecimal> values) {
        List<BigDecimal> list = new ArrayList<>(values);
        list.sort(LARGEST_FIRST);
        return list;
    }

    /**
     * The dimensions, in order.
     *
     * @return the dimensions, in order
     */
    public List<Dimension> dimensions() {
        return dimensions;
    }

    /**
     * The categories of dimension {@code d}: the total first, then by depth and code.
     *
     * @param d the dimension's index, from 0
     * @return the categories of dimension {@code d}: the total first, then by depth and code
     */
    public List<Category> categories(int d) {
        return categories.get(d);
    }

    /**
     * The categories one level below {@code category} in dimension {@code d} (empty for the deepest level).
     *
     * @param d        the dimension's index, from 0
     * @param category a category of that dimension
     * @return the categories one level below {@code category} in dimension {@code d} (empty for the deepest level)
     */
    public List<Category> children(int d, Category category) {
        return children.get(d).getOrDefault(category, List.of());
    }

    /**
     * The category one level above {@code category} in dimension {@code d}; empty for the total.
     *
     * @param d        the dimension's index, from 0
     * @param category a category of that dimension
     * @return the category one level above {@code category} in dimension {@code d}; empty for the total
     */
    public Optional<Category> parent(int d, Category category) {
        return Optional.ofNullable(parents.get(d).get(category));
    }

    /**
     * The number of cells, margins included.
     *
     * @return the number of cells, margins included
     */
    public int size() {
        return cells.size();
    }

    /**
     * Every cell, margins included, in {@link CellKey} order.
     *
     * @return every cell, margins included, in {@link CellKey} order
     */
    public List<Cell> cells() {
        return cells;
    }

    /**
     * The cell numbered {@code index}.
     *
     * @param index the cell's number, from 0 to {@link #size()} − 1
     * @return the cell numbered {@code index}
     */
    public Cell cell(int index) {
        return cells.get(index);
    }

    /**
     * The cell at {@code key}.
     *
     * @param key the cell's key
     * @return the cell at {@code key}
     * @throws ConfidentialityException SB-CONF-0501 when the table has no such cell
     */
    public Cell cell(CellKey key) {
        return cells.get(indexOf(key));
    }

    /**
     * The number of the cell at {@code key}.
     *
     * @param key the cell's key
     * @return the cell's number, from 0 to {@link #size()} − 1
     * @throws ConfidentialityException SB-CONF-0501 when the table has no such cell
     */
    public int indexOf(CellKey key) {
        Objects.requireNonNull(key, "key");
        if (key.categories().size() != dimensions.size()) {
            throw new ConfidentialityException(ConfidentialityError.CELL_UNKNOWN, key);
        }
        int cell = 0;
        for (int d = 0; d < dimensions.size(); d++) {
            Integer i = categoryIndex.get(d).get(key.category(d));
            if (i == null) {
                throw new ConfidentialityException(ConfidentialityError.CELL_UNKNOWN, key);
            }
            cell += radix[d] * i;
        }
        return cell;
    }

    /**
     * Every additive relation: for each dimension, each category with categories below it, and each
     * combination of the other dimensions' categories, the margin equals the sum of the cells one
     * level below. Deterministic order.
     *
     * @return every additive relation: for each dimension, each category with categories below it, and each
     *         combination of the other dimensions' categories, the margin equals the sum of the cells one level below
     */
    public List<AdditiveRelation> relations() {
        List<AdditiveRelation> relations = new ArrayList<>();
        for (int d = 0; d < dimensions.size(); d++) {
            for (Cell cell : cells) {
                List<Category> below = children(d, cell.key().category(d));
                if (below.isEmpty()) {
                    continue;
                }
                List<CellKey> parts = new ArrayList<>(below.size());
                for (Category c : below) {
                    List<Category> k = new ArrayList<>(cell.key().categories());
                    k.set(d, c);
                    parts.add(new CellKey(k));
                }
                relations.add(new AdditiveRelation(cell.key(), parts));
            }
        }
        return List.copyOf(relations);
    }

    @Override
    public String toString() {
        return "Table" + dimensions.stream().map(Dimension::name).toList() + " of " + cells.size() + " cells";
    }
}
