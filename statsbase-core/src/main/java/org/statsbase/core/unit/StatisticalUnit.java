package org.statsbase.core.unit;

import java.util.Objects;
import java.util.Optional;
import org.statsbase.core.code.DivisionCode;
import org.statsbase.core.code.IndustryCode;
import org.statsbase.core.code.UnifiedSocialCreditCode;
import org.statsbase.core.error.CoreError;
import org.statsbase.core.error.StatsbaseException;

/**
 * A statistical unit as the business register 基本单位名录库 knows it: its register id, name,
 * kind ({@link UnitKind}), industry (GB/T 4754-2017 行业代码), location (统计用区划代码), its
 * 统一社会信用代码 (GB 32100-2015) where it has one — establishments and many individual businesses
 * have none of their own — and, for an 产业活动单位 (establishment), the register id of the 法人单位
 * it belongs to.
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
    private final DivisionCode location;
    private final UnifiedSocialCreditCode creditCode;
    private final String legalEntityId;

    private StatisticalUnit(String id, String name, UnitKind kind, IndustryCode industry, DivisionCode location,
            UnifiedSocialCreditCode creditCode, String legalEntityId) {
        this.id = id;
        this.name = name;
        this.kind = kind;
        this.industry = industry;
        this.location = location;
        this.creditCode = creditCode;
        this.legalEntityId = legalEntityId;
    }

    /**
     * A unit of any kind. Surrounding blanks of id, name and legal-entity id are removed.
     *
     * @param id the register id
     * @param name the unit's name
     * @param kind the kind of unit
     * @param industry the unit's industry code (GB/T 4754-2017)
     * @param location      the 统计用区划代码 of where the unit is (any level the register records)
     * @param creditCode    its 统一社会信用代码, if it has one
     * @param legalEntityId the legal entity's register id: required for an establishment, empty
     *                      for the other kinds
     * @return a unit of any kind
     * @throws StatsbaseException {@link CoreError#UNIT_ID_BLANK}, {@link CoreError#UNIT_NAME_BLANK},
     *         {@link CoreError#UNIT_LEGAL_ENTITY_REQUIRED}, {@link CoreError#UNIT_LEGAL_ENTITY_NOT_ALLOWED}
     *         or {@link CoreError#UNIT_OWN_LEGAL_ENTITY}
     */
    public static StatisticalUnit of(String id, String name, UnitKind kind, IndustryCode industry,
            DivisionCode location, Optional<UnifiedSocialCreditCode> creditCode, Optional<String> legalEntityId) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(industry, "industry");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(creditCode, "creditCode");
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
        return new StatisticalUnit(cleanId, cleanName, kind, industry, location, creditCode.orElse(null), owner);
    }

    /**
     * A 法人单位 without credit code (add one with {@link #withCreditCode}).
     *
     * @param id the register id
     * @param name the unit's name
     * @param industry the unit's industry code (GB/T 4754-2017)
     * @param location the 统计用区划代码 of where the unit is (any level the register records)
     * @return a 法人单位 without credit code (add one with {@link #withCreditCode})
     */
    public static StatisticalUnit legalEntity(String id, String name, IndustryCode industry, DivisionCode location) {
        return of(id, name, UnitKind.LEGAL_ENTITY, industry, location, Optional.empty(), Optional.empty());
    }

    /**
     * An 产业活动单位 belonging to the legal entity {@code legalEntityId}.
     *
     * @param id the register id
     * @param name the unit's name
     * @param industry the unit's industry code (GB/T 4754-2017)
     * @param location the 统计用区划代码 of where the unit is (any level the register records)
     * @param legalEntityId the legal entity's register id: required for an establishment, empty for the other kinds
     * @return an 产业活动单位 belonging to the legal entity {@code legalEntityId}
     */
    public static StatisticalUnit establishment(String id, String name, IndustryCode industry, DivisionCode location,
            String legalEntityId) {
        return of(id, name, UnitKind.ESTABLISHMENT, industry, location, Optional.empty(),
                Optional.of(Objects.requireNonNull(legalEntityId, "legalEntityId")));
    }

    /**
     * A 个体经营户 without credit code (add one with {@link #withCreditCode}).
     *
     * @param id the register id
     * @param name the unit's name
     * @param industry the unit's industry code (GB/T 4754-2017)
     * @param location the 统计用区划代码 of where the unit is (any level the register records)
     * @return a 个体经营户 without credit code (add one with {@link #withCreditCode})
     */
    public static StatisticalUnit individualBusiness(String id, String name, IndustryCode industry,
            DivisionCode location) {
        return of(id, name, UnitKind.INDIVIDUAL_BUSINESS, industry, location, Optional.empty(), Optional.empty());
    }

    /**
     * The register id (名录库编号), never blank.
     *
     * @return the register id (名录库编号), never blank
     */
    public String id() {
        return id;
    }

    /**
     * The name (详细名称), never blank.
     *
     * @return the name (详细名称), never blank
     */
    public String name() {
        return name;
    }

    /**
     * The kind of unit.
     *
     * @return the kind of unit
     */
    public UnitKind kind() {
        return kind;
    }

    /**
     * The industry (行业代码, GB/T 4754-2017).
     *
     * @return the industry (行业代码, GB/T 4754-2017)
     */
    public IndustryCode industry() {
        return industry;
    }

    /**
     * The 统计用区划代码 of the unit's location.
     *
     * @return the 统计用区划代码 of the unit's location
     */
    public DivisionCode location() {
        return location;
    }

    /**
     * The 统一社会信用代码, if the unit has one.
     *
     * @return the 统一社会信用代码, if the unit has one
     */
    public Optional<UnifiedSocialCreditCode> creditCode() {
        return Optional.ofNullable(creditCode);
    }

    /**
     * For an establishment, the register id of its legal entity; empty for the other kinds.
     *
     * @return the legal entity's register id; empty for the other kinds
     */
    public Optional<String> legalEntityId() {
        return Optional.ofNullable(legalEntityId);
    }

    /**
     * A copy with another industry code (the register records changes of main activity).
     *
     * @param newIndustry the industry code
     * @return a copy with another industry code (the register records changes of main activity)
     */
    public StatisticalUnit withIndustry(IndustryCode newIndustry) {
        return new StatisticalUnit(id, name, kind, Objects.requireNonNull(newIndustry, "newIndustry"), location,
                creditCode, legalEntityId);
    }

    /**
     * A copy with another location (the unit moved, or the division codes changed).
     *
     * @param newLocation the location's division code
     * @return a copy with another location (the unit moved, or the division codes changed)
     */
    public StatisticalUnit withLocation(DivisionCode newLocation) {
        return new StatisticalUnit(id, name, kind, industry, Objects.requireNonNull(newLocation, "newLocation"),
                creditCode, legalEntityId);
    }

    /**
     * A copy with this credit code.
     *
     * @param code the credit code
     * @return a copy with this credit code
     */
    public StatisticalUnit withCreditCode(UnifiedSocialCreditCode code) {
        return new StatisticalUnit(id, name, kind, industry, location, Objects.requireNonNull(code, "code"),
                legalEntityId);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StatisticalUnit other && id.equals(other.id) && name.equals(other.name)
                && kind == other.kind && industry.equals(other.industry) && location.equals(other.location)
                && Objects.equals(creditCode, other.creditCode) && Objects.equals(legalEntityId, other.legalEntityId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, name, kind, industry, location, creditCode, legalEntityId);
    }

    @Override
    public String toString() {
        return kind + " " + id + " " + name + " " + industry + " @" + location
                + (creditCode == null ? "" : " " + creditCode) + (legalEntityId == null ? "" : " of " + legalEntityId);
    }
}
