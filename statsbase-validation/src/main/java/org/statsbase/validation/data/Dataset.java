package org.statsbase.validation.data;

import java.util.OptionalInt;

/**
 * A dataset to review: records (rows) of typed columns, each record identified by its
 * {@link RecordKey}. Implementations are immutable and safe to read from several threads.
 *
 * <p>Thread safety: implementations must be immutable and thread-safe.
 */
public interface Dataset {

    /** The columns and the key. */
    Schema schema();

    /** The number of records. */
    int size();

    /**
     * The value at a record and column.
     *
     * @param row    0-based record index
     * @param column 0-based column index (see {@link Schema#indexOf(String)})
     */
    Value value(int row, int column);

    /** The key of a record. */
    RecordKey key(int row);

    /**
     * The record whose key columns hold these values; the key's column names must be key
     * columns of this dataset, in any order.
     */
    OptionalInt find(RecordKey key);
}
