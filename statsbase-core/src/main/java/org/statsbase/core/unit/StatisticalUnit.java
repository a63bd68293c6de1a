package org.statsbase.core.unit;

import java.util.Objects;
import java.util.Optional;
import org.statsbase.core.code.IndustryCode;
import org.statsbase.core.error.CoreError;
import org.statsbase.core.error.StatsbaseException;

/**
 * A statistical unit as the business register 基本单位名录库 knows it: its register id, name,
 * kind ({@link UnitKind}), industry (GB/T 4754-2017) and, for an 产业活动单位 (establishment), the
 * register id of the 法人单位 it belongs to.
 *
 * <p>The unified social credit code and the location (division code) are not carried yet: they
 * arrive with those code types.
 *
 * <p>Invalid data (blank id or name, an establishment without its legal entity, a legal entity or
 * individual business naming one) is refused with a {@link StatsbaseException} of the 06xx block
 * of {@link CoreError}; {@code null} arguments are programmer errors ({@link NullPointerException}
 * naming the parameter).
 *
 * <p>Thread safety: immutable.
 */
public final class StatisticalUnit {

    private final String id;
    private final String name;
    private final UnitKind kind;
    private final IndustryCode industry;
    private final String legalEntityId;

    private StatisticalUnit(String id, String name, UnitKind kind, IndustryCode industry, String legalEntityId) {
        this.id = id;
        this.name = name;
        this.kind = kind;
        this.industry = industry;
        this.legalEntityId = legalEntityId;
    }

    /**
     * A unit of any kind. Surrounding blanks of id, name and legal-entity id are removed.
     *
     * @param legalEntityId the legal entity's register id: required for an establishment, empty
     *                      for the other kinds
     * @throws StatsbaseException {@link CoreError#UNIT_ID_BLANK}, {@link CoreError#UNIT_NAME_BLANK},
     *         {@link CoreError#UNIT_LEGAL_ENTITY_REQUIRED}, {@link CoreError#UNIT_LEGAL_ENTITY_NOT_ALLOWED}
     *         or {@link CoreError#UNIT_OWN_LEGAL_ENTITY}
     */
    public static StatisticalUnit of(String id, String name, UnitKind kind, IndustryCode industry,
            Optional<String> legalEntityId) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(industry, "industry");
        Objects.requireNonNull(legalEntityId, "legalEntityId");
        String cleanId = id.strip();
        if (cleanId.isEmpty()) {
            throw new StatsbaseException(CoreError.UNIT_ID_BLANK);
        }
        String cleanName = name.strip();
        if (cleanName.isEmpty()) {
            throw new StatsbaseException(CoreError.UNIT_NAME_BLANK, cleanId);
        }
        String owner = legalEntityId.map(String::strip).filter(s -> !s.isEmpty()).orElse(null);
        if (kind == UnitKind.ESTABLISHMENT) {
            if (owner == null) {
                throw new StatsbaseException(CoreError.UNIT_LEGAL_ENTITY_REQUIRED, cleanId);
            }
            if (owner.equals(cleanId)) {
                throw new StatsbaseException(CoreError.UNIT_OWN_LEGAL_ENTITY, cleanId);
            }
        } else if (owner != null) {
            throw new StatsbaseException(CoreError.UNIT_LEGAL_ENTITY_NOT_ALLOWED, cleanId, kind.nameZh(),
                    kind.nameEn());
        }
        return new StatisticalUnit(cleanId, cleanName, kind, industry, owner);
    }

    /** A 法人单位. */
    public static StatisticalUnit legalEntity(String id, String name, IndustryCode industry) {
        return of(id, name, UnitKind.LEGAL_ENTITY, industry, Optional.empty());
    }

    /** An 产业活动单位 belonging to the legal entity {@code legalEntityId}. */
    public static StatisticalUnit establishment(String id, String name, IndustryCode industry, String legalEntityId) {
        return of(id, name, UnitKind.ESTABLISHMENT, industry,
                Optional.of(Objects.requireNonNull(legalEntityId, "legalEntityId")));
    }

    /** A 个体经营户. */
    public static StatisticalUnit individualBusiness(String id, String name, IndustryCode industry) {
        return of(id, name, UnitKind.INDIVIDUAL_BUSINESS, industry, Optional.empty());
    }

    /** The register id (名录库编号), never blank. */
    public String id() {
        return id;
    }

    /** The name (详细名称), never blank. */
    public String name() {
        return name;
    }

    /** The kind of unit. */
    public UnitKind kind() {
        return kind;
    }

    /** The industry (行业代码, GB/T 4754-2017). */
    public IndustryCode industry() {
        return industry;
    }

    /** For an establishment, the register id of its legal entity; empty for the other kinds. */
    public Optional<String> legalEntityId() {
        return Optional.ofNullable(legalEntityId);
    }

    /** A copy with another industry code (the register records changes of main activity). */
    public StatisticalUnit withIndustry(IndustryCode newIndustry) {
        return new StatisticalUnit(id, name, kind, Objects.requireNonNull(newIndustry, "newIndustry"), legalEntityId);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StatisticalUnit other && id.equals(other.id) && name.equals(other.name)
                && kind == other.kind && industry.equals(other.industry)
                && Objects.equals(legalEntityId, other.legalEntityId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, name, kind, industry, legalEntityId);
    }

    @Override
    public String toString() {
        return kind + " " + id + " " + name + " " + industry + (legalEntityId == null ? "" : " of " + legalEntityId);
    }
}
