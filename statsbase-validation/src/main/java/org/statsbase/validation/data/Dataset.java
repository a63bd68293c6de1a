package org.statsbase.validation.data;

import java.util.OptionalInt;

/**
 * A dataset to review: records (rows) of typed columns, each record identified by its
 * {@link RecordKey}. Implementations are immutable and safe to read from several threads.
 *
 * <p>Thread safety: implementations must be immutable and thread-safe.
 */
public interface Dataset {

    /**
     * The columns and the key.
     *
     * @return the schema, never null
     */
    Schema schema();

    /**
     * The number of records.
     *
     * @return the number of records, at least 0
     */
    int size();

    /**
     * The value at a record and column.
     *
     * @param row    0-based record index
     * @param column 0-based column index (see {@link Schema#indexOf(String)})
     * @return the value, {@link Value#missing()} for a missing cell; never null
     */
    Value value(int row, int column);

    /**
     * The key of a record.
     *
     * @param row the 0-based record index
     * @return the values of its key columns; a key without columns when the dataset has no key
     */
    RecordKey key(int row);

    /**
     * The record whose key columns hold these values; the key's column names must be key
     * columns of this dataset, in any order.
     *
     * @param key the key values by column name
     * @return the 0-based index of the first record with this key, or empty when no record has it
     */
    OptionalInt find(RecordKey key);
}
