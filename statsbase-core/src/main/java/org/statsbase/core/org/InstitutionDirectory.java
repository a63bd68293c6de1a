package org.statsbase.core.org;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.statsbase.core.code.DivisionCode;
import org.statsbase.core.code.DivisionLevel;
import org.statsbase.core.error.CoreError;
import org.statsbase.core.error.StatsbaseException;

/**
 * The tree of institutions doing statistical work in a county (国统字〔2021〕85号 二 and 三（七）):
 * the county bureau, and under it township stations, county departments, parks, village posts
 * and enterprises — with lookups by id, children, parent chain and county bureau.
 *
 * <p>Placement rules, checked for every institution when a directory is built (all problems
 * are reported at once, see {@link InstitutionPlacementException}):
 * <ol>
 * <li>Identifiers are unique ({@link PlacementReason#DUPLICATE_ID}).</li>
 * <li>A county bureau is a root: it has no parent ({@link PlacementReason#PARENT_NOT_ALLOWED}); every
 *     other institution has a parent in the directory ({@link PlacementReason#PARENT_REQUIRED},
 *     {@link PlacementReason#PARENT_UNKNOWN}) of a kind {@link InstitutionKind#allowedParents()}
 *     allows ({@link PlacementReason#WRONG_PARENT_KIND}).</li>
 * <li>A county bureau's division is county-level; a prefecture-level code is accepted too,
 *     because a prefecture-level city without counties (东莞 4419, 中山 4420, 儋州 4604) has its
 *     townships directly under it and its bureau does the county bureau's work
 *     ({@link PlacementReason#WRONG_DIVISION_LEVEL}).</li>
 * <li>A township station's division is a township-level code directly below its county bureau's
 *     division: a township of that county (or of that city without counties)
 *     ({@link PlacementReason#WRONG_DIVISION_LEVEL}, {@link PlacementReason#OUTSIDE_PARENT}).</li>
 * <li>A village post's division is a village-level code directly below its township station's
 *     township.</li>
 * <li>A county department's division is its county bureau's division: it is a department of the
 *     same county government.</li>
 * <li>A park's division lies within its county bureau's division (the county itself or a township
 *     or village in it). A development zone with a county-level code of its own (county digits
 *     71–80) that runs its own statistics office is a county bureau of its own, not a park.</li>
 * <li>An enterprise's division lies within the area of the statistics body it reports to: its
 *     township station's township, its county bureau's county, or — parks have no division of
 *     their own as areas go — the county of the park's county bureau.</li>
 * </ol>
 * The level of a division code is the one its digits imply ({@link DivisionCode#level()}).
 *
 * <p>Thread safety: immutable.
 */
public final class InstitutionDirectory {

    private static final InstitutionDirectory EMPTY = new InstitutionDirectory(new LinkedHashMap<>());

    private final Map<InstitutionId, Institution> byId;
    private final Map<InstitutionId, List<Institution>> children;

    private InstitutionDirectory(LinkedHashMap<InstitutionId, Institution> byId) {
        this.byId = byId;
        Map<InstitutionId, List<Institution>> kids = new HashMap<>();
        for (Institution institution : byId.values()) {
            institution.parent().ifPresent(p -> kids.computeIfAbsent(p, k -> new ArrayList<>()).add(institution));
        }
        kids.replaceAll((k, v) -> List.copyOf(v));
        this.children = kids;
    }

    /**
     * The directory without institutions.
     *
     * @return the directory without institutions
     */
    public static InstitutionDirectory empty() {
        return EMPTY;
    }

    /**
     * A directory of {@code institutions}, in any order (a parent need not come before its
     * children).
     *
     * @param institutions the institutions, in any order
     * @return a directory of {@code institutions}, in any order
     * @throws InstitutionPlacementException listing every institution that breaks a placement rule
     */
    public static InstitutionDirectory of(Collection<Institution> institutions) {
        Objects.requireNonNull(institutions, "institutions");
        LinkedHashMap<InstitutionId, Institution> byId = new LinkedHashMap<>();
        List<PlacementProblem> problems = new ArrayList<>();
        for (Institution institution : institutions) {
            Objects.requireNonNull(institution, "institution");
            if (byId.putIfAbsent(institution.id(), institution) != null) {
                problems.add(new PlacementProblem(institution.id(), PlacementReason.DUPLICATE_ID, institution.id()));
            }
        }
        for (Institution institution : byId.values()) {
            check(institution, byId).ifPresent(problems::add);
        }
        if (!problems.isEmpty()) {
            throw new InstitutionPlacementException(problems);
        }
        return new InstitutionDirectory(byId);
    }

