package org.statsbase.validation.data;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The columns of a dataset, in order, and which of them form the record key (for example the
 * unit id and the period).
 *
 * <p>Thread safety: immutable.
 */
public final class Schema {

    private final List<Column> columns;
    private final List<String> keyColumns;
    private final Map<String, Integer> index;

    private Schema(List<Column> columns, List<String> keyColumns) {
        this.columns = List.copyOf(columns);
        this.keyColumns = List.copyOf(keyColumns);
        Map<String, Integer> byName = new HashMap<>();
        for (int i = 0; i < this.columns.size(); i++) {
            if (byName.put(this.columns.get(i).name(), i) != null) {
                throw new IllegalArgumentException("column " + this.columns.get(i).name() + " appears twice");
            }
        }
        for (String key : this.keyColumns) {
            if (!byName.containsKey(key)) {
                throw new IllegalArgumentException("key column " + key + " is not a column");
            }
        }
        this.index = Map.copyOf(byName);
    }

    /**
     * A schema.
     *
     * @param columns the columns, in order; names unique
     * @param keyColumns the names of the key columns, in key order; may be empty
     * @return the schema
     * @throws IllegalArgumentException if a column name repeats or a key column is not a column
     */
    public static Schema of(List<Column> columns, List<String> keyColumns) {
        return new Schema(Objects.requireNonNull(columns, "columns"), Objects.requireNonNull(keyColumns, "keyColumns"));
    }

    /**
     * The columns in order.
     *
     * @return the columns, in order
     */
    public List<Column> columns() {
        return columns;
    }

    /**
     * The names of the key columns, in key order; may be empty.
     *
     * @return the key column names; empty when records have no key
     */
    public List<String> keyColumns() {
        return keyColumns;
    }

    /**
     * The number of columns.
     *
     * @return the number of columns, at least 0
     */
    public int size() {
        return columns.size();
    }

    /**
     * The index of the named column.
     *
     * @param name a column name
     * @return the 0-based index, or empty when there is no such column
     */
    public OptionalInt indexOf(String name) {
        Integer i = index.get(name);
        return i == null ? OptionalInt.empty() : OptionalInt.of(i);
    }

    /**
     * The named column.
     *
     * @param name a column name
     * @return the column, or empty when there is no such column
     */
    public Optional<Column> column(String name) {
        Integer i = index.get(name);
        return i == null ? Optional.empty() : Optional.of(columns.get(i));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Schema other && columns.equals(other.columns) && keyColumns.equals(other.keyColumns);
    }

    @Override
    public int hashCode() {
        return Objects.hash(columns, keyColumns);
    }

    @Override
    public String toString() {
        return "Schema" + columns + " key " + keyColumns;
    }
}
