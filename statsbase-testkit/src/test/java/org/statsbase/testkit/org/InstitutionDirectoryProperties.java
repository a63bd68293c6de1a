package org.statsbase.testkit.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.statsbase.core.code.DivisionCode;
import org.statsbase.core.code.DivisionLevel;
import org.statsbase.core.org.Institution;
import org.statsbase.core.org.InstitutionDirectory;
import org.statsbase.core.org.InstitutionKind;
import org.statsbase.core.org.InstitutionPlacementException;
import org.statsbase.core.org.PlacementProblem;
import org.statsbase.core.org.PlacementReason;

/**
 * 国统字〔2021〕85号 二 and the placement rules of {@link InstitutionDirectory}: county bureau →
 * township station → village post, everything placed by division code.
 */
class InstitutionDirectoryProperties {

    @Property(tries = 100)
    void aTownshipStationServesATownshipOfItsCountyBureausCounty(@ForAll InstitutionDirectory directory) {
        for (Institution station : directory.ofKind(InstitutionKind.TOWNSHIP_STATION)) {
            Institution bureau = directory.parent(station.id()).orElseThrow();
            assertThat(bureau.kind()).isEqualTo(InstitutionKind.COUNTY_BUREAU);
            assertThat(station.division().level()).isEqualTo(DivisionLevel.TOWNSHIP);
            assertThat(station.division().parent()).contains(bureau.division());
        }
    }

    @Property(tries = 100)
    void aVillagePostServesAVillageOfItsStationsTownship(@ForAll InstitutionDirectory directory) {
        for (Institution post : directory.ofKind(InstitutionKind.VILLAGE_POST)) {
            Institution station = directory.parent(post.id()).orElseThrow();
            assertThat(station.kind()).isEqualTo(InstitutionKind.TOWNSHIP_STATION);
            assertThat(post.division().parent()).contains(station.division());
        }
    }

    @Property(tries = 100)
    void everyInstitutionLeadsUpToExactlyOneCountyBureau(@ForAll InstitutionDirectory directory) {
        int below = 0;
        for (Institution root : directory.roots()) {
            assertThat(root.kind()).isEqualTo(InstitutionKind.COUNTY_BUREAU);
            below += directory.descendants(root.id()).size();
        }
        assertThat(below + directory.roots().size()).isEqualTo(directory.size());
        for (Institution any : directory.all()) {
            List<Institution> chain = directory.ancestors(any.id());
            Institution top = chain.isEmpty() ? any : chain.get(chain.size() - 1);
            assertThat(directory.countyBureauOf(any.id())).contains(top);
            assertThat(any.division().isWithin(top.division())).isTrue();
        }
    }

    @Property(tries = 50)
    void theOrderInstitutionsAreGivenInDoesNotMatter(@ForAll InstitutionDirectory directory, @ForAll long seed) {
        List<Institution> shuffled = new ArrayList<>(directory.all());
        Collections.shuffle(shuffled, new Random(seed));
        assertThat(InstitutionDirectory.of(shuffled)).isEqualTo(directory);
    }

    @Property(tries = 50)
    void aStationMovedToTheNeighbouringCountyIsRefused(@ForAll InstitutionDirectory directory) {
        Institution station = directory.ofKind(InstitutionKind.TOWNSHIP_STATION).get(0);
        Institution bureau = directory.parent(station.id()).orElseThrow();
        Institution other = directory.roots().stream().filter(r -> !r.equals(bureau)).findFirst().orElseThrow();
        DivisionCode elsewhere = DivisionCode.parse(other.division().canonical().substring(0, 6)
                + station.division().townshipDigits());
        List<Institution> all = new ArrayList<>(directory.all());
        all.set(all.indexOf(station), Institution.under(bureau.id(), station.id(), station.kind(), station.name(),
                elsewhere, station.head()));
        InstitutionPlacementException e = catchThrowableOfType(InstitutionPlacementException.class,
                () -> InstitutionDirectory.of(all));
        assertThat(e).isNotNull();
        assertThat(e.problems()).extracting(PlacementProblem::institution, PlacementProblem::reason)
                .contains(tuple(station.id(), PlacementReason.OUTSIDE_PARENT));
    }

    @Property(tries = 50)
    void aSecondCopyOfAnyInstitutionIsRefused(@ForAll InstitutionDirectory directory, @ForAll long pick) {
        Institution any = directory.all().get((int) Math.floorMod(pick, (long) directory.size()));
        InstitutionPlacementException e = catchThrowableOfType(InstitutionPlacementException.class,
                () -> directory.with(any));
        assertThat(e.reason()).isEqualTo(PlacementReason.DUPLICATE_ID);
        assertThat(e.problems()).hasSize(1);
    }
}
