package org.statsbase.testkit.validation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.statsbase.validation.data.Column;
import org.statsbase.validation.data.ColumnType;
import org.statsbase.validation.data.ColumnarDataset;
import org.statsbase.validation.data.Dataset;
import org.statsbase.validation.data.Schema;
import org.statsbase.validation.data.Value;

/**
 * jqwik arbitraries for the datasets review rules read (statsbase-validation {@code data}):
 * schemas with a record key, and {@link ColumnarDataset}s of a schema whose records have unique
 * keys, numbers with at most 4 decimals and a magnitude below 10^12 (what a statistical form
 * holds, and what {@link ColumnarDataset} stores as one {@code long}), a share of missing cells,
 * and codes that keep their leading zeros ({@code 000123}, {@code 110101}) as texts.
 *
 * <p>Thread safety: stateless; the arbitraries are immutable.
 */
public final class Datasets {

    /** The key column of {@link #schemas()}. */
    public static final String KEY_COLUMN = "unit_id";
    /** The default largest number of records. */
    public static final int DEFAULT_MAX_RECORDS = 30;
    /** The default share of missing cells (key cells are never missing). */
    public static final double DEFAULT_MISSING_SHARE = 0.1;

    private static final BigDecimal LIMIT = new BigDecimal("999999999999.9999");

    private Datasets() {
    }

    /**
     * Schemas: the key column {@value #KEY_COLUMN} (TEXT), one to four numeric indicators
     * ({@code B01}…, sometimes one that must be bracketed in rules: {@code B204-1.01}), up to two
     * text indicators ({@code C01}…), and sometimes a BOOLEAN {@code F01} and a DATE {@code D01}.
     *
     * @return schemas keyed by {@value #KEY_COLUMN}
     */
    public static Arbitrary<Schema> schemas() {
        return Combinators.combine(Arbitraries.integers().between(1, 4), Arbitraries.integers().between(0, 2),
                Arbitraries.of(false, true), Arbitraries.of(false, false, true), Arbitraries.of(false, false, true))
                .as((numbers, texts, odd, bool, date) -> {
                    List<Column> columns = new ArrayList<>();
                    columns.add(Column.of(KEY_COLUMN, ColumnType.TEXT));
                    for (int i = 1; i <= numbers; i++) {
                        columns.add(Column.of(String.format("B%02d", i), ColumnType.NUMBER));
                    }
                    if (odd) {
                        columns.add(Column.of("B204-1.01", ColumnType.NUMBER));
                    }
                    for (int i = 1; i <= texts; i++) {
                        columns.add(Column.of(String.format("C%02d", i), ColumnType.TEXT));
                    }
                    if (bool) {
                        columns.add(Column.of("F01", ColumnType.BOOLEAN));
                    }
                    if (date) {
                        columns.add(Column.of("D01", ColumnType.DATE));
                    }
                    return Schema.of(columns, List.of(KEY_COLUMN));
                });
    }

    /**
     * Datasets of any schema of {@link #schemas()}, with the defaults of {@link #datasets(Schema)}.
     *
     * @return datasets of varied schemas, keys unique
     */
    public static Arbitrary<ColumnarDataset> datasets() {
        return schemas().flatMap(Datasets::datasets);
    }

    /**
     * Datasets of a schema: 0 to {@value #DEFAULT_MAX_RECORDS} records, {@value #DEFAULT_MISSING_SHARE} of cells missing.
     *
     * @param schema the schema of the datasets
     * @return datasets of {@code schema}
     */
    public static Arbitrary<ColumnarDataset> datasets(Schema schema) {
        return datasets(schema, DEFAULT_MAX_RECORDS, DEFAULT_MISSING_SHARE);
    }

    /**
     * Datasets of a schema.
     *
     * @param schema the schema of the datasets
     * @param maxRecords   the largest number of records (at least 0)
     * @param missingShare the probability that a non-key cell is missing, 0 to 1
     * @return datasets of {@code schema}
     */
    public static Arbitrary<ColumnarDataset> datasets(Schema schema, int maxRecords, double missingShare) {
        Objects.requireNonNull(schema, "schema");
        if (maxRecords < 0) {
            throw new IllegalArgumentException("maxRecords must be >= 0: " + maxRecords);
        }
        if (!(missingShare >= 0 && missingShare <= 1)) {
            throw new IllegalArgumentException("missingShare must be 0 to 1: " + missingShare);
        }
        List<Arbitrary<Value>> cells = new ArrayList<>();
        List<Integer> keyIndexes = new ArrayList<>();
        for (int c = 0; c < schema.size(); c++) {
            Column column = schema.columns().get(c);
            boolean key = schema.keyColumns().contains(column.name());
            if (key) {
                keyIndexes.add(c);
            }
            Arbitrary<Value> value = key ? keyValues(column.type()) : values(column.type());
            cells.add(key ? value : withMissing(value, missingShare));
        }
        Arbitrary<List<Value>> row = Combinators.combine(cells).as(List::copyOf);
        return row.list().ofMaxSize(maxRecords)
                .uniqueElements(r -> keyIndexes.isEmpty() ? r : keyIndexes.stream().map(r::get).toList())
                .map(rows -> build(schema, rows));
    }

    private static ColumnarDataset build(Schema schema, List<List<Value>> rows) {
        ColumnarDataset.Builder builder = ColumnarDataset.builder(schema);
        rows.forEach(builder::add);
        return builder.build();
    }

