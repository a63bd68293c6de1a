package org.statsbase.validation.review;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.statsbase.validation.data.Column;
import org.statsbase.validation.data.ColumnType;
import org.statsbase.validation.data.Dataset;
import org.statsbase.validation.data.RecordKey;
import org.statsbase.validation.data.Schema;
import org.statsbase.validation.data.Value;

/** A tiny row-wise {@link Dataset} for tests (the real columnar one lives in the data package). */
final class Table implements Dataset {

    private final Schema schema;
    private final List<Value[]> rows;

    private Table(Schema schema, List<Value[]> rows) {
        this.schema = schema;
        this.rows = List.copyOf(rows);
    }

    /** A builder: {@code Table.with("id:TEXT", "B01", "B02:NUMBER").key("id").row("u1", 1, 2).build()}. */
    static Builder with(String... columns) {
        return new Builder(columns);
    }

    static final class Builder {
        private final List<Column> columns = new ArrayList<>();
        private final List<String> key = new ArrayList<>();
        private final List<Value[]> rows = new ArrayList<>();

        Builder(String... specs) {
            for (String s : specs) {
                String[] p = s.split(":");
                columns.add(Column.of(p[0], p.length > 1 ? ColumnType.valueOf(p[1]) : ColumnType.NUMBER));
            }
        }

        Builder key(String... names) {
            key.addAll(List.of(names));
            return this;
        }

        Builder row(Object... values) {
            if (values.length != columns.size()) {
                throw new IllegalArgumentException("row width " + values.length + " != " + columns.size());
            }
            Value[] row = new Value[values.length];
            for (int i = 0; i < values.length; i++) {
                row[i] = value(values[i]);
            }
            rows.add(row);
            return this;
        }

        Table build() {
            return new Table(Schema.of(columns, key), rows);
        }
    }

    static Value value(Object v) {
        if (v == null) {
            return Value.missing();
        }
        if (v instanceof Value value) {
            return value;
        }
        if (v instanceof BigDecimal d) {
            return Value.of(d);
        }
        if (v instanceof Number n) {
            return Value.of(new BigDecimal(n.toString()));
        }
        if (v instanceof Boolean b) {
            return Value.of(b);
        }
        if (v instanceof LocalDate d) {
            return Value.of(d);
        }
        return Value.of(v.toString());
    }

    @Override
    public Schema schema() {
        return schema;
    }

    @Override
    public int size() {
        return rows.size();
    }

    @Override
    public Value value(int row, int column) {
        return rows.get(row)[column];
    }

    @Override
    public RecordKey key(int row) {
        List<String> values = new ArrayList<>();
        for (String k : schema.keyColumns()) {
            values.add(rows.get(row)[schema.indexOf(k).getAsInt()].render());
        }
        return new RecordKey(schema.keyColumns(), values);
    }

    @Override
    public OptionalInt find(RecordKey key) {
        for (int r = 0; r < rows.size(); r++) {
            boolean all = true;
            for (int i = 0; i < key.columns().size(); i++) {
                int c = schema.indexOf(key.columns().get(i)).getAsInt();
                if (!rows.get(r)[c].render().equals(key.values().get(i))) {
                    all = false;
                    break;
                }
            }
            if (all) {
                return OptionalInt.of(r);
            }
        }
        return OptionalInt.empty();
    }
}
