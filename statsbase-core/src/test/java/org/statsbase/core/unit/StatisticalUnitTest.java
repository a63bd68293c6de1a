package org.statsbase.core.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.statsbase.core.code.DivisionCode;
import org.statsbase.core.code.IndustryCode;
import org.statsbase.core.code.UnifiedSocialCreditCode;
import org.statsbase.core.error.CoreError;
import org.statsbase.core.error.StatsbaseException;

class StatisticalUnitTest {

    private static final IndustryCode RETAIL = IndustryCode.parse("5211");
    private static final DivisionCode HERE = DivisionCode.parse("500105001001");

    @Test
    void anEstablishmentNamesItsLegalEntity() {
        StatisticalUnit shop = StatisticalUnit.establishment(" E-2 ", "某超市江北店", RETAIL, HERE, " L-1 ");
        assertThat(shop.id()).isEqualTo("E-2");
        assertThat(shop.kind()).isEqualTo(UnitKind.ESTABLISHMENT);
        assertThat(shop.legalEntityId()).contains("L-1");
        assertThat(shop.industry()).isEqualTo(RETAIL);
    }

    @Test
    void legalEntitiesAndIndividualBusinessesHaveNoLegalEntity() {
        assertThat(StatisticalUnit.legalEntity("L-1", "某超市有限公司", RETAIL, HERE).legalEntityId()).isEmpty();
        assertThat(StatisticalUnit.individualBusiness("I-1", "某小卖部", RETAIL, HERE).kind())
                .isEqualTo(UnitKind.INDIVIDUAL_BUSINESS);
        assertThatThrownBy(() -> StatisticalUnit.of("L-1", "某公司", UnitKind.LEGAL_ENTITY, RETAIL, HERE,
                Optional.empty(), Optional.of("L-0")))
                .isInstanceOfSatisfying(StatsbaseException.class,
                        e -> assertThat(e.errorCode()).isEqualTo(CoreError.UNIT_LEGAL_ENTITY_NOT_ALLOWED));
    }

    @Test
    void anEstablishmentWithoutOrWithItselfAsLegalEntityIsRefused() {
        assertThatThrownBy(() -> StatisticalUnit.of("E-1", "店", UnitKind.ESTABLISHMENT, RETAIL, HERE,
                Optional.empty(), Optional.empty()))
                .isInstanceOfSatisfying(StatsbaseException.class,
                        e -> assertThat(e.errorCode()).isEqualTo(CoreError.UNIT_LEGAL_ENTITY_REQUIRED));
        assertThatThrownBy(() -> StatisticalUnit.establishment("E-1", "店", RETAIL, HERE, "E-1"))
                .isInstanceOfSatisfying(StatsbaseException.class,
                        e -> assertThat(e.errorCode()).isEqualTo(CoreError.UNIT_OWN_LEGAL_ENTITY));
    }

    @Test
    void blankIdOrNameIsRefused() {
        assertThatThrownBy(() -> StatisticalUnit.legalEntity(" ", "某公司", RETAIL, HERE))
                .isInstanceOfSatisfying(StatsbaseException.class,
                        e -> assertThat(e.code()).isEqualTo("SB-CORE-0601"));
        assertThatThrownBy(() -> StatisticalUnit.legalEntity("L-1", "\t", RETAIL, HERE))
                .isInstanceOfSatisfying(StatsbaseException.class,
                        e -> assertThat(e.errorCode()).isEqualTo(CoreError.UNIT_NAME_BLANK));
    }

    @Test
    void aUnitCarriesItsLocationAndCreditCode() {
        UnifiedSocialCreditCode uscc = UnifiedSocialCreditCode.parse("914403001922038216");
        StatisticalUnit unit = StatisticalUnit.legalEntity("L-1", "某公司", RETAIL, HERE).withCreditCode(uscc);
        assertThat(unit.creditCode()).contains(uscc);
        assertThat(unit.location()).isEqualTo(HERE);
        assertThat(StatisticalUnit.legalEntity("L-1", "某公司", RETAIL, HERE).creditCode()).isEmpty();
        assertThat(unit.withLocation(DivisionCode.parse("500105002")).location().canonical())
                .isEqualTo("500105002000");
    }

    @Test
    void equalityIsByValue() {
        assertThat(StatisticalUnit.legalEntity("L-1", "某公司", RETAIL, HERE))
                .isEqualTo(StatisticalUnit.legalEntity("L-1", "某公司", IndustryCode.parse("F5211"), HERE))
                .isNotEqualTo(StatisticalUnit.legalEntity("L-1", "某公司", IndustryCode.parse("5212"), HERE))
                .isNotEqualTo(StatisticalUnit.legalEntity("L-1", "某公司", RETAIL, DivisionCode.parse("500105002001")))
                .isNotEqualTo(StatisticalUnit.legalEntity("L-1", "某公司", RETAIL, HERE)
                        .withCreditCode(UnifiedSocialCreditCode.parse("914403001922038216")))
                .hasSameHashCodeAs(StatisticalUnit.legalEntity("L-1", "某公司", RETAIL, HERE));
    }
}
