package org.statsbase.testkit.unit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.statsbase.core.unit.StatisticalUnit;
import org.statsbase.core.unit.UnitKind;

/** The three kinds of unit of the 基本单位名录库, as {@code @ForAll StatisticalUnit} generates them. */
class StatisticalUnitProperties {

    /** Only an 产业活动单位 belongs to a legal entity, and never to itself. */
    @Property
    void onlyEstablishmentsBelongToALegalEntity(@ForAll StatisticalUnit unit) {
        assertThat(unit.legalEntityId().isPresent()).isEqualTo(unit.kind() == UnitKind.ESTABLISHMENT);
        assertThat(unit.legalEntityId()).isNotEqualTo(Optional.of(unit.id()));
    }

    /** Rebuilding a unit from its parts gives an equal unit. */
    @Property
    void aUnitIsTheValueOfItsParts(@ForAll StatisticalUnit unit) {
        StatisticalUnit copy = StatisticalUnit.of(unit.id(), unit.name(), unit.kind(), unit.industry(), unit.location(),
                unit.creditCode(), unit.legalEntityId());
        assertThat(copy).isEqualTo(unit).hasSameHashCodeAs(unit).hasToString(unit.toString());
    }
}
