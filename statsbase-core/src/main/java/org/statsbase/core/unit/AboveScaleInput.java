package org.statsbase.core.unit;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.statsbase.core.code.IndustryCode;
import org.statsbase.core.internal.text.NumberText;
import org.statsbase.core.unit.internal.Amounts;

/**
 * What {@link AboveScaleClassifier} needs to know about a unit: its industry, its annual revenue
 * in 万元 (where the category has a threshold), its kind (legal entity unless said otherwise),
 * whether it holds a construction qualification (meaningful for section E only) and whether it has
 * real-estate development activity (meaningful for 7010 only).
 *
 * <p>Start from {@link #of(IndustryCode)}; every {@code with…} returns a new instance.
 *
 * <p>The revenue is checked as it is given: not negative, at most {@link #MAX_REVENUE} (10^12
 * 万元, a hundred times China's yearly GDP) and at most {@value #MAX_DECIMALS} decimals (万元 to
 * the 分). A value outside can only be a typing or conversion error, never a real unit.
 *
 * <p>Thread safety: immutable.
 */
public final class AboveScaleInput {

    /** The largest revenue accepted: 10^12 万元. */
    public static final BigDecimal MAX_REVENUE = Amounts.MAX;

    /** The most decimal places accepted in a revenue (万元 to the 分). */
    public static final int MAX_DECIMALS = Amounts.MAX_DECIMALS;

    private final IndustryCode industry;
    private final BigDecimal revenue;
    private final UnitKind unitKind;
    private final boolean qualified;
    private final boolean developmentActivity;

    private AboveScaleInput(IndustryCode industry, BigDecimal revenue, UnitKind unitKind, boolean qualified,
            boolean developmentActivity) {
        this.industry = industry;
        this.revenue = revenue;
        this.unitKind = unitKind;
        this.qualified = qualified;
        this.developmentActivity = developmentActivity;
    }

    /**
     * A legal entity of this industry, no revenue given, no qualification, no development activity.
     *
     * @param industry the unit's industry code (GB/T 4754-2017)
     * @return a legal entity of this industry, no revenue given, no qualification, no development activity
     */
    public static AboveScaleInput of(IndustryCode industry) {
        return new AboveScaleInput(Objects.requireNonNull(industry, "industry"), null, UnitKind.LEGAL_ENTITY, false,
                false);
    }

    /**
     * A legal entity of this industry with this annual revenue (万元).
     *
     * @param industry the unit's industry code (GB/T 4754-2017)
     * @param revenue the annual revenue in 万元, at least 0
     * @return a legal entity of this industry with this annual revenue (万元)
     */
    public static AboveScaleInput of(IndustryCode industry, BigDecimal revenue) {
        return of(industry).withRevenue(revenue);
    }

    /**
     * A copy with the annual revenue (万元).
     *
     * @param tenThousandYuan the amount in 万元 (10,000 yuan), at least 0
     * @return a copy with the annual revenue (万元)
     * @throws AboveScaleException {@link AboveScaleException.Reason#NEGATIVE_REVENUE} if negative,
     *         {@link AboveScaleException.Reason#REVENUE_OUT_OF_RANGE} if above {@link #MAX_REVENUE} or with
     *         more than {@link #MAX_DECIMALS} decimals
     */
    public AboveScaleInput withRevenue(BigDecimal tenThousandYuan) {
        Objects.requireNonNull(tenThousandYuan, "tenThousandYuan");
        if (tenThousandYuan.signum() < 0) {
            throw AboveScaleException.negativeRevenue(tenThousandYuan);
        }
        if (Amounts.tooLarge(tenThousandYuan) || Amounts.tooPrecise(tenThousandYuan)) {
            throw AboveScaleException.revenueOutOfRange(tenThousandYuan);
        }
        return new AboveScaleInput(industry, tenThousandYuan, unitKind, qualified, developmentActivity);
    }

    /**
     * A copy with the kind of unit.
     *
     * @param kind the kind of unit (法人单位, 产业活动单位 or 个体经营户)
     * @return a copy with the kind of unit
     */
    public AboveScaleInput withUnitKind(UnitKind kind) {
        return new AboveScaleInput(industry, revenue, Objects.requireNonNull(kind, "kind"), qualified,
                developmentActivity);
    }

    /**
     * A copy saying whether the unit holds a general or specialist contracting qualification.
     *
     * @param hasQualification whether the unit holds a general or specialist contracting qualification (建筑业)
     * @return a copy saying whether the unit holds a general or specialist contracting qualification
     */
    public AboveScaleInput withQualification(boolean hasQualification) {
        return new AboveScaleInput(industry, revenue, unitKind, hasQualification, developmentActivity);
    }

    /**
     * A copy saying whether the unit has real-estate development activity.
     *
     * @param hasActivity whether the unit has real-estate development activity (房地产开发经营)
     * @return a copy saying whether the unit has real-estate development activity
     */
    public AboveScaleInput withDevelopmentActivity(boolean hasActivity) {
        return new AboveScaleInput(industry, revenue, unitKind, qualified, hasActivity);
    }

    /**
     * The industry.
     *
     * @return the industry
     */
    public IndustryCode industry() {
        return industry;
    }

    /**
     * The annual revenue in 万元, if given.
     *
     * @return the annual revenue in 万元, if given
     */
    public Optional<BigDecimal> revenue() {
        return Optional.ofNullable(revenue);
    }

    /**
     * The kind of unit.
     *
     * @return the kind of unit
     */
    public UnitKind unitKind() {
        return unitKind;
    }

    /**
     * Whether the unit holds a construction qualification.
     *
     * @return whether the unit holds a construction qualification
     */
    public boolean qualified() {
        return qualified;
    }

    /**
     * Whether the unit has real-estate development activity.
     *
     * @return whether the unit has real-estate development activity
     */
    public boolean developmentActivity() {
        return developmentActivity;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AboveScaleInput other && industry.equals(other.industry)
                && (revenue == null ? other.revenue == null
                        : other.revenue != null && revenue.compareTo(other.revenue) == 0)
                && unitKind == other.unitKind && qualified == other.qualified
                && developmentActivity == other.developmentActivity;
    }

    @Override
    public int hashCode() {
        return Objects.hash(industry, revenue == null ? null : revenue.stripTrailingZeros(), unitKind, qualified,
                developmentActivity);
    }

    @Override
    public String toString() {
        return "AboveScaleInput[" + industry + ", " + unitKind + (revenue == null ? "" : ", revenue " + NumberText.of(revenue))
                + (qualified ? ", qualified" : "") + (developmentActivity ? ", development activity" : "") + "]";
    }
}
