package org.statsbase.validation.data;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import org.statsbase.validation.data.internal.ColumnStores;
import org.statsbase.validation.data.internal.KeyIndex;
import org.statsbase.validation.data.internal.NumberStore;
import org.statsbase.validation.data.internal.SmallStore;
import org.statsbase.validation.data.internal.TextStore;
import org.statsbase.validation.error.ValidationError;

/**
 * A {@link Dataset} held column by column in memory, the form a review of a million records reads
 * fastest (数据采集审核: 审核公式 applied to every record of a report form).
 *
 * <p>Storage: a {@link ColumnType#NUMBER} cell is one {@code long}, the value ×10^{@value #SCALE}
 * (8 bytes a cell: 1 million records × 30 numeric columns take about 240 MB); a value with more than
 * four decimals or of 10^14 and beyond is kept exactly as a {@link BigDecimal} in a side table. No
 * value is ever rounded or passes through a {@code double}. Texts are dictionary-encoded (a code
 * repeated a million times is held once); booleans and dates take a {@code long} a cell.
 * {@link #value} gives numbers with the fewest decimals that keep their value ({@code 1.50} reads
 * back as {@code 1.5}, equal by {@link Value.Number#equals}).
 *
 * <p>Keys: {@link #find} uses a hash index on the key columns built once, when the dataset is built.
 * A key may repeat (whether keys are unique is a rule, {@code is_unique}, not a reading concern):
 * {@code find} then gives the first record with the key and {@link #repeatedKeys()} counts the
 * others. Key values are never missing. A key column's value is its text as {@link #key} gives it;
 * for a numeric key column the text of a probe is compared by numeric value ({@code 7.0} finds
 * {@code 7}).
 *
 * <p>Thread safety: immutable once built, and safe to read from any number of threads without
 * locking (every field is final and never changes after construction). Equality is identity: two
 * datasets are not compared cell by cell.
 */
public final class ColumnarDataset implements Dataset {

    /** The decimals of {@link #scaledNumber}. */
    public static final int SCALE = NumberStore.SCALE;

    /** What {@link #scaledNumber} gives for a missing cell or a value that has no exact scaled form. */
    public static final long NO_SCALED_VALUE = Long.MIN_VALUE;

    private final Schema schema;
    private final int size;
    private final ColumnType[] types;
    private final Object[] stores;
    private final int[] keyColumns;
    private final KeyIndex index;

    private ColumnarDataset(Schema schema, int size, Object[] stores) {
        this.schema = schema;
        this.size = size;
        this.stores = stores;
        this.types = new ColumnType[schema.size()];
        for (int c = 0; c < types.length; c++) {
            types[c] = schema.columns().get(c).type();
        }
        this.keyColumns = schema.keyColumns().stream().mapToInt(k -> schema.indexOf(k).getAsInt()).toArray();
        this.index = keyColumns.length == 0 ? null : new KeyIndex(size, new KeyIndex.Keys() {
            @Override
            public int hash(int row) {
                return rowHash(row);
            }

            @Override
            public boolean sameKey(int row, int other) {
                for (int k : keyColumns) {
                    if (!keyText(row, k).equals(keyText(other, k))) {
                        return false;
                    }
                }
                return true;
            }
        });
    }

    /**
     * A builder of a dataset with this schema, record by record.
     *
     * @param schema the columns and key of the dataset to build, never null
     * @return an empty builder
     */
    public static Builder builder(Schema schema) {
        return new Builder(Objects.requireNonNull(schema, "schema"));
    }

