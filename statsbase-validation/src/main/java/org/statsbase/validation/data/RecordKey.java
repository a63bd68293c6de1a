package org.statsbase.validation.data;

import java.util.List;
import java.util.Objects;
import java.util.StringJoiner;

/**
 * The key of a record: the values of the dataset's key columns, by name (for example
 * {@code unit_id=91440300192203821X, period=2026-10}). Reference datasets ({@code prev},
 * {@code yoy}, other forms) are joined to the reviewed dataset on these columns.
 *
 * @param columns the key column names
 * @param values  the values, one per column
 *
 * <p>Thread safety: immutable.
 */
public record RecordKey(List<String> columns, List<String> values) {

    /**
     * Validates and copies the components.
     *
     * @param columns the key column names
     * @param values the values, one per column
     */
    public RecordKey {
        columns = List.copyOf(columns);
        values = List.copyOf(values);
        if (columns.size() != values.size()) {
            throw new IllegalArgumentException("key columns " + columns + " and values " + values + " differ in size");
        }
    }

    /**
     * A one-column key.
     *
     * @param column the key column's name
     * @param value the record's value in that column
     * @return the key
     */
    public static RecordKey of(String column, String value) {
        return new RecordKey(List.of(column), List.of(Objects.requireNonNull(value, "value")));
    }

    /** {@code column=value, …}. */
    @Override
    public String toString() {
        StringJoiner out = new StringJoiner(", ");
        for (int i = 0; i < columns.size(); i++) {
            out.add(columns.get(i) + "=" + values.get(i));
        }
        return out.toString();
    }
}
