package org.statsbase.testkit.reporting;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.statsbase.core.code.DivisionCode;
import org.statsbase.core.code.DivisionLevel;
import org.statsbase.core.org.PersonId;
import org.statsbase.reporting.Actor;
import org.statsbase.reporting.Role;
import org.statsbase.testkit.code.DivisionCodes;

/**
 * Arbitraries of the people who act in a reporting cycle ({@link Actor}): a unit's own staff in the
 * three signing capacities of 统计法 2009 第二十一条 (填表人, 统计负责人, 单位负责人), township and county
 * reviewers whose jurisdiction does or does not cover a unit (国统字〔2012〕12号: reviewers review the
 * units of their area and never edit), proxy fillers (the defence-industry exception of red line 3)
 * and the statistics office.
 *
 * <p>Person ids look like the staff numbers of a user's own system ({@code zhang.wei.0417}), not like
 * ASCII noise, so that failure reports read like the office's own records.
 *
 * <pre>
 * &#64;Property
 * void reviewersOutsideTheirAreaAreRefused(&#64;ForAll("outsiders") Actor reviewer) { ... }
 *
 * &#64;Provide
 * Arbitrary&lt;Actor&gt; outsiders() {
 *     return Actors.reviewersNotCovering(DivisionCode.parse("500105001001"));
 * }
 * </pre>
 *
 * <p>Thread safety: stateless; the arbitraries are immutable.
 */
public final class Actors {

    private static final List<String> SURNAMES = List.of("wang", "li", "zhang", "liu", "chen", "yang", "huang",
            "zhao", "wu", "zhou", "xu", "sun", "ma", "zhu", "hu", "guo", "he", "luo", "gao", "lin");
    private static final List<String> GIVEN = List.of("wei", "fang", "na", "min", "jing", "li", "qiang", "lei",
            "jun", "yang", "yong", "yan", "jie", "juan", "tao", "ming", "chao", "xiuying", "hua", "ping");

    private Actors() {
    }

    /**
     * Staff-number-like person ids: {@code surname.given.NNNN}, e.g. {@code zhang.wei.0417}.
     *
     * @return person ids
     */
    public static Arbitrary<PersonId> personIds() {
        return Combinators.combine(Arbitraries.of(SURNAMES), Arbitraries.of(GIVEN),
                        Arbitraries.integers().between(1, 9999))
                .as((s, g, n) -> PersonId.of(s + "." + g + "." + String.format("%04d", n)));
    }

    /**
     * The respondent roles: 填表人, 统计负责人, 单位负责人.
     *
     * @return the three respondent roles
     */
    public static Arbitrary<Role> respondentRoles() {
        return Arbitraries.of(Role.FILLER, Role.STATISTICS_LEAD, Role.UNIT_HEAD);
    }

    /**
     * Staff of {@code unitId} in any respondent role.
     *
     * @param unitId the unit's register id
     * @return actors of {@code unitId}
     */
    public static Arbitrary<Actor> staffOf(String unitId) {
        Objects.requireNonNull(unitId, "unitId");
        return Combinators.combine(personIds(), respondentRoles()).as((p, r) -> Actor.staff(p, r, unitId));
    }

    /**
     * Staff of {@code unitId} in {@code role}.
     *
     * @param unitId the unit's register id
     * @param role a respondent role
     * @return actors of {@code unitId} in {@code role}
     * @throws IllegalArgumentException when {@code role} is no respondent role
     */
    public static Arbitrary<Actor> staffOf(String unitId, Role role) {
        Objects.requireNonNull(unitId, "unitId");
        Objects.requireNonNull(role, "role");
        if (!role.isRespondent()) {
            throw new IllegalArgumentException(role + " is no respondent role");
        }
        return personIds().map(p -> Actor.staff(p, role, unitId));
    }

    /**
     * Staff, in any respondent role, of some unit other than {@code unitId}.
     *
     * @param unitId the unit whose staff are excluded
     * @return actors of other units
     */
    public static Arbitrary<Actor> staffOfOtherUnits(String unitId) {
        Objects.requireNonNull(unitId, "unitId");
        Arbitrary<String> others = Arbitraries.oneOf(
                Arbitraries.strings().numeric().ofLength(6).map(n -> "U" + n),
                Arbitraries.just(unitId + "-branch"),
                Arbitraries.just("91500105MA5U0000X"));
        return Combinators.combine(personIds(), respondentRoles(), others.filter(o -> !o.equals(unitId)))
                .as((p, r, u) -> Actor.staff(p, r, u));
    }

    /**
     * Township and county reviewers whose jurisdiction covers {@code location}: the township station
     * and the county bureau above it (or the location itself, when it is a county or higher).
     *
     * @param location the unit's location
     * @return reviewers who may review a unit at {@code location}
     */
    public static Arbitrary<Actor> reviewersCovering(DivisionCode location) {
        Objects.requireNonNull(location, "location");
        List<Arbitrary<Actor>> choices = new ArrayList<>();
        location.at(DivisionLevel.TOWNSHIP).ifPresent(t -> choices.add(officials(Role.TOWNSHIP_REVIEWER, t)));
        location.at(DivisionLevel.COUNTY).ifPresent(c -> choices.add(officials(Role.COUNTY_REVIEWER, c)));
        if (choices.isEmpty()) {
            choices.add(officials(Role.COUNTY_REVIEWER, location));
        }
        return Arbitraries.oneOf(choices);
    }

