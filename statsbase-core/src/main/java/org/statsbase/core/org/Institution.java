package org.statsbase.core.org;

import java.util.Objects;
import java.util.Optional;
import org.statsbase.core.code.DivisionCode;
import org.statsbase.core.org.internal.OrgChecks;

/**
 * An office or body doing statistical work (国统字〔2021〕85号 二): its kind, name, the division
 * code (统计用区划代码) of the area it serves or lies in, its parent institution and its named
 * statistics head. Where it may stand in the tree is checked by {@link InstitutionDirectory}.
 *
 * <p>Thread safety: immutable.
 */
public final class Institution {

    private final InstitutionId id;
    private final InstitutionKind kind;
    private final String name;
    private final DivisionCode division;
    private final InstitutionId parent;
    private final StatisticsHead head;

    private Institution(InstitutionId id, InstitutionKind kind, String name, DivisionCode division,
            InstitutionId parent, StatisticsHead head) {
        this.id = Objects.requireNonNull(id, "id");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.name = OrgChecks.text(name, "机构名称", "institution name");
        this.division = Objects.requireNonNull(division, "division");
        this.parent = parent;
        this.head = Objects.requireNonNull(head, "head");
    }

    /**
     * An institution at the top of a tree, normally a county bureau.
     *
     * @param id the institution's id
     * @param kind its kind
     * @param name its name
     * @param division the division code of the area it serves
     * @param head its statistics head
     * @return an institution at the top of a tree, normally a county bureau
     * @throws org.statsbase.core.error.StatsbaseException {@code SB-CORE-0901} blank name
     */
    public static Institution root(InstitutionId id, InstitutionKind kind, String name, DivisionCode division,
            StatisticsHead head) {
        return new Institution(id, kind, name, division, null, head);
    }

    /**
     * A county bureau (县级统计局), the root of a county's tree.
     *
     * @param id the institution's id
     * @param name its name
     * @param county the county's division code
     * @param head its statistics head
     * @return a county bureau (县级统计局), the root of a county's tree
     */
    public static Institution countyBureau(InstitutionId id, String name, DivisionCode county, StatisticsHead head) {
        return root(id, InstitutionKind.COUNTY_BUREAU, name, county, head);
    }

    /**
     * An institution placed under {@code parent}.
     *
     * @param parent the institution it sits under
     * @param id the institution's id
     * @param kind its kind
     * @param name its name
     * @param division the division code of the area it serves
     * @param head its statistics head
     * @return an institution placed under {@code parent}
     * @throws org.statsbase.core.error.StatsbaseException {@code SB-CORE-0901} blank name
     */
    public static Institution under(InstitutionId parent, InstitutionId id, InstitutionKind kind, String name,
            DivisionCode division, StatisticsHead head) {
        return new Institution(id, kind, name, division, Objects.requireNonNull(parent, "parent"), head);
    }

    /**
     * The identifier.
     *
     * @return the identifier
     */
    public InstitutionId id() {
        return id;
    }

    /**
     * The kind.
     *
     * @return the kind
     */
    public InstitutionKind kind() {
        return kind;
    }

    /**
     * The name, for example 江北区统计局.
     *
     * @return the name, for example 江北区统计局
     */
    public String name() {
        return name;
    }

    /**
     * The division code of the area it serves (a bureau, station or post) or lies in.
     *
     * @return the division code of the area it serves (a bureau, station or post) or lies in
     */
    public DivisionCode division() {
        return division;
    }

    /**
     * The parent institution; empty for a root.
     *
     * @return the parent institution; empty for a root
     */
    public Optional<InstitutionId> parent() {
        return Optional.ofNullable(parent);
    }

    /**
     * The named statistics head (统计负责人).
     *
     * @return the named statistics head (统计负责人)
     */
    public StatisticsHead head() {
        return head;
    }

    /**
     * The same institution with another statistics head.
     *
     * @param newHead the new statistics head
     * @return the same institution with another statistics head
     */
    public Institution withHead(StatisticsHead newHead) {
        return new Institution(id, kind, name, division, parent, newHead);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Institution other && id.equals(other.id) && kind == other.kind
                && name.equals(other.name) && division.equals(other.division)
                && Objects.equals(parent, other.parent) && head.equals(other.head);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, kind, name, division, parent, head);
    }

    @Override
    public String toString() {
        return kind.nameEn() + " " + id + " " + name + " " + division + (parent == null ? "" : " under " + parent);
    }
}
