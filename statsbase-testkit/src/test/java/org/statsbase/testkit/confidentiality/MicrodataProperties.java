package org.statsbase.testkit.confidentiality;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.statsbase.confidentiality.table.AdditiveRelation;
import org.statsbase.confidentiality.table.Cell;
import org.statsbase.confidentiality.table.ContributionLevel;
import org.statsbase.confidentiality.table.Contribution;
import org.statsbase.confidentiality.table.Dimension;
import org.statsbase.confidentiality.table.Table;
import org.statsbase.core.code.DivisionCode;
import org.statsbase.core.code.DivisionLevel;
import org.statsbase.core.code.IndustryCode;
import org.statsbase.core.code.IndustryLevel;

/**
 * The microdata and table generators (issue 7 §4) against the tabulation of issue 7 §3: codes nest in their
 * hierarchies, every cell is the sum of its contributions, every margin the sum of its parts; and the
 * generators do produce what disclosure control is about — one- and two-contributor cells, empty cells,
 * dominant contributors, holdings.
 */
class MicrodataProperties {

    @Property(tries = 150)
    void codesNestInTheirHierarchies(@ForAll MicrodataSample sample) {
        for (Contribution c : sample.contributions()) {
            for (Dimension d : sample.dimensions()) {
                String code = c.codes().get(d.name());
                assertThat(code).isNotNull();
                if (d.name().equals("region")) {
                    DivisionCode township = DivisionCode.parse(code);
                    assertThat(township.level()).isEqualTo(DivisionLevel.TOWNSHIP);
                    assertThat(township.at(DivisionLevel.COUNTY)).hasValueSatisfying(county -> assertThat(township.isWithin(county)).isTrue());
                } else if (d.name().equals("industry")) {
                    IndustryCode division = IndustryCode.parse(code);
                    assertThat(division.level()).isEqualTo(IndustryLevel.DIVISION);
                    assertThat(division.at(IndustryLevel.SECTION)).hasValueSatisfying(s -> assertThat(division.isWithin(s)).isTrue());
                }
                assertThat(d.hierarchy().path(c.unitId(), d.name(), code)).hasSize(d.hierarchy().depth());
            }
        }
    }

    // A fixed seed: the coverage check is statistical, and a build must not fail by chance.
    @Property(tries = 150, seed = "20261127")
    void everyCellIsTheSumOfItsContributionsAndEveryMarginTheSumOfItsParts(@ForAll("withNegatives") MicrodataSample sample) {
        Table table = sample.table();
        assertThat(table.dimensions()).hasSizeBetween(1, 2);
        boolean small = false;
        boolean empty = false;
        boolean dominant = false;
        for (Cell cell : table.cells()) {
            assertThat(cell.value()).isEqualByComparingTo(sample.cellSum(cell.key()));
            int n = cell.contributorCount(ContributionLevel.UNIT);
            small |= n == 1 || n == 2;
            empty |= cell.isEmpty();
            dominant |= n >= 2 && cell.topContributions(ContributionLevel.UNIT, 1).get(0).abs()
                    .multiply(BigDecimal.valueOf(10)).compareTo(cell.value().abs().multiply(BigDecimal.valueOf(9))) > 0;
        }
        for (AdditiveRelation r : table.relations()) {
            BigDecimal parts = r.parts().stream().map(k -> table.cell(k).value()).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(table.cell(r.total()).value()).isEqualByComparingTo(parts);
        }
        Statistics.label("small cell").collect(small);
        if (table.dimensions().size() == 2) {
            // a one-dimensional table has only the categories that occur: empty cells need a cross-tabulation
            Statistics.label("empty cell in a two-dimensional table").collect(empty);
        }
        Statistics.label("dominant contributor").collect(dominant);
        Statistics.label("holdings").collect(sample.contributions().stream().anyMatch(c -> c.holdingId().isPresent()));
        Statistics.label("negative").collect(sample.hasNegative());
        Statistics.label("small cell").coverage(c -> c.check(true).percentage(p -> p > 50));
        Statistics.label("empty cell in a two-dimensional table").coverage(c -> c.check(true).percentage(p -> p > 10));
        Statistics.label("dominant contributor").coverage(c -> c.check(true).percentage(p -> p > 10));
        Statistics.label("holdings").coverage(c -> c.check(true).percentage(p -> p > 10));
        Statistics.label("negative").coverage(c -> c.check(true).percentage(p -> p > 4));
    }

    @Provide
    Arbitrary<MicrodataSample> withNegatives() {
        return Arbitraries.oneOf(Microdata.any(), Microdata.withNegatives());
    }

    @Provide
    Arbitrary<Table> oneDimensional() {
        return Tables.oneDimensional();
    }

    @Provide
    Arbitrary<Table> twoDimensional() {
        return Tables.twoDimensional();
    }

    @Provide
    Arbitrary<Table> district() {
        return Tables.districtTables();
    }

    @Property(tries = 60)
    void tablesHaveTheDimensionsTheirGeneratorPromises(@ForAll Table any, @ForAll("oneDimensional") Table one,
            @ForAll("twoDimensional") Table two, @ForAll("district") Table district) {
        assertThat(any.dimensions()).hasSizeBetween(1, 2);
        assertThat(any.cells()).allSatisfy(c -> assertThat(c.value().signum()).isNotNegative());
        assertThat(one.dimensions()).hasSize(1);
        assertThat(two.dimensions()).hasSize(2);
        assertThat(district.dimensions()).extracting(Dimension::name).containsExactly("region", "industry");
    }
}