    /**
     * This directory with one more institution.
     *
     * @param institution the institution's id
     * @return a new directory; this one is unchanged
     * @throws InstitutionPlacementException if it breaks a placement rule
     */
    public InstitutionDirectory with(Institution institution) {
        List<Institution> all = new ArrayList<>(byId.values());
        all.add(Objects.requireNonNull(institution, "institution"));
        return of(all);
    }

    /**
     * The institution {@code id}, if present.
     *
     * @param id the institution's id
     * @return the institution {@code id}, if present
     */
    public Optional<Institution> find(InstitutionId id) {
        return Optional.ofNullable(byId.get(Objects.requireNonNull(id, "id")));
    }

    /**
     * The institution {@code id}.
     *
     * @param id the institution's id
     * @return the institution {@code id}
     * @throws StatsbaseException {@code SB-CORE-0905} if absent
     */
    public Institution require(InstitutionId id) {
        return find(id).orElseThrow(() -> new StatsbaseException(CoreError.ORG_UNKNOWN_INSTITUTION, id));
    }

    /**
     * Whether {@code id} is in the directory.
     *
     * @param id the institution's id
     * @return whether {@code id} is in the directory
     */
    public boolean contains(InstitutionId id) {
        return byId.containsKey(Objects.requireNonNull(id, "id"));
    }

    /**
     * Every institution, in the order given.
     *
     * @return every institution, in the order given
     */
    public List<Institution> all() {
        return List.copyOf(byId.values());
    }

    /**
     * The number of institutions.
     *
     * @return the number of institutions
     */
    public int size() {
        return byId.size();
    }

    /**
     * The roots (county bureaus), in the order given.
     *
     * @return the roots (county bureaus), in the order given
     */
    public List<Institution> roots() {
        return byId.values().stream().filter(i -> i.parent().isEmpty()).toList();
    }

    /**
     * The institutions of {@code kind}, in the order given.
     *
     * @param kind the kind
     * @return the institutions of {@code kind}, in the order given
     */
    public List<Institution> ofKind(InstitutionKind kind) {
        Objects.requireNonNull(kind, "kind");
        return byId.values().stream().filter(i -> i.kind() == kind).toList();
    }

    /**
     * The institutions placed directly under {@code id}, in the order given; empty for a leaf or an unknown id.
     *
     * @param id the institution's id
     * @return the institutions placed directly under {@code id}, in the order given
     */
    public List<Institution> children(InstitutionId id) {
        return children.getOrDefault(Objects.requireNonNull(id, "id"), List.of());
    }

    /**
     * Everything below {@code id}, depth first (parents before their children).
     *
     * @param id the institution's id
     * @return the institutions below {@code id}, parents before their children; empty for a leaf
     */
    public List<Institution> descendants(InstitutionId id) {
        List<Institution> out = new ArrayList<>();
        Deque<Institution> todo = new ArrayDeque<>();
        List<Institution> first = children(id);
        for (int i = first.size() - 1; i >= 0; i--) {
            todo.push(first.get(i));
        }
        while (!todo.isEmpty()) {
            Institution next = todo.pop();
            out.add(next);
            List<Institution> kids = children(next.id());
            for (int i = kids.size() - 1; i >= 0; i--) {
                todo.push(kids.get(i));
            }
        }
        return out;
    }

    /**
     * The parent of {@code id}; empty for a root or an unknown id.
     *
     * @param id the institution's id
     * @return the parent of {@code id}; empty for a root or an unknown id
     */
    public Optional<Institution> parent(InstitutionId id) {
        return find(id).flatMap(Institution::parent).map(byId::get);
    }

    /**
     * The parent chain of {@code id}, nearest first, up to its root; empty for a root or an unknown id.
     *
     * @param id the institution's id
     * @return the parent chain of {@code id}, nearest first, up to its root
     */
    public List<Institution> ancestors(InstitutionId id) {
        List<Institution> chain = new ArrayList<>();
        Optional<Institution> next = parent(id);
        while (next.isPresent()) {
            chain.add(next.get());
            next = parent(next.get().id());
        }
        return chain;
    }

    /**
     * The county bureau {@code id} belongs to (itself, for a county bureau); empty for an unknown id.
     *
     * @param id the institution's id
     * @return the county bureau {@code id} belongs to (itself, for a county bureau)
     */
    public Optional<Institution> countyBureauOf(InstitutionId id) {
        Optional<Institution> self = find(id);
        if (self.isEmpty() || self.get().kind() == InstitutionKind.COUNTY_BUREAU) {
            return self;
        }
        return ancestors(id).stream().filter(i -> i.kind() == InstitutionKind.COUNTY_BUREAU).findFirst();
    }

