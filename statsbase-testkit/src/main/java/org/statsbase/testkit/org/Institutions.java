package org.statsbase.testkit.org;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.statsbase.core.code.DivisionCode;
import org.statsbase.core.code.Province;
import org.statsbase.core.org.Institution;
import org.statsbase.core.org.InstitutionDirectory;
import org.statsbase.core.org.InstitutionId;
import org.statsbase.core.org.InstitutionKind;
import org.statsbase.core.org.StatisticsHead;

/**
 * Institution trees that obey every placement rule of {@link InstitutionDirectory}: two
 * neighbouring counties, each with a county bureau, one to four township stations, village
 * posts under them, county departments, possibly a park, and enterprises under stations and
 * parks. Names are synthetic.
 *
 * <p>Thread safety: stateless; the arbitraries are immutable.
 */
public final class Institutions {

    private Institutions() {
    }

    /**
     * Six-digit county-level division codes with a GB/T 2260 province prefix.
     *
     * @return county-level division codes
     */
    public static Arbitrary<DivisionCode> countyCodes() {
        return Combinators.combine(Arbitraries.of(Province.values()), Arbitraries.integers().between(1, 20),
                Arbitraries.integers().between(1, 98))
                .as((p, prefecture, county) -> DivisionCode.parse(p.codeText() + two(prefecture) + two(county)));
    }

    /**
     * A valid directory of two neighbouring counties (the second gives "another county bureau").
     *
     * @return institution directories of two counties
     */
    public static Arbitrary<InstitutionDirectory> directories() {
        return Combinators.combine(countyCodes(), counties(), counties())
                .as((code, first, second) -> {
                    List<Institution> all = new ArrayList<>(first.build(code));
                    String neighbour = code.canonical().substring(0, 4) + two(Integer.parseInt(code.countyDigits()) + 1);
                    all.addAll(second.build(DivisionCode.parse(neighbour)));
                    return InstitutionDirectory.of(all);
                });
    }

    private static Arbitrary<CountyPlan> counties() {
        Arbitrary<List<Integer>> townships = Arbitraries.integers().between(1, 599).set().ofMinSize(1).ofMaxSize(4)
                .map(List::copyOf);
        Arbitrary<List<Set<Integer>>> villages = Arbitraries.integers().between(1, 399).set().ofMaxSize(3)
                .list().ofSize(4);
        return Combinators.combine(townships, villages, Arbitraries.integers().between(0, 2),
                Arbitraries.integers().between(-1, 3), Arbitraries.integers().between(0, 3))
                .as(CountyPlan::new);
    }

    private static String two(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }

    private static String three(int n) {
        return n < 10 ? "00" + n : n < 100 ? "0" + n : Integer.toString(n);
    }

    private static StatisticsHead head(InstitutionId id) {
        return StatisticsHead.named("负责人-" + id.value());
    }

    /** The shape of one county; {@code park} is -1 for none, else the township index (mod size) it sits in. */
    private record CountyPlan(List<Integer> townships, List<Set<Integer>> villages, int departments, int park,
            int enterprises) {

        List<Institution> build(DivisionCode county) {
            String c = county.canonical().substring(0, 6);
            List<Institution> out = new ArrayList<>();
            InstitutionId bureau = InstitutionId.of("bureau-" + c);
            out.add(Institution.countyBureau(bureau, "统计局-" + c, county, head(bureau)));
            List<InstitutionId> stations = new ArrayList<>();
            for (int t = 0; t < townships.size(); t++) {
                String township = c + three(townships.get(t));
                InstitutionId station = InstitutionId.of("station-" + township);
                stations.add(station);
                out.add(Institution.under(bureau, station, InstitutionKind.TOWNSHIP_STATION, "统计站-" + township,
                        DivisionCode.parse(township), head(station)));
                for (int v : villages.get(t)) {
                    String village = township + three(v);
                    InstitutionId post = InstitutionId.of("post-" + village);
                    out.add(Institution.under(station, post, InstitutionKind.VILLAGE_POST, "统计岗-" + village,
                            DivisionCode.parse(village), head(post)));
                }
            }
            for (int d = 0; d < departments; d++) {
                InstitutionId dept = InstitutionId.of("dept-" + c + "-" + d);
                out.add(Institution.under(bureau, dept, InstitutionKind.COUNTY_DEPARTMENT, "部门-" + c + "-" + d,
                        county, head(dept)));
            }
            InstitutionId parkId = null;
            if (park >= 0) {
                parkId = InstitutionId.of("park-" + c);
                String where = c + three(townships.get(park % townships.size()));
                out.add(Institution.under(bureau, parkId, InstitutionKind.PARK, "园区-" + c,
                        DivisionCode.parse(where), head(parkId)));
            }
            for (int e = 0; e < enterprises; e++) {
                int t = e % townships.size();
                boolean inPark = parkId != null && e % 2 == 1;
                InstitutionId ent = InstitutionId.of("ent-" + c + "-" + e);
                InstitutionId parent = inPark ? parkId : stations.get(t);
                out.add(Institution.under(parent, ent, InstitutionKind.ENTERPRISE, "企业-" + c + "-" + e,
                        DivisionCode.parse(c + three(townships.get(t))), head(ent)));
            }
            return out;
        }
    }
}
