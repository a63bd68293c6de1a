package org.statsbase.validation.data;

import java.util.Objects;

/**
 * A named, typed column of a dataset.
 *
 * @param name the column name (an indicator code such as {@code B01}, or a key column)
 * @param type its type
 *
 * <p>Thread safety: immutable.
 */
public record Column(String name, ColumnType type) {

    /**
     * Validates the components.
     *
     * @param name the column name (an indicator code such as {@code B01}, or a key column)
     * @param type its type
     */
    public Column {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a column needs a name");
        }
    }

    /**
     * A column.
     *
     * @param name the column name, not blank
     * @param type its type, never null
     * @return the column
     */
    public static Column of(String name, ColumnType type) {
        return new Column(name, type);
    }
}
