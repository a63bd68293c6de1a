package org.statsbase.confidentiality.table;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The address of a cell of a table published under 统计法 2009 第二十五条: one {@link Category} per dimension, in the table's dimension order.
 *
 * <p>Thread safety: immutable.
 *
 * @param categories one category per dimension
 */
public record CellKey(List<Category> categories) implements Comparable<CellKey> {

    /**
     * Copies the categories.
     *
     * @param categories one category per dimension
     */
    public CellKey {
        categories = List.copyOf(Objects.requireNonNull(categories, "categories"));
    }

    /**
     * A key of the given categories.
     *
     * @param categories one category per dimension, in the table's dimension order
     * @return the key
     */
    public static CellKey of(Category... categories) {
        return new CellKey(List.of(categories));
    }

    /**
     * The category of dimension {@code i}.
     *
     * @param i the dimension's index, from 0
     * @return the category of dimension {@code i}
     */
    public Category category(int i) {
        return categories.get(i);
    }

    /** Lexicographic by dimension, each by {@link Category#compareTo}. */
    @Override
    public int compareTo(CellKey o) {
        for (int i = 0; i < Math.min(categories.size(), o.categories.size()); i++) {
            int c = categories.get(i).compareTo(o.categories.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(categories.size(), o.categories.size());
    }

    /** For example {@code (Total × C13)}. */
    @Override
    public String toString() {
        return categories.stream().map(Category::code).collect(Collectors.joining(" × ", "(", ")"));
    }
}
