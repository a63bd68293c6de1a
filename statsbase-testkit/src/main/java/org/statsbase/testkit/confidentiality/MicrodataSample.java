package org.statsbase.testkit.confidentiality;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.statsbase.confidentiality.table.CellKey;
import org.statsbase.confidentiality.table.Contribution;
import org.statsbase.confidentiality.table.Dimension;
import org.statsbase.confidentiality.table.Table;

/**
 * Generated unit-level microdata together with the dimensions it is tabulated over (统计法 第二十五条:
 * the input of disclosure control, issue 7 §3). {@link #cellSum} recomputes a cell's value from the
 * microdata without {@link Table}, so that properties can check the tabulation independently.
 *
 * <p>Thread safety: immutable.
 *
 * @param dimensions    the dimensions, in table order
 * @param contributions the contributions; each has a code for every dimension
 */
public record MicrodataSample(List<Dimension> dimensions, List<Contribution> contributions) {

    /**
     * Copies the lists.
     *
     * @param dimensions the dimensions, in table order
     * @param contributions the contributions; each has a code for every dimension
     */
    public MicrodataSample {
        dimensions = List.copyOf(Objects.requireNonNull(dimensions, "dimensions"));
        contributions = List.copyOf(Objects.requireNonNull(contributions, "contributions"));
    }

    /**
     * The same dimensions over other contributions (for example the same ones shuffled).
     *
     * @param other the contributions, each with a code for every dimension
     * @return a new sample; this one is unchanged
     */
    public MicrodataSample withContributions(List<Contribution> other) {
        return new MicrodataSample(dimensions, other);
    }

    /**
     * {@link Table#tabulate} of this sample.
     *
     * @return the tabulated sample
     */
    public Table table() {
        return Table.tabulate(dimensions, contributions);
    }

    /**
     * Whether some contribution is negative.
     *
     * @return {@code true} when at least one contribution is below 0
     */
    public boolean hasNegative() {
        return contributions.stream().anyMatch(c -> c.value().signum() < 0);
    }

    /**
     * The sum of the contributions that fall into {@code key}, found by walking each contribution's
     * hierarchy path — independent of the tabulation.
     *
     * @param key a cell of the sample's table
     * @return the sum, 0 for a cell no contribution falls into
     */
    public BigDecimal cellSum(CellKey key) {
        Objects.requireNonNull(key, "key");
        BigDecimal sum = BigDecimal.ZERO;
        for (Contribution x : contributions) {
            boolean inside = true;
            for (int d = 0; d < dimensions.size() && inside; d++) {
                if (key.category(d).isTotal()) {
                    continue;
                }
                Dimension dim = dimensions.get(d);
                List<String> path = dim.hierarchy().path(x.unitId(), dim.name(), x.codes().get(dim.name()));
                inside = path.get(key.category(d).depth() - 1).equals(key.category(d).code());
            }
            if (inside) {
                sum = sum.add(x.value());
            }
        }
        return sum;
    }

    @Override
    public String toString() {
        return dimensions + " × " + contributions.size() + " contributions " + contributions;
    }
}
