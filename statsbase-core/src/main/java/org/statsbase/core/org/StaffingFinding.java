package org.statsbase.core.org;

import java.math.BigDecimal;
import java.util.Objects;
import org.statsbase.core.internal.text.NumberText;

/**
 * An institution has fewer statisticians than its workload needs under the configured
 * {@link StaffingRatios} (国统字〔2021〕85号 二（二）统计人员数量应当与统计任务相匹配).
 *
 * @param kind        by units or by population
 * @param institution the institution concerned
 * @param measured    the basic units or the population counted
 * @param ratio       the units or inhabitants one statistician can carry
 * @param required    statisticians needed: {@code ceil(measured / ratio)}
 * @param actual      statisticians present, part-time ones weighted; {@code measured > ratio × actual}
 *
 * <p>Thread safety: immutable.
 */
public record StaffingFinding(StaffingFindingKind kind, InstitutionId institution, long measured, long ratio,
        long required, BigDecimal actual) {

    /**
     * Checks the components are present.
     *
     * @param kind by units or by population
     * @param institution the institution concerned
     * @param measured the basic units or the population counted
     * @param ratio the units or inhabitants one statistician can carry
     * @param required statisticians needed: {@code ceil(measured / ratio)}
     * @param actual statisticians present, part-time ones weighted; {@code measured > ratio × actual}
     */
    public StaffingFinding {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(institution, "institution");
        actual = Objects.requireNonNull(actual, "actual").stripTrailingZeros();
        if (actual.scale() < 0) {
            actual = actual.setScale(0);
        }
    }

    /**
     * How many statisticians are missing: {@code required − actual}, &gt; 0.
     *
     * @return how many statisticians are missing: {@code required − actual}, &gt; 0
     */
    public BigDecimal shortfall() {
        return BigDecimal.valueOf(required).subtract(actual);
    }

    /**
     * The stable code of this kind of finding, for example {@code SB-CORE-0951}.
     *
     * @return the stable code of this kind of finding, for example {@code SB-CORE-0951}
     */
    public String code() {
        return kind.code().code();
    }

    /**
     * The finding in Chinese.
     *
     * @return the finding in Chinese
     */
    public String messageZh() {
        return kind.code().formatZh(args());
    }

    /**
     * The finding in English.
     *
     * @return the finding in English
     */
    public String messageEn() {
        return kind.code().formatEn(args());
    }

    private Object[] args() {
        return new Object[] {institution, measured, ratio, required, NumberText.of(actual)};
    }
}
