package org.statsbase.bench.review;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.statsbase.validation.data.Column;
import org.statsbase.validation.data.ColumnType;
import org.statsbase.validation.data.ColumnarDataset;
import org.statsbase.validation.data.Schema;
import org.statsbase.validation.data.Value;

/**
 * Seeded synthetic records of a monthly industrial form (工业产销总值及主要产品产量-like): a unit id
 * (the key), 30 numeric indicators {@code B01 … B30} with two decimals, an industry code {@code IND},
 * a unit name {@code NAME} and a postal code {@code ZIP}, plus last month's {@code B01}. About 0.2–0.5 %
 * of the records break each check of {@link Checks#TEN}; no value is missing (Hibernate Validator and
 * Aviator have no "not applicable", so the three count the same passes and fails).
 *
 * <p>Thread safety: immutable after {@link #generate}; the arrays are never modified.
 */
public final class Units {

    /** The seed of every benchmark. */
    public static final long SEED = 20_261_127L;
    /** Numeric indicators per record. */
    public static final int NUMBERS = 30;

    final int size;
    final String[] ids;
    /** {@code cents[c][row]}: indicator {@code B(c+1)} ×100. */
    final long[][] cents;
    final long[] previousCents;
    final String[] industries;
    final String[] names;
    final String[] zips;
    /** The industry codes of rule R06: 500 four-digit codes. */
    static final Set<String> INDUSTRY_LIST = industryCodes();

    private Units(int size) {
        this.size = size;
        this.ids = new String[size];
        this.cents = new long[NUMBERS][size];
        this.previousCents = new long[size];
        this.industries = new String[size];
        this.names = new String[size];
        this.zips = new String[size];
    }

    private static Set<String> industryCodes() {
        Set<String> list = new LinkedHashSet<>();
        for (int i = 0; i < 500; i++) {
            list.add(String.format("%04d", 600 + 7 * i));
        }
        return Set.copyOf(list);
    }

    /** {@code size} records from {@code seed}, unit ids unique. */
    public static Units generate(int size, long seed) {
        return generate(size, seed, 0);
    }

    /**
     * {@code size} records from {@code seed}; when {@code repeatEvery} &gt; 0 every {@code repeatEvery}-th
     * record is a copy of the one before (same unit id, same values), which breaks R09 twice.
     */
    public static Units generate(int size, long seed, int repeatEvery) {
        Units u = new Units(size);
        SplittableRandom r = new SplittableRandom(seed);
        String[] codes = INDUSTRY_LIST.toArray(new String[0]);
        java.util.Arrays.sort(codes);
        for (int i = 0; i < size; i++) {
            u.ids[i] = String.format("U%09d", i);
            long[][] c = u.cents;
            c[1][i] = r.nextLong(100_000_000L);                                   // B02 main business revenue
            c[0][i] = c[1][i] + r.nextLong(10_000_000L);                           // B01 operating revenue
            if (chance(r, 0.005)) {
                c[0][i] = c[1][i] - 1 - r.nextLong(100_000L);                      // R02: B01 < B02 (R01 too when < 0)
            }
            if (chance(r, 0.002)) {
                c[0][i] = -1 - r.nextLong(1_000_000L);                             // R01: negative revenue
            }
            for (int k = 3; k <= 6; k++) {
                c[k][i] = r.nextLong(20_000_000L);                                 // B04 … B07
            }
            c[2][i] = c[3][i] + c[4][i] + c[5][i] + c[6][i];                       // B03 = B04 + … + B07
            if (chance(r, 0.005)) {
                c[2][i] += 1;                                                      // R04: off by 0.01
            }
            c[7][i] = chance(r, 0.003) ? 0 : (1 + r.nextLong(5_000L)) * 100;       // B08 employees; R03
            c[8][i] = (r.nextLong(2_001L) - 1_000L) * 100;                         // B09
            c[9][i] = c[8][i] > 0 && chance(r, 0.01) ? 0 : 100 + r.nextLong(100_000_000L); // B10; R10
            for (int k = 10; k < NUMBERS; k++) {
                c[k][i] = chance(r, 0.1) ? 0 : r.nextLong(12_000_000L);           // B11 … B30
            }
            double g = chance(r, 0.005) ? 1.5 : r.nextDouble(-0.3, 0.3);           // R05: growth beyond 50 %
            u.previousCents[i] = Math.max(1, Math.round(Math.abs(c[0][i]) / (1 + g)));
            u.industries[i] = chance(r, 0.004) ? "9999" : codes[r.nextInt(codes.length)]; // R06
            int length = chance(r, 0.003) ? 2 : 4 + r.nextInt(17);                 // R07
            StringBuilder name = new StringBuilder(length);
            for (int k = 0; k < length; k++) {
                name.append((char) (0x4E00 + r.nextInt(0x51A5)));
            }
            u.names[i] = name.toString();
            u.zips[i] = chance(r, 0.003) ? String.format("%05d", r.nextInt(100_000))  // R08
                    : String.format("%06d", r.nextInt(1_000_000));
            if (repeatEvery > 0 && i > 0 && i % repeatEvery == 0) {
                u.copy(i - 1, i);
            }
        }
        return u;
    }

