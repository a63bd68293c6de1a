package org.statsbase.validation.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;

class DatasetProperties {

    private static final DatasetReader BY_UNIT = DatasetReader.withKey("unit");

    /** Decimals of every magnitude the storage distinguishes: small, beyond 10^14, more than four decimals. */
    @Provide
    Arbitrary<BigDecimal> decimals() {
        Arbitrary<BigInteger> unscaled = Arbitraries.oneOf(
                Arbitraries.longs().between(-1_000_000_000L, 1_000_000_000L).map(BigInteger::valueOf),
                Arbitraries.longs().map(BigInteger::valueOf),
                Arbitraries.bigIntegers().between(BigInteger.TEN.pow(30).negate(), BigInteger.TEN.pow(30)));
        return Combinators.combine(unscaled, Arbitraries.integers().between(0, 12)).as(BigDecimal::new);
    }

    @Provide
    Arbitrary<List<Optional<BigDecimal>>> maybeDecimals() {
        return decimals().optional(0.8).list().ofMaxSize(30);
    }

    private static Dataset csv(String text) {
        return BY_UNIT.readCsv(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "p.csv").orElseThrow();
    }

    @Property
    void aNumberReadFromCsvEqualsTheDecimalOfItsText(@ForAll @Size(max = 30) List<@From("decimals") BigDecimal> numbers) {
        StringBuilder text = new StringBuilder("unit,x\n");
        for (int i = 0; i < numbers.size(); i++) {
            text.append('U').append(i).append(',').append(numbers.get(i).toPlainString()).append('\n');
        }
        Dataset data = csv(text.toString());
        assertThat(data.size()).isEqualTo(numbers.size());
        assertThat(data.schema().columns().get(1).type()).isEqualTo(ColumnType.NUMBER);
        for (int i = 0; i < numbers.size(); i++) {
            String cell = numbers.get(i).toPlainString();
            assertThat(((Value.Number) data.value(i, 1)).value().compareTo(new BigDecimal(cell))).as(cell).isZero();
        }
    }

    @Property
    void aNumberReadFromJsonLinesEqualsTheDecimalOfItsText(@ForAll("decimals") BigDecimal number) {
        String line = "{\"unit\":\"U\",\"x\":" + number + "}\n";
        Dataset data = BY_UNIT.readJsonLines(new ByteArrayInputStream(line.getBytes(StandardCharsets.UTF_8)), "p")
                .orElseThrow();
        assertThat(((Value.Number) data.value(0, 1)).value().compareTo(number)).isZero();
    }

    @Property
    void builtNumbersReadBackExactlyAndTheirScaledFormAgrees(
            @ForAll("maybeDecimals") List<Optional<BigDecimal>> numbers) {
        Schema schema = Schema.of(List.of(Column.of("x", ColumnType.NUMBER)), List.of());
        ColumnarDataset.Builder builder = ColumnarDataset.builder(schema);
        numbers.forEach(n -> builder.add(n.map(Value::of).orElse(Value.missing())));
        ColumnarDataset data = builder.build();
        for (int r = 0; r < numbers.size(); r++) {
            Optional<BigDecimal> expected = numbers.get(r);
            assertThat(data.isMissing(r, 0)).isEqualTo(expected.isEmpty());
            long scaled = data.scaledNumber(r, 0);
            if (expected.isEmpty()) {
                assertThat(scaled).isEqualTo(ColumnarDataset.NO_SCALED_VALUE);
                continue;
            }
            assertThat(data.value(r, 0)).isEqualTo(Value.of(expected.get()));
            boolean fits = expected.get().stripTrailingZeros().scale() <= ColumnarDataset.SCALE
                    && expected.get().abs().compareTo(BigDecimal.TEN.pow(14)) < 0;
            assertThat(scaled != ColumnarDataset.NO_SCALED_VALUE).isEqualTo(fits);
            if (fits) {
                assertThat(BigDecimal.valueOf(scaled, ColumnarDataset.SCALE).compareTo(expected.get())).isZero();
            }
        }
    }

    @Property
    void aCellWithALeadingZeroMakesItsColumnTextAndKeepsItsZeros(
            @ForAll @NumericChars @StringLength(min = 1, max = 12) String digits,
            @ForAll @Size(max = 5) List<@IntRange(min = 1, max = 999_999) Integer> others) {
        String code = "0" + digits;
        StringBuilder text = new StringBuilder("unit,code\nA,").append(code).append('\n');
        for (int i = 0; i < others.size(); i++) {
            text.append('B').append(i).append(',').append(others.get(i)).append('\n');
        }
        Dataset data = csv(text.toString());
        assertThat(data.schema().column("code")).contains(Column.of("code", ColumnType.TEXT));
        assertThat(data.value(0, 1)).isEqualTo(Value.of(code));
    }

    @Property
    void oneCellThatIsNoNumberMakesItsColumnText(
            @ForAll @Size(min = 1, max = 8) List<@IntRange(min = -99_999, max = 99_999) Integer> numbers,
            @ForAll @IntRange(min = 0, max = 8) int at,
            @ForAll("notNumbers") String word) {
        List<String> cells = new ArrayList<>(numbers.stream().map(String::valueOf).toList());
        Dataset plain = csv(table(cells));
        assertThat(plain.schema().column("x").orElseThrow().type()).isEqualTo(ColumnType.NUMBER);
        cells.add(Math.min(at, cells.size()), word);
        Dataset mixed = csv(table(cells));
        assertThat(mixed.schema().column("x").orElseThrow().type()).isEqualTo(ColumnType.TEXT);
        for (int r = 0; r < cells.size(); r++) {
            assertThat(mixed.value(r, 1)).isEqualTo(Value.of(cells.get(r)));
        }
    }

    @Provide
    Arbitrary<String> notNumbers() {
        return Arbitraries.oneOf(Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(6),
                Arbitraries.of("1e5", "1.", ".5", "1 000", "--1", "0x10", "１２", "NaN", "12%"));
    }

    private static String table(List<String> cells) {
        StringBuilder text = new StringBuilder("unit,x\n");
        for (int i = 0; i < cells.size(); i++) {
            text.append('U').append(i).append(",\"").append(cells.get(i)).append("\"\n");
        }
        return text.toString();
    }

    @Property
    void findGivesTheFirstRecordWithTheKey(@ForAll @Size(max = 40) List<@IntRange(min = 0, max = 9) Integer> ids) {
        Schema schema = Schema.of(List.of(Column.of("id", ColumnType.TEXT), Column.of("n", ColumnType.NUMBER)),
                List.of("id", "n"));
        ColumnarDataset.Builder builder = ColumnarDataset.builder(schema);
        ids.forEach(id -> builder.add(Value.of("U" + id % 5), Value.of(id / 5)));
        ColumnarDataset data = builder.build();
        for (int r = 0; r < ids.size(); r++) {
            int first = data.find(data.key(r)).orElseThrow();
            assertThat(data.key(first)).isEqualTo(data.key(r));
            assertThat(first).isLessThanOrEqualTo(r);
            for (int earlier = 0; earlier < first; earlier++) {
                assertThat(data.key(earlier)).isNotEqualTo(data.key(r));
            }
        }
        assertThat(data.repeatedKeys()).isEqualTo(ids.size() - (int) ids.stream().distinct().count());
        assertThat(data.find(new RecordKey(List.of("id", "n"), List.of("U9", "0")))).isEmpty();
    }
}