    private static Optional<PlacementProblem> check(Institution inst, Map<InstitutionId, Institution> byId) {
        InstitutionKind kind = inst.kind();
        DivisionCode division = inst.division();
        if (kind.isRoot()) {
            if (inst.parent().isPresent()) {
                return problem(inst, PlacementReason.PARENT_NOT_ALLOWED, inst.parent().get());
            }
            if (division.level() != DivisionLevel.COUNTY && division.level() != DivisionLevel.PREFECTURE) {
                return problem(inst, PlacementReason.WRONG_DIVISION_LEVEL, division,
                        "县级（无辖县的地级市为地级）", "county (prefecture for a city without counties)",
                        division.level().nameZh(), levelEn(division.level()));
            }
            return Optional.empty();
        }
        Set<InstitutionKind> allowed = kind.allowedParents();
        if (inst.parent().isEmpty()) {
            return problem(inst, PlacementReason.PARENT_REQUIRED,
                    InstitutionKind.namesZh(allowed), InstitutionKind.namesEn(allowed));
        }
        InstitutionId parentId = inst.parent().get();
        Institution parent = byId.get(parentId);
        if (parent == null) {
            return Optional.of(new PlacementProblem(inst.id(), PlacementReason.PARENT_UNKNOWN, inst.id(), parentId));
        }
        if (!allowed.contains(parent.kind())) {
            return problem(inst, PlacementReason.WRONG_PARENT_KIND, InstitutionKind.namesZh(allowed),
                    InstitutionKind.namesEn(allowed), parentId, parent.kind().nameZh(), parent.kind().nameEn());
        }
        switch (kind) {
            case TOWNSHIP_STATION:
                return directlyBelow(inst, parent, DivisionLevel.TOWNSHIP);
            case VILLAGE_POST:
                return directlyBelow(inst, parent, DivisionLevel.VILLAGE);
            case COUNTY_DEPARTMENT:
                return division.equals(parent.division()) ? Optional.empty()
                        : outside(inst, parent, parent.division(), "与之相同", "be the same");
            case PARK:
                return within(inst, parent, parent.division());
            default: // ENTERPRISE
                if (parent.kind() == InstitutionKind.PARK) {
                    Institution bureau = parent.parent().map(byId::get).orElse(null);
                    // a park without a resolvable bureau is reported on its own account
                    return bureau == null ? Optional.empty() : within(inst, parent, bureau.division());
                }
                return within(inst, parent, parent.division());
        }
    }

    private static Optional<PlacementProblem> directlyBelow(Institution inst, Institution parent, DivisionLevel level) {
        DivisionCode division = inst.division();
        if (division.level() != level) {
            return problem(inst, PlacementReason.WRONG_DIVISION_LEVEL, division, level.nameZh(), levelEn(level),
                    division.level().nameZh(), levelEn(division.level()));
        }
        return division.parent().filter(parent.division()::equals).isPresent() ? Optional.empty()
                : outside(inst, parent, parent.division(), "为其直接下级", "lie directly below it");
    }

    private static Optional<PlacementProblem> within(Institution inst, Institution parent, DivisionCode area) {
        return inst.division().isWithin(area) ? Optional.empty()
                : outside(inst, parent, area, "在其范围内", "lie within it");
    }

    private static Optional<PlacementProblem> outside(Institution inst, Institution parent, DivisionCode area,
            String ruleZh, String ruleEn) {
        return problem(inst, PlacementReason.OUTSIDE_PARENT, inst.division(), parent.id(), area, ruleZh, ruleEn);
    }

    /** Arguments {0} id, {1} kind zh, {2} kind en, then {@code more} from {3}. */
    private static Optional<PlacementProblem> problem(Institution inst, PlacementReason reason, Object... more) {
        Object[] args = new Object[3 + more.length];
        args[0] = inst.id();
        args[1] = inst.kind().nameZh();
        args[2] = inst.kind().nameEn();
        System.arraycopy(more, 0, args, 3, more.length);
        return Optional.of(new PlacementProblem(inst.id(), reason, args));
    }

    private static String levelEn(DivisionLevel level) {
        return level.name().toLowerCase(Locale.ROOT);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof InstitutionDirectory other && byId.equals(other.byId);
    }

    @Override
    public int hashCode() {
        return byId.hashCode();
    }

    @Override
    public String toString() {
        return "InstitutionDirectory[" + byId.size() + " institution(s)]";
    }
}