    private void copy(int from, int to) {
        ids[to] = ids[from];
        for (long[] column : cents) {
            column[to] = column[from];
        }
        previousCents[to] = previousCents[from];
        industries[to] = industries[from];
        names[to] = names[from];
        zips[to] = zips[from];
    }

    private static boolean chance(SplittableRandom r, double p) {
        return r.nextDouble() < p;
    }

    /** The number of records. */
    public int size() {
        return size;
    }

    /** The code list of rule R06. */
    public Set<String> industryList() {
        return INDUSTRY_LIST;
    }

    static String column(int c) {
        return String.format("B%02d", c + 1);
    }

    static BigDecimal decimal(long cents) {
        return BigDecimal.valueOf(cents, 2);
    }

    /** This month's records: {@code ID} (key), {@code B01 … B30}, {@code IND}, {@code NAME}, {@code ZIP}. */
    public ColumnarDataset dataset() {
        return build(NUMBERS, true);
    }

    /** Only {@code ID} (key) and {@code B01 … B(numbers)}: for memory figures. */
    public ColumnarDataset numbersOnly(int numbers) {
        return build(numbers, false);
    }

    private ColumnarDataset build(int numbers, boolean texts) {
        List<Column> columns = new ArrayList<>();
        columns.add(Column.of("ID", ColumnType.TEXT));
        for (int c = 0; c < numbers; c++) {
            columns.add(Column.of(column(c), ColumnType.NUMBER));
        }
        if (texts) {
            columns.add(Column.of("IND", ColumnType.TEXT));
            columns.add(Column.of("NAME", ColumnType.TEXT));
            columns.add(Column.of("ZIP", ColumnType.TEXT));
        }
        ColumnarDataset.Builder b = ColumnarDataset.builder(Schema.of(columns, List.of("ID")));
        Value[] row = new Value[columns.size()];
        for (int i = 0; i < size; i++) {
            row[0] = Value.of(ids[i]);
            for (int c = 0; c < numbers; c++) {
                row[1 + c] = Value.of(decimal(cents[c][i]));
            }
            if (texts) {
                row[1 + numbers] = Value.of(industries[i]);
                row[2 + numbers] = Value.of(names[i]);
                row[3 + numbers] = Value.of(zips[i]);
            }
            b.add(row);
        }
        return b.build();
    }

    /** Last month's records: {@code ID} (key) and {@code B01}, in the same order. */
    public ColumnarDataset previous() {
        ColumnarDataset.Builder b = ColumnarDataset.builder(Schema.of(
                List.of(Column.of("ID", ColumnType.TEXT), Column.of("B01", ColumnType.NUMBER)), List.of("ID")));
        for (int i = 0; i < size; i++) {
            b.add(Value.of(ids[i]), Value.of(decimal(previousCents[i])));
        }
        return b.build();
    }

    /** The records as Hibernate Validator beans (last month's {@code B01} joined in as {@code p01}). */
    public List<UnitBean> beans() {
        List<UnitBean> out = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            out.add(new UnitBean(ids[i], decimal(cents[0][i]), decimal(cents[1][i]), decimal(cents[2][i]),
                    decimal(cents[3][i]), decimal(cents[4][i]), decimal(cents[5][i]), decimal(cents[6][i]),
                    decimal(cents[7][i]), decimal(cents[8][i]), decimal(cents[9][i]), decimal(previousCents[i]),
                    industries[i], names[i], zips[i]));
        }
        return out;
    }

    /** The records as Aviator environments (last month's {@code B01} joined in as {@code P01}). */
    public List<Map<String, Object>> environments() {
        List<Map<String, Object>> out = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            Map<String, Object> env = new HashMap<>(32);
            env.put("ID", ids[i]);
            for (int c = 0; c < 10; c++) {
                env.put(column(c), decimal(cents[c][i]));
            }
            env.put("P01", decimal(previousCents[i]));
            env.put("IND", industries[i]);
            env.put("NAME", names[i]);
            env.put("ZIP", zips[i]);
            out.add(env);
        }
        return out;
    }
}