    /**
     * A dataset of Java maps (column name → value), the column types taken from the values:
     * {@link BigDecimal}, {@link BigInteger}, {@link Long}, {@link Integer}, {@link Short}, {@link Byte} →
     * NUMBER ({@link Double} and {@link Float} too, by their shortest decimal text, {@code 0.1} → 0.1;
     * not NaN or infinite); {@link String} → TEXT (a text is never guessed to be a number here: Java
     * callers know their types); {@link Boolean} → BOOLEAN; {@link LocalDate} → DATE; a {@link Value}
     * → its own type; {@code null} or an absent key → missing. Columns are in the order the maps first
     * name them; a column whose values are all missing is NUMBER.
     *
     * @param source a name for problems, for example {@code "units"}
     * @param rows one map per record, field name → value; an empty list gives an empty dataset
     * @param keyColumns the key columns, in key order; empty for records without key
     * @return the dataset, records in list order
     * @throws DatasetReadException with a problem for every row that has a missing key value or a value
     *                              whose type differs from the column's first one (line = 1-based position)
     * @throws IllegalArgumentException for a value of another Java type, or a key column no map names
     */
    public static ColumnarDataset fromMaps(String source, List<? extends Map<String, ?>> rows,
            List<String> keyColumns) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(rows, "rows");
        Map<String, ColumnType> types = new LinkedHashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            for (Map.Entry<String, ?> e : rows.get(i).entrySet()) {
                types.putIfAbsent(e.getKey(), null);
                Value v = javaValue(e.getValue(), e.getKey(), i + 1);
                if (!v.isMissing() && types.get(e.getKey()) == null) {
                    types.put(e.getKey(), typeOf(v));
                }
            }
        }
        List<Column> columns = new ArrayList<>();
        types.forEach((name, type) -> columns.add(Column.of(name, type == null ? ColumnType.NUMBER : type)));
        return fromMaps(source, Schema.of(columns, keyColumns), rows);
    }

    /**
     * A dataset of Java maps with the given schema: values converted as {@link #fromMaps(String, List, List)}
     * says, each of its column's type.
     *
     * @param source a name for problems, for example {@code "units"}
     * @param schema the columns, their types and the key
     * @param rows one map per record, field name → value; a field the map lacks is missing
     * @return the dataset, records in list order
     * @throws DatasetReadException with a problem for every row with a value not of its column's type,
     *                              a missing key value, or a field not in the schema
     * @throws IllegalArgumentException for a value of a Java type that is no value
     */
    public static ColumnarDataset fromMaps(String source, Schema schema, List<? extends Map<String, ?>> rows) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(rows, "rows");
        Builder builder = builder(schema);
        List<ReadProblem> problems = new ArrayList<>();
        Value[] values = new Value[schema.size()];
        for (int i = 0; i < rows.size(); i++) {
            Map<String, ?> row = Objects.requireNonNull(rows.get(i), "rows[" + i + "]");
            int line = i + 1;
            int before = problems.size();
            for (String field : row.keySet()) {
                if (schema.indexOf(field).isEmpty()) {
                    problems.add(ReadProblem.of(source, line, field, ValidationError.DATA_UNKNOWN_FIELD, field));
                }
            }
            for (int c = 0; c < values.length; c++) {
                Column column = schema.columns().get(c);
                Value v = javaValue(row.get(column.name()), column.name(), line);
                if (!v.isMissing() && typeOf(v) != column.type()) {
                    problems.add(ReadProblem.of(source, line, column.name(), ValidationError.DATA_BAD_CELL,
                            column.name(), Cells.shown(v.render()), Cells.nameZh(column.type()),
                            Cells.nameEn(column.type())));
                } else if (v.isMissing() && schema.keyColumns().contains(column.name())) {
                    problems.add(ReadProblem.of(source, line, column.name(), ValidationError.DATA_KEY_MISSING,
                            column.name()));
                }
                values[c] = v;
            }
            if (problems.size() == before) {
                builder.add(values);
            }
        }
        if (!problems.isEmpty()) {
            throw new DatasetReadException(source, problems);
        }
        return builder.build();
    }

    /**
     * A dataset of Java records, one column per record component (named as the component), typed as
     * {@link #fromMaps(String, List, List)} says. The records' package must be readable by this module
     * (exported or opened to {@code org.statsbase.validation}).
     *
     * @param source a name for problems, for example {@code "units"}
     * @param records the records, all of one record class; an empty list gives an empty dataset
     * @param keyColumns the key columns (component names), in key order; empty for records without key
     * @return the dataset, records in list order
     * @throws DatasetReadException as {@link #fromMaps(String, List, List)}
     * @throws IllegalArgumentException if a component cannot be read
     */
    public static ColumnarDataset fromRecords(String source, List<? extends Record> records, List<String> keyColumns) {
        Objects.requireNonNull(records, "records");
        List<Map<String, Object>> rows = new ArrayList<>(records.size());
        for (Record r : records) {
            Map<String, Object> row = new LinkedHashMap<>();
            for (RecordComponent component : r.getClass().getRecordComponents()) {
                try {
                    row.put(component.getName(), component.getAccessor().invoke(r));
                } catch (IllegalAccessException | InvocationTargetException e) {
                    throw new IllegalArgumentException("cannot read " + r.getClass().getName() + "."
                            + component.getName() + ": open its package to org.statsbase.validation", e);
                }
            }
            rows.add(row);
        }
        return fromMaps(source, rows, keyColumns);
    }

    static ColumnType typeOf(Value v) {
        if (v instanceof Value.Number) {
            return ColumnType.NUMBER;
        }
        if (v instanceof Value.Bool) {
            return ColumnType.BOOLEAN;
        }
        if (v instanceof Value.Date) {
            return ColumnType.DATE;
        }
        return ColumnType.TEXT;
    }

    private static Value javaValue(Object o, String column, long line) {
        if (o == null) {
            return Value.missing();
        }
        if (o instanceof Value v) {
            return v;
        }
        if (o instanceof BigDecimal d) {
            return Value.of(d);
        }
        if (o instanceof BigInteger i) {
            return Value.of(new BigDecimal(i));
        }
        if (o instanceof Long || o instanceof Integer || o instanceof Short || o instanceof Byte) {
            return Value.of(((Number) o).longValue());
        }
        if (o instanceof Double || o instanceof Float) {
            double d = ((Number) o).doubleValue();
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                throw new IllegalArgumentException("row " + line + ", column " + column + ": " + d + " is no number");
            }
            return Value.of(o instanceof Float ? new BigDecimal(o.toString()) : BigDecimal.valueOf(d));
        }
        if (o instanceof String s) {
            return Value.of(s);
        }
        if (o instanceof Boolean b) {
            return Value.of(b);
        }
        if (o instanceof LocalDate date) {
            return Value.of(date);
        }
        throw new IllegalArgumentException("row " + line + ", column " + column + ": a " + o.getClass().getName()
                + " is no value (numbers, texts, booleans and LocalDates are)");
    }

    @Override
    public Schema schema() {
        return schema;
    }

    @Override
    public int size() {
        return size;
    }

    /**
     * {@inheritDoc}
     *
     * @throws IndexOutOfBoundsException for a row or column outside the dataset
     */
    @Override
    public Value value(int row, int column) {
        Objects.checkIndex(row, size);
        Object store = stores[column];
        switch (types[column]) {
            case NUMBER -> {
                NumberStore numbers = (NumberStore) store;
                return numbers.raw(row) == NumberStore.MISSING ? Value.missing() : Value.of(numbers.value(row));
            }
            case TEXT -> {
                TextStore texts = (TextStore) store;
                return texts.isMissing(row) ? Value.missing() : Value.of(texts.value(row));
            }
            case BOOLEAN -> {
                long v = ((SmallStore) store).value(row);
                return v == SmallStore.MISSING ? Value.missing() : Value.of(v == 1L);
            }
            default -> {
                long v = ((SmallStore) store).value(row);
                return v == SmallStore.MISSING ? Value.missing() : Value.of(LocalDate.ofEpochDay(v));
            }
        }
    }

    /**
     * Whether the cell is missing; allocates nothing.
     *
     * @param row the 0-based record index
     * @param column the 0-based column index
     * @return whether the cell is missing
     */
    public boolean isMissing(int row, int column) {
        Objects.checkIndex(row, size);
        Object store = stores[column];
        return switch (types[column]) {
            case NUMBER -> ((NumberStore) store).raw(row) == NumberStore.MISSING;
            case TEXT -> ((TextStore) store).isMissing(row);
            default -> ((SmallStore) store).value(row) == SmallStore.MISSING;
        };
    }

    /**
     * The dictionary id of a TEXT cell without allocating: {@code -1} when the cell is missing, else an
     * index {@code 0 … distinctTexts(column) − 1} of {@link #dictionaryText}. Equal texts of a column
     * have equal ids, so evaluators may compute a result once per id.
     *
     * @param row the 0-based record index
     * @param column the 0-based index of a TEXT column
     * @return the text's dictionary id, or {@code -1} for a missing cell
     * @throws IllegalArgumentException if the column is not a TEXT column
     */
    public int textId(int row, int column) {
        Objects.checkIndex(row, size);
        return textStore(column).id(row);
    }

    /**
     * The text of a dictionary id of a TEXT column (see {@link #textId}).
     *
     * @param column the 0-based index of a TEXT column
     * @param id a dictionary id from {@link #textId}
     * @return the text, never null
     * @throws IllegalArgumentException if the column is not a TEXT column
     * @throws IndexOutOfBoundsException if the id is not one of the column's
     */
    public String dictionaryText(int column, int id) {
        TextStore store = textStore(column);
        Objects.checkIndex(id, store.distinct());
        return store.text(id);
    }

    /**
     * The length in code points (as {@link String#codePointCount}) of the text of a dictionary id of a
     * TEXT column, kept with the dictionary so that length checks need not read the text.
     *
     * @param column the 0-based index of a TEXT column
     * @param id a dictionary id from {@link #textId}
     * @return the text's length in code points
     * @throws IllegalArgumentException if the column is not a TEXT column
     * @throws IndexOutOfBoundsException if the id is not one of the column's
     */
    public int dictionaryTextLength(int column, int id) {
        TextStore store = textStore(column);
        Objects.checkIndex(id, store.distinct());
        return store.length(id);
    }

    /**
     * The number of distinct texts of a TEXT column.
     *
     * @param column the 0-based index of a TEXT column
     * @return the number of distinct texts, 0 when every cell is missing
     * @throws IllegalArgumentException if the column is not a TEXT column
     */
    public int distinctTexts(int column) {
        return textStore(column).distinct();
    }

    static {
        ColumnStores.register((dataset, column) -> ((ColumnarDataset) dataset).stores[column]);
    }

    private TextStore textStore(int column) {
        if (types[column] != ColumnType.TEXT) {
            throw new IllegalArgumentException("column " + schema.columns().get(column).name() + " is "
                    + types[column] + ", not TEXT");
        }
        return (TextStore) stores[column];
    }

    /**
     * A number cell ×10^{@value #SCALE} as a {@code long}, without allocating: exact, for evaluators that
     * compute in scaled {@code long}s. {@link #NO_SCALED_VALUE} when the cell is missing or has no such
     * form (more than four decimals, or 10^14 and beyond): then read {@link #value}.
     *
     * @param row the 0-based record index
     * @param column the 0-based index of a NUMBER column
     * @return the number ×10^{@value #SCALE}, or {@link #NO_SCALED_VALUE}
     * @throws IllegalArgumentException if the column is not a NUMBER column
     */
    public long scaledNumber(int row, int column) {
        Objects.checkIndex(row, size);
        if (types[column] != ColumnType.NUMBER) {
            throw new IllegalArgumentException("column " + schema.columns().get(column).name() + " is "
                    + types[column] + ", not NUMBER");
        }
        long raw = ((NumberStore) stores[column]).raw(row);
        return raw == NumberStore.EXACT ? NO_SCALED_VALUE : raw;
    }

    @Override
    public RecordKey key(int row) {
        Objects.checkIndex(row, size);
        // immutable lists, which RecordKey keeps as they are instead of copying (a key per violation)
        if (keyColumns.length == 1) {
            return new RecordKey(schema.keyColumns(), List.of(keyText(row, keyColumns[0])));
        }
        String[] values = new String[keyColumns.length];
        for (int i = 0; i < values.length; i++) {
            values[i] = keyText(row, keyColumns[i]);
        }
        return new RecordKey(schema.keyColumns(), List.of(values));
    }

    /**
     * {@inheritDoc}
     *
     * <p>The first record with the key when several have it; empty when none has it or when the
     * dataset has no key columns.
     *
     * @throws IllegalArgumentException if the key's columns are not exactly this dataset's key columns
     */
    @Override
    public OptionalInt find(RecordKey key) {
        Objects.requireNonNull(key, "key");
        if (key.columns().size() != keyColumns.length
                || !key.columns().containsAll(schema.keyColumns())) {
            throw new IllegalArgumentException("key " + key.columns() + " does not name the key columns "
                    + schema.keyColumns() + " of this dataset");
        }
        if (index == null) {
            return OptionalInt.empty();
        }
        String[] probe = new String[keyColumns.length];
        int hash = 1;
        for (int i = 0; i < keyColumns.length; i++) {
            String text = key.values().get(key.columns().indexOf(schema.keyColumns().get(i)));
            if (types[keyColumns[i]] == ColumnType.NUMBER) {
                text = Cells.isNumber(text.strip()) ? numberText(Cells.number(text.strip())) : text;
            }
            probe[i] = text;
            hash = 31 * hash + text.hashCode();
        }
        int row = index.find(hash, r -> {
            for (int i = 0; i < keyColumns.length; i++) {
                if (!keyText(r, keyColumns[i]).equals(probe[i])) {
                    return false;
                }
            }
            return true;
        });
        return row < 0 ? OptionalInt.empty() : OptionalInt.of(row);
    }

    /**
     * How many records repeat the key of an earlier record (0 when keys are unique or there are no key columns).
     *
     * @return the number of records whose key an earlier record already has, at least 0
     */
    public int repeatedKeys() {
        return index == null ? 0 : index.duplicates();
    }

    /**
     * An estimate of the heap this dataset holds: its column arrays, text dictionaries, exact fallback
     * numbers and key index (not the schema). Computed from the arrays actually held.
     *
     * @return the estimate in bytes
     */
    public long estimatedBytes() {
        long bytes = 64 + 16 + 4L * stores.length;
        for (Object store : stores) {
            if (store instanceof NumberStore n) {
                bytes += n.estimatedBytes();
            } else if (store instanceof TextStore t) {
                bytes += t.estimatedBytes();
            } else {
                bytes += ((SmallStore) store).estimatedBytes();
            }
        }
        return bytes + (index == null ? 0 : index.estimatedBytes());
    }

    /**
     * The heap the NUMBER columns hold (arrays and exact fallbacks), for memory budgets.
     *
     * @return the estimate in bytes
     */
    public long estimatedNumberBytes() {
        long bytes = 0;
        for (Object store : stores) {
            if (store instanceof NumberStore n) {
                bytes += n.estimatedBytes();
            }
        }
        return bytes;
    }

    private int rowHash(int row) {
        int hash = 1;
        for (int k : keyColumns) {
            hash = 31 * hash + keyText(row, k).hashCode();
        }
        return hash;
    }

    private String keyText(int row, int column) {
        if (types[column] == ColumnType.TEXT) {
            return ((TextStore) stores[column]).value(row);
        }
        if (types[column] == ColumnType.NUMBER) {
            return numberText(((NumberStore) stores[column]).value(row));
        }
        return value(row, column).render();
    }

    private static String numberText(BigDecimal number) {
        BigDecimal n = number.signum() == 0 ? BigDecimal.ZERO : number.stripTrailingZeros();
        if (n.scale() < 0 && n.precision() - n.scale() < 40) {
            n = n.setScale(0);
        }
        return Value.of(n).render();
    }

    @Override
    public String toString() {
        return "ColumnarDataset[" + size + " records, " + schema + "]";
    }

    /**
     * Builds a {@link ColumnarDataset} record by record; {@link #build()} hands its columns to the
     * dataset, after which the builder refuses further use.
     *
     * <p>Thread safety: not thread-safe; one thread builds.
     */
    public static final class Builder {

        private final Schema schema;
        private final ColumnType[] types;
        private final boolean[] isKey;
        private Object[] stores;
        private int size;

        private Builder(Schema schema) {
            this.schema = schema;
            this.types = new ColumnType[schema.size()];
            this.isKey = new boolean[schema.size()];
            this.stores = new Object[schema.size()];
            for (int c = 0; c < types.length; c++) {
                types[c] = schema.columns().get(c).type();
                isKey[c] = schema.keyColumns().contains(schema.columns().get(c).name());
                stores[c] = switch (types[c]) {
                    case NUMBER -> new NumberStore();
                    case TEXT -> new TextStore();
                    default -> new SmallStore();
                };
            }
        }

        /**
         * Adds a record: one value per column, in schema order, each missing or of its column's type.
         *
         * @param values the record's values, one per column in schema order
         * @return this builder
         * @throws IllegalArgumentException if the count or a type differs, or a key value is missing
         * @throws IllegalStateException after {@link #build()}
         */
        public Builder add(Value... values) {
            if (stores == null) {
                throw new IllegalStateException("the dataset was already built");
            }
            if (values.length != types.length) {
                throw new IllegalArgumentException(values.length + " values for " + types.length + " columns");
            }
            for (int c = 0; c < types.length; c++) {
                Value v = Objects.requireNonNull(values[c], "values[" + c + "]");
                if (v.isMissing() ? isKey[c] : typeOf(v) != types[c]) {
                    throw new IllegalArgumentException("record " + (size + 1) + ", column "
                            + schema.columns().get(c).name() + ": " + (v.isMissing() ? "a key value is missing"
                                    : v.render() + " is not " + types[c]));
                }
            }
            for (int c = 0; c < types.length; c++) {
                append(c, values[c]);
            }
            size++;
            return this;
        }

        /**
         * Adds a record given as a list, as {@link #add(Value...)}.
         *
         * @param values the record's values, one per column in schema order
         * @return this builder
         */
        public Builder add(List<Value> values) {
            return add(values.toArray(new Value[0]));
        }

        private void append(int c, Value v) {
            Object store = stores[c];
            switch (types[c]) {
                case NUMBER -> {
                    if (v instanceof Value.Number n) {
                        ((NumberStore) store).add(n.value());
                    } else {
                        ((NumberStore) store).addMissing();
                    }
                }
                case TEXT -> {
                    if (v instanceof Value.Text t) {
                        ((TextStore) store).add(t.value());
                    } else {
                        ((TextStore) store).addMissing();
                    }
                }
                case BOOLEAN -> ((SmallStore) store).add(v instanceof Value.Bool b ? (b.value() ? 1L : 0L)
                        : SmallStore.MISSING);
                default -> ((SmallStore) store).add(v instanceof Value.Date d ? d.value().toEpochDay()
                        : SmallStore.MISSING);
            }
        }

        /**
         * The number of records added so far.
         *
         * @return the number of records, at least 0
         */
        public int size() {
            return size;
        }

        /**
         * The dataset of the records added.
         *
         * @return the dataset, records in the order they were added
         * @throws IllegalStateException if called twice
         */
        public ColumnarDataset build() {
            if (stores == null) {
                throw new IllegalStateException("the dataset was already built");
            }
            Object[] built = stores;
            stores = null;
            for (Object store : built) {
                if (store instanceof NumberStore n) {
                    n.trim();
                } else if (store instanceof TextStore t) {
                    t.trim();
                } else {
                    ((SmallStore) store).trim();
                }
            }
            return new ColumnarDataset(schema, size, built);
        }
    }
}
