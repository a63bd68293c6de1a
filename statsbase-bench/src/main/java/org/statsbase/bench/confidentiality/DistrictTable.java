package org.statsbase.bench.confidentiality;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.statsbase.confidentiality.suppression.SensitivityRules;
import org.statsbase.confidentiality.table.Contribution;
import org.statsbase.confidentiality.table.ContributionLevel;
import org.statsbase.confidentiality.table.Dimension;
import org.statsbase.confidentiality.table.Hierarchy;
import org.statsbase.confidentiality.table.Table;
import org.statsbase.core.code.DivisionLevel;
import org.statsbase.core.code.IndustryLevel;

/**
 * A synthetic district table with a two-level hierarchy on each side: 5 counties × 5 townships
 * (统计用区划代码, county → township) by 5 sections × 5 divisions (GB/T 4754-2017, section → division),
 * so 31 × 31 = 961 cells with every margin. Units per interior cell vary from 1 to 12 and their revenue
 * is log-normal, so small cells and dominated cells occur as in real township data. Seeded: the same
 * table every run.
 *
 * <p>Thread safety: immutable.
 *
 * @param table        the tabulated table
 * @param rules        {@code freq(3),nk(2,85),p(10)} at unit level
 * @param contributions the number of microdata rows
 */
public record DistrictTable(Table table, SensitivityRules rules, int contributions) {

    /** Seed of {@link #standard()}. */
    public static final long SEED = 20261127L;

    private static final String[] DIVISIONS = {"01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "13", "14", "15",
        "16", "17", "53", "54", "55", "56", "57", "86", "87", "88", "89", "90"};

    /** The standard table. */
    public static DistrictTable standard() {
        return of(SEED);
    }

    /** A table from {@code seed}. */
    public static DistrictTable of(long seed) {
        Random random = new Random(seed);
        List<Contribution> data = new ArrayList<>();
        int n = 0;
        for (int county = 1; county <= 5; county++) {
            for (int town = 1; town <= 5; town++) {
                String township = String.format("1101%02d%03d000", county, town);
                for (String division : DIVISIONS) {
                    int units = 1 + random.nextInt(random.nextInt(4) == 0 ? 3 : 12);
                    for (int u = 0; u < units; u++) {
                        long revenue = Math.round(Math.exp(6 + 1.5 * random.nextGaussian()));
                        data.add(Contribution.of("U" + n++, Map.of("township", township, "industry", division),
                                BigDecimal.valueOf(revenue)));
                    }
                }
            }
        }
        Table table = Table.tabulate(List.of(
                Dimension.of("township", Hierarchy.divisions(DivisionLevel.COUNTY, DivisionLevel.TOWNSHIP)),
                Dimension.of("industry", Hierarchy.industries(IndustryLevel.SECTION, IndustryLevel.DIVISION))), data);
        return new DistrictTable(table, SensitivityRules.parse("freq(3),nk(2,85),p(10)", ContributionLevel.UNIT), data.size());
    }
}
