package org.statsbase.testkit.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.statsbase.core.unit.BusinessRegister;
import org.statsbase.core.unit.NotInRegisterException;
import org.statsbase.core.unit.RegisterEntry;
import org.statsbase.core.unit.StatisticalUnit;

/** 先进库、后有数 / 不在库、不出数 (国统字〔2012〕12号, red line 1). */
class BusinessRegisterProperties {

    /** require(...) succeeds exactly when every day of the period lies in one of the unit's entries. */
    @Property
    void aUnitIsRequiredOkExactlyOnTheDatesItsEntriesCover(@ForAll("entries") List<RegisterEntry> entries,
            @ForAll("periods") LocalDate[] period, @ForAll StatisticalUnit other) {
        StatisticalUnit unit = entries.isEmpty() ? other : entries.get(0).unit();
        BusinessRegister register = BusinessRegister.of(entries);
        boolean everyDayCovered = period[0].datesUntil(period[1].plusDays(1))
                .allMatch(day -> entries.stream().anyMatch(e -> e.isInForceOn(day)));
        assertThat(register.isInRegister(unit.id(), period[0], period[1])).isEqualTo(everyDayCovered);
        if (everyDayCovered) {
            assertThat(register.require(unit.id(), period[0], period[1]).id()).isEqualTo(unit.id());
        } else {
            assertThatThrownBy(() -> register.require(unit.id(), period[0], period[1]))
                    .isInstanceOfSatisfying(NotInRegisterException.class, e -> {
                        assertThat(e.unitId()).isEqualTo(unit.id());
                        assertThat(e.messageZh()).contains(unit.id(), period[0].toString(), period[1].toString());
                    });
        }
    }

    /** On a single day, the register answers with the unit as the entry in force records it. */
    @Property
    void theUnitOnADayIsTheOneItsEntryRecords(@ForAll("entries") List<RegisterEntry> entries,
            @ForAll("periods") LocalDate[] period) {
        BusinessRegister register = BusinessRegister.of(entries);
        LocalDate day = period[0];
        for (RegisterEntry entry : entries) {
            if (entry.isInForceOn(day)) {
                assertThat(register.unit(entry.unit().id(), day)).contains(entry.unit());
            }
        }
        assertThat(register.unitsOn(day)).hasSize((int) entries.stream().filter(e -> e.isInForceOn(day)).count());
    }

    @Provide
    Arbitrary<List<RegisterEntry>> entries() {
        return StatisticalUnits.units().flatMap(Registers::entriesOf);
    }

    @Provide
    Arbitrary<LocalDate[]> periods() {
        return Registers.periods();
    }
}
