package org.statsbase.testkit.confidentiality;

import net.jqwik.api.Arbitrary;
import org.statsbase.confidentiality.table.Table;

/**
 * Tables with all margins ({@link Table#tabulate}) of the {@link Microdata} samples, for disclosure
 * control (统计法 第二十五条; issue 7 §3). Properties that must recompute a cell from the microdata use
 * {@link Microdata} and {@link MicrodataSample#table()} instead.
 *
 * <p>Thread safety: stateless; the arbitraries are immutable.
 */
public final class Tables {

    private Tables() {
    }

    /**
     * Tables over one or two dimensions, flat or hierarchical, non-negative values.
     *
     * @return tables of every shape
     */
    public static Arbitrary<Table> any() {
        return Microdata.any().map(MicrodataSample::table);
    }

    /**
     * Tables over one dimension (flat, divisions or industries).
     *
     * @return one-dimensional tables
     */
    public static Arbitrary<Table> oneDimensional() {
        return Microdata.oneDimensional().map(MicrodataSample::table);
    }

    /**
     * Tables over two dimensions.
     *
     * @return two-dimensional tables
     */
    public static Arbitrary<Table> twoDimensional() {
        return Microdata.twoDimensional().map(MicrodataSample::table);
    }

    /**
     * District tables: county → township × section → division.
     *
     * @return district tables
     */
    public static Arbitrary<Table> districtTables() {
        return Microdata.byDivisionAndIndustry().map(MicrodataSample::table);
    }

    /**
     * Tables in which some contributions are negative.
     *
     * @return tables with negative contributions
     */
    public static Arbitrary<Table> withNegatives() {
        return Microdata.withNegatives().map(MicrodataSample::table);
    }
}
