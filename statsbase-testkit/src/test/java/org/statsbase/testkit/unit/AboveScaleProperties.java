package org.statsbase.testkit.unit;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.statsbase.core.unit.AboveScaleBasis;
import org.statsbase.core.unit.AboveScaleCategory;
import org.statsbase.core.unit.AboveScaleClassification;
import org.statsbase.core.unit.AboveScaleClassifier;
import org.statsbase.core.unit.AboveScaleInput;
import org.statsbase.core.unit.AboveScaleRow;
import org.statsbase.core.unit.UnitKind;

/** One property per clause of the "四上" thresholds (DOMAIN.md, "四上 units"). */
class AboveScaleProperties {

    private static final AboveScaleClassifier ABOVE = AboveScaleClassifier.standard();
    private static final Set<AboveScaleCategory> TRADE_ACCOMMODATION_CATERING = EnumSet.of(
            AboveScaleCategory.WHOLESALE, AboveScaleCategory.RETAIL, AboveScaleCategory.ACCOMMODATION,
            AboveScaleCategory.CATERING);

    @Property
    void theRowIsTheOneTheIndustryBelongsTo(@ForAll("rowInputs") RowInput c) {
        assertThat(ABOVE.classify(c.input()).row()).isEqualTo(c.row());
    }

    /** A legal entity with revenue at the threshold or above is above scale; below it is not. */
    @Property
    void revenueAtTheThresholdIsAboveBelowIsNot(@ForAll("thresholdRowInputs") RowInput drawn) {
        AboveScaleRow row = drawn.row();
        AboveScaleInput input = drawn.input().withUnitKind(UnitKind.LEGAL_ENTITY);
        BigDecimal threshold = row.threshold().orElseThrow();
        AboveScaleClassification c = ABOVE.classify(input);
        assertThat(c.isAboveScale()).isEqualTo(input.revenue().orElseThrow().compareTo(threshold) >= 0);
        assertThat(c.threshold()).contains(threshold);
        assertThat(c.category()).isEqualTo(row.category());
    }

    /**
     * Establishments and individual businesses count only for 限额以上 wholesale, retail,
     * accommodation and catering; elsewhere they are never above scale, and the answer says why.
     */
    @Property
    void nonLegalEntityKindsCountOnlyInTradeAccommodationAndCatering(@ForAll AboveScaleInput any) {
        AboveScaleInput input = any.unitKind() == UnitKind.LEGAL_ENTITY ? any.withUnitKind(UnitKind.ESTABLISHMENT) : any;
        AboveScaleClassification c = ABOVE.classify(input);
        if (!TRADE_ACCOMMODATION_CATERING.contains(c.category())) {
            assertThat(c.isAboveScale()).isFalse();
            assertThat(c.basis()).isIn(AboveScaleBasis.UNIT_KIND_NOT_COUNTED, AboveScaleBasis.NO_CATEGORY);
        } else {
            AboveScaleClassification asLegalEntity = ABOVE.classify(input.withUnitKind(UnitKind.LEGAL_ENTITY));
            assertThat(c.isAboveScale()).isEqualTo(asLegalEntity.isAboveScale());
        }
    }

    /** Industries in no category (A, J, S, T) are never above scale. */
    @Property
    void industriesInNoCategoryAreNeverAboveScale(@ForAll("outOfScopeInputs") AboveScaleInput input) {
        AboveScaleClassification c = ABOVE.classify(input);
        assertThat(c.isAboveScale()).isFalse();
        assertThat(c.category()).isEqualTo(AboveScaleCategory.OUT_OF_SCOPE);
    }

    /** Qualified construction and 7010 with development activity need no revenue threshold. */
    @Property
    void qualificationAndDevelopmentActivityDecideWithoutThreshold(@ForAll("flagRowInputs") AboveScaleInput any) {
        AboveScaleInput input = any.withUnitKind(UnitKind.LEGAL_ENTITY);
        AboveScaleClassification c = ABOVE.classify(input);
        assertThat(c.isAboveScale()).isEqualTo(input.qualified() || input.developmentActivity());
        assertThat(c.threshold()).isEmpty();
    }

    /** An input and the row its industry code was drawn from. */
    record RowInput(AboveScaleRow row, AboveScaleInput input) {
    }

    @Provide
    Arbitrary<RowInput> rowInputs() {
        return AboveScaleInputs.rows().flatMap(row -> AboveScaleInputs.inputsOf(row).map(i -> new RowInput(row, i)));
    }

    @Provide
    Arbitrary<RowInput> thresholdRowInputs() {
        return AboveScaleInputs.thresholdRows()
                .flatMap(row -> AboveScaleInputs.inputsOf(row).map(i -> new RowInput(row, i)));
    }

    @Provide
    Arbitrary<AboveScaleInput> outOfScopeInputs() {
        return Combinators.combine(AboveScaleInputs.industryCodesOf(AboveScaleCategory.OUT_OF_SCOPE),
                AboveScaleInputs.revenuesAround(new BigDecimal("2000")), Arbitraries.of(UnitKind.class))
                .as((code, revenue, kind) -> AboveScaleInput.of(code, revenue).withUnitKind(kind));
    }

    @Provide
    Arbitrary<AboveScaleInput> flagRowInputs() {
        return AboveScaleInputs.rows()
                .filter(r -> r.category() == AboveScaleCategory.CONSTRUCTION
                        || r.category() == AboveScaleCategory.REAL_ESTATE_DEVELOPMENT)
                .flatMap(AboveScaleInputs::inputsOf);
    }
}