    private static Arbitrary<Value> withMissing(Arbitrary<Value> value, double share) {
        int missing = (int) Math.round(share * 1000);
        if (missing == 0) {
            return value;
        }
        if (missing == 1000) {
            return Arbitraries.just(Value.missing());
        }
        return Arbitraries.frequencyOf(Tuple.of(missing, Arbitraries.just(Value.missing())),
                Tuple.of(1000 - missing, value));
    }

    private static Arbitrary<Value> keyValues(ColumnType type) {
        return type == ColumnType.TEXT ? codes().map(Value::of) : values(type);
    }

    /**
     * Values of a column type, never missing.
     *
     * @param type the column type
     * @return values of {@code type}
     */
    public static Arbitrary<Value> values(ColumnType type) {
        Objects.requireNonNull(type, "type");
        return switch (type) {
            case NUMBER -> numbers().map(Value::of);
            case TEXT -> texts().map(Value::of);
            case BOOLEAN -> Arbitraries.of(true, false).map(Value::of);
            case DATE -> Arbitraries.integers().between(0, 3650)
                    .map(d -> Value.of(LocalDate.of(2020, 1, 1).plusDays(d)));
        };
    }

    /**
     * Numbers with at most 4 decimals and a magnitude below 10^12: often small integers (so that
     * fields are sometimes equal and balances sometimes hold), 0, and values across the whole
     * range with 0 to 4 decimals.
     *
     * @return numbers with at most 4 decimals, below 10^12 in magnitude
     */
    public static Arbitrary<BigDecimal> numbers() {
        return Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.integers().between(-5, 20).map(BigDecimal::valueOf)),
                Tuple.of(1, Arbitraries.of(BigDecimal.ZERO, new BigDecimal("0.0001"), new BigDecimal("-0.0001"),
                        LIMIT, LIMIT.negate(), new BigDecimal("999999999999"))),
                Tuple.of(3, Arbitraries.oneOf(IntStream.rangeClosed(0, 4).mapToObj(Datasets::ofScale).toList())));
    }

    private static Arbitrary<BigDecimal> ofScale(int scale) {
        BigDecimal bound = LIMIT.setScale(scale, RoundingMode.DOWN);
        return Arbitraries.bigDecimals().between(bound.negate(), bound).ofScale(scale);
    }

    /**
     * Codes: digit strings of 1 to 12 characters, often with leading zeros, and division-like codes.
     *
     * @return digit strings, often with leading zeros
     */
    public static Arbitrary<String> codes() {
        return Arbitraries.oneOf(
                Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(12),
                Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(8).map(s -> "00" + s),
                Arbitraries.of("110000", "110100", "110101", "110102", "440300", "440305"));
    }

    /**
     * Texts of text indicators: codes, division codes, short texts with quotes and Chinese, the empty text.
     *
     * @return texts, the empty text included
     */
    public static Arbitrary<String> texts() {
        return Arbitraries.oneOf(
                codes(),
                Arbitraries.strings().withChars("abcAB中文'\" -").ofMaxLength(6),
                Arbitraries.of("", "C", "C13", "C1311", "91440300192203821X"));
    }

    /**
     * The records of {@code data} at {@code rows}, in that order, as a new dataset of the same
     * schema (a permutation shuffles it; repeated indexes repeat records).
     *
     * @param data the dataset
     * @param rows 0-based record indexes of {@code data}
     * @return the new dataset
     * @throws IndexOutOfBoundsException if an index is not a record of {@code data}
     */
    public static ColumnarDataset reordered(Dataset data, List<Integer> rows) {
        Objects.requireNonNull(data, "data");
        ColumnarDataset.Builder builder = ColumnarDataset.builder(data.schema());
        for (int row : rows) {
            Objects.checkIndex(row, data.size());
            Value[] values = new Value[data.schema().size()];
            for (int c = 0; c < values.length; c++) {
                values[c] = data.value(row, c);
            }
            builder.add(values);
        }
        return builder.build();
    }

    /**
     * The records as a table (column names, then one line per record, cells separated by
     * {@code |}, missing as {@code NA}), at most {@code maxRecords} of them: what a failing
     * property should show, where {@link ColumnarDataset#toString()} shows only the size.
     *
     * @param data the dataset
     * @param maxRecords the most records shown, at least 0
     * @return the table text
     */
    public static String describe(Dataset data, int maxRecords) {
        Objects.requireNonNull(data, "data");
        StringBuilder out = new StringBuilder();
        out.append(data.schema().columns().stream().map(c -> c.name() + ":" + c.type())
                .collect(Collectors.joining(" | ")));
        for (int row = 0; row < Math.min(data.size(), maxRecords); row++) {
            out.append('\n');
            for (int c = 0; c < data.schema().size(); c++) {
                Value v = data.value(row, c);
                out.append(c == 0 ? "" : " | ").append(v instanceof Value.Text t ? "'" + t.value() + "'" : v.render());
            }
        }
        if (data.size() > maxRecords) {
            out.append("\n… ").append(data.size() - maxRecords).append(" more record(s)");
        }
        return out.toString();
    }

    /**
     * Copies of {@code data} with its records in a random order.
     *
     * @param data the dataset
     * @return shuffled copies of {@code data}
     */
    public static Arbitrary<ColumnarDataset> shuffled(Dataset data) {
        Objects.requireNonNull(data, "data");
        List<Integer> rows = IntStream.range(0, data.size()).boxed().toList();
        return Arbitraries.shuffle(rows).map(order -> reordered(data, order));
    }
}
