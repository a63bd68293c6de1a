package org.statsbase.testkit.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.statistics.Statistics;
import org.statsbase.validation.data.ColumnType;
import org.statsbase.validation.data.ColumnarDataset;
import org.statsbase.validation.data.RecordKey;
import org.statsbase.validation.data.Value;

/** What {@link Datasets} promises of the datasets it generates. */
class DatasetsProperties {

    private static final BigDecimal BOUND = BigDecimal.TEN.pow(12);

    @Property(tries = 300)
    void recordsHaveUniqueKeysAndFormSizedNumbers(@ForAll ColumnarDataset data) {
        Set<RecordKey> keys = new HashSet<>();
        for (int row = 0; row < data.size(); row++) {
            assertThat(keys.add(data.key(row))).as("key %s repeats", data.key(row)).isTrue();
            assertThat(data.find(data.key(row))).hasValue(row);
            for (int c = 0; c < data.schema().size(); c++) {
                Value v = data.value(row, c);
                Statistics.label("missing").collect(v.isMissing());
                if (v instanceof Value.Number n) {
                    assertThat(n.value().stripTrailingZeros().scale()).isLessThanOrEqualTo(4);
                    assertThat(n.value().abs()).isLessThan(BOUND);
                }
                if (v instanceof Value.Text t && data.schema().columns().get(c).type() == ColumnType.TEXT
                        && data.schema().keyColumns().contains(data.schema().columns().get(c).name())) {
                    Statistics.label("leading zero").collect(t.value().startsWith("0"));
                }
            }
        }
        Statistics.label("records").collect(data.size() == 0 ? "empty" : data.size() < 10 ? "few" : "many");
    }

    @Property(tries = 100)
    void theDescriptionShowsEveryRecord(@ForAll ColumnarDataset data) {
        String[] lines = Datasets.describe(data, 100).split("\n", -1);
        assertThat(lines).hasSize(data.size() + 1);
        for (int row = 0; row < data.size(); row++) {
            assertThat(lines[row + 1]).contains(data.key(row).values().get(0));
        }
    }

    @Property(tries = 100)
    void aShuffledCopyHoldsTheSameRecords(@ForAll ColumnarDataset data) {
        ColumnarDataset reversed = Datasets.reordered(data,
                java.util.stream.IntStream.range(0, data.size()).map(i -> data.size() - 1 - i).boxed().toList());
        assertThat(reversed.size()).isEqualTo(data.size());
        for (int row = 0; row < data.size(); row++) {
            int other = data.size() - 1 - row;
            assertThat(reversed.key(other)).isEqualTo(data.key(row));
            for (int c = 0; c < data.schema().size(); c++) {
                assertThat(reversed.value(other, c)).isEqualTo(data.value(row, c));
            }
        }
    }
}
