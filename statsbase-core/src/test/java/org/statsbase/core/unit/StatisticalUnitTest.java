package org.statsbase.core.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.statsbase.core.code.IndustryCode;
import org.statsbase.core.error.CoreError;
import org.statsbase.core.error.StatsbaseException;

class StatisticalUnitTest {

    private static final IndustryCode RETAIL = IndustryCode.parse("5211");

    @Test
    void anEstablishmentNamesItsLegalEntity() {
        StatisticalUnit shop = StatisticalUnit.establishment(" E-2 ", "某超市江北店", RETAIL, " L-1 ");
        assertThat(shop.id()).isEqualTo("E-2");
        assertThat(shop.kind()).isEqualTo(UnitKind.ESTABLISHMENT);
        assertThat(shop.legalEntityId()).contains("L-1");
        assertThat(shop.industry()).isEqualTo(RETAIL);
    }

    @Test
    void legalEntitiesAndIndividualBusinessesHaveNoLegalEntity() {
        assertThat(StatisticalUnit.legalEntity("L-1", "某超市有限公司", RETAIL).legalEntityId()).isEmpty();
        assertThat(StatisticalUnit.individualBusiness("I-1", "某小卖部", RETAIL).kind())
                .isEqualTo(UnitKind.INDIVIDUAL_BUSINESS);
        assertThatThrownBy(() -> StatisticalUnit.of("L-1", "某公司", UnitKind.LEGAL_ENTITY, RETAIL, Optional.of("L-0")))
                .isInstanceOfSatisfying(StatsbaseException.class,
                        e -> assertThat(e.errorCode()).isEqualTo(CoreError.UNIT_LEGAL_ENTITY_NOT_ALLOWED));
    }

    @Test
    void anEstablishmentWithoutOrWithItselfAsLegalEntityIsRefused() {
        assertThatThrownBy(() -> StatisticalUnit.of("E-1", "店", UnitKind.ESTABLISHMENT, RETAIL, Optional.empty()))
                .isInstanceOfSatisfying(StatsbaseException.class,
                        e -> assertThat(e.errorCode()).isEqualTo(CoreError.UNIT_LEGAL_ENTITY_REQUIRED));
        assertThatThrownBy(() -> StatisticalUnit.establishment("E-1", "店", RETAIL, "E-1"))
                .isInstanceOfSatisfying(StatsbaseException.class,
                        e -> assertThat(e.errorCode()).isEqualTo(CoreError.UNIT_OWN_LEGAL_ENTITY));
    }

    @Test
    void blankIdOrNameIsRefused() {
        assertThatThrownBy(() -> StatisticalUnit.legalEntity(" ", "某公司", RETAIL))
                .isInstanceOfSatisfying(StatsbaseException.class,
                        e -> assertThat(e.code()).isEqualTo("SB-CORE-0601"));
        assertThatThrownBy(() -> StatisticalUnit.legalEntity("L-1", "\t", RETAIL))
                .isInstanceOfSatisfying(StatsbaseException.class,
                        e -> assertThat(e.errorCode()).isEqualTo(CoreError.UNIT_NAME_BLANK));
    }

    @Test
    void equalityIsByValue() {
        assertThat(StatisticalUnit.legalEntity("L-1", "某公司", RETAIL))
                .isEqualTo(StatisticalUnit.legalEntity("L-1", "某公司", IndustryCode.parse("F5211")))
                .isNotEqualTo(StatisticalUnit.legalEntity("L-1", "某公司", IndustryCode.parse("5212")))
                .hasSameHashCodeAs(StatisticalUnit.legalEntity("L-1", "某公司", RETAIL));
    }
}