    /**
     * Township and county reviewers whose jurisdiction does not cover {@code location}: a neighbouring
     * township or county, or any division elsewhere.
     *
     * @param location the unit's location
     * @return reviewers who may not review a unit at {@code location}
     */
    public static Arbitrary<Actor> reviewersNotCovering(DivisionCode location) {
        Objects.requireNonNull(location, "location");
        Arbitrary<DivisionCode> elsewhere = Arbitraries.oneOf(
                DivisionCodes.atLevel(DivisionLevel.TOWNSHIP), DivisionCodes.atLevel(DivisionLevel.COUNTY))
                .filter(j -> !location.isWithin(j));
        Arbitrary<Role> roles = Arbitraries.of(Role.TOWNSHIP_REVIEWER, Role.COUNTY_REVIEWER);
        Arbitrary<DivisionCode> neighbours = neighbours(location);
        return Combinators.combine(personIds(), roles, Arbitraries.oneOf(neighbours, elsewhere))
                .as((p, r, j) -> Actor.official(p, r, j));
    }

    /**
     * Proxy fillers (代填人) of the statistics body covering {@code jurisdiction}.
     *
     * @param jurisdiction the statistics body's division
     * @return proxy fillers of that body
     */
    public static Arbitrary<Actor> proxyFillers(DivisionCode jurisdiction) {
        return officials(Role.PROXY_FILLER, Objects.requireNonNull(jurisdiction, "jurisdiction"));
    }

    /**
     * People of the statistics office (统计机构) covering {@code jurisdiction}.
     *
     * @param jurisdiction the statistics office's division
     * @return members of that office
     */
    public static Arbitrary<Actor> offices(DivisionCode jurisdiction) {
        return officials(Role.OFFICE, Objects.requireNonNull(jurisdiction, "jurisdiction"));
    }

    /**
     * People of a statistics body covering {@code jurisdiction}: reviewers, the office, proxy fillers.
     *
     * @param jurisdiction the statistics body's division
     * @return officials of that body
     */
    public static Arbitrary<Actor> officials(DivisionCode jurisdiction) {
        Objects.requireNonNull(jurisdiction, "jurisdiction");
        return Arbitraries.of(Role.TOWNSHIP_REVIEWER, Role.COUNTY_REVIEWER, Role.OFFICE, Role.PROXY_FILLER)
                .flatMap(r -> officials(r, jurisdiction));
    }

    /**
     * Any actor: staff of some unit, or a reviewer, office member or proxy filler of some county or
     * township (never {@link Role#SYSTEM}, which records but does not take steps).
     *
     * @return actors of every role but {@link Role#SYSTEM}
     */
    public static Arbitrary<Actor> any() {
        Arbitrary<String> units = Arbitraries.oneOf(Arbitraries.strings().numeric().ofLength(6).map(n -> "U" + n),
                Arbitraries.of("U1", "U2", "DEF", "LATE"));
        Arbitrary<DivisionCode> areas = Arbitraries.oneOf(DivisionCodes.atLevel(DivisionLevel.COUNTY),
                DivisionCodes.atLevel(DivisionLevel.TOWNSHIP));
        return Arbitraries.frequencyOf(
                Tuple.of(3, units.flatMap(Actors::staffOf)),
                Tuple.of(2, areas.flatMap(Actors::officials)));
    }

    private static Arbitrary<Actor> officials(Role role, DivisionCode jurisdiction) {
        return personIds().map(p -> Actor.official(p, role, jurisdiction));
    }

    /** Siblings of the location's township and county: the reviewer next door. */
    private static Arbitrary<DivisionCode> neighbours(DivisionCode location) {
        List<DivisionCode> near = new ArrayList<>();
        for (DivisionLevel level : List.of(DivisionLevel.TOWNSHIP, DivisionLevel.COUNTY)) {
            location.at(level).ifPresent(own -> {
                String digits = own.canonical();
                int width = level == DivisionLevel.TOWNSHIP ? 3 : 2;
                int end = level.digits();
                int start = end - width;
                int n = Integer.parseInt(digits.substring(start, end));
                for (int delta : new int[] {1, 2}) {
                    int other = n + delta;
                    if (other < Math.pow(10, width)) {
                        String code = digits.substring(0, start) + String.format("%0" + width + "d", other)
                                + digits.substring(end);
                        DivisionCode.check(code).value().filter(c -> !location.isWithin(c)).ifPresent(near::add);
                    }
                }
            });
        }
        if (near.isEmpty()) {
            return DivisionCodes.atLevel(DivisionLevel.COUNTY).filter(j -> !location.isWithin(j));
        }
        return Arbitraries.of(near);
    }
}
