package org.statsbase.core.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.statsbase.core.code.DivisionCode;
import org.statsbase.core.code.IndustryCode;
import org.statsbase.core.error.CoreError;
import org.statsbase.core.error.StatsbaseException;
import org.statsbase.core.period.ReportingPeriod;

/** 先进库、后有数 / 不在库、不出数 (国统字〔2012〕12号, red line 1). */
class BusinessRegisterTest {

    private static final DivisionCode HERE = DivisionCode.parse("500105001001");
    private static final StatisticalUnit FACTORY =
            StatisticalUnit.legalEntity("L-1", "某机械厂", IndustryCode.parse("3311"), HERE);
    private static final StatisticalUnit SHOP = StatisticalUnit.legalEntity("L-2", "某商店", IndustryCode.parse("5211"), HERE);

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    private final BusinessRegister register = BusinessRegister.builder()
            .add(FACTORY, d("2026-03-01"), d("2026-06-30"))
            .add(FACTORY.withIndustry(IndustryCode.parse("3312")), d("2026-07-01"), d("2026-08-31"))
            .add(FACTORY, d("2026-10-01"))
            .add(SHOP, d("2025-01-01"))
            .build();

    @Test
    void aUnitIsInTheRegisterFromItsFirstDayToItsLastDayInclusive() {
        assertThat(register.isInRegister("L-1", d("2026-02-28"))).isFalse();
        assertThat(register.isInRegister("L-1", d("2026-03-01"))).isTrue();
        assertThat(register.isInRegister("L-1", d("2026-08-31"))).isTrue();
        assertThat(register.isInRegister("L-1", d("2026-09-01"))).isFalse();
        assertThat(register.isInRegister("L-1", d("2026-10-01"))).isTrue();
        assertThat(register.isInRegister("L-1", d("2099-12-31"))).isTrue();
    }

    @Test
    void adjacentEntriesCoverAPeriodTogether() {
        assertThat(register.isInRegister("L-1", d("2026-06-01"), d("2026-07-31"))).isTrue();
        assertThat(register.require("L-1", d("2026-06-01"), d("2026-07-31")).industry())
                .isEqualTo(IndustryCode.parse("3312"));
    }

    @Test
    void aGapInsideThePeriodMeansNotInTheRegister() {
        assertThat(register.isInRegister("L-1", d("2026-08-01"), d("2026-10-31"))).isFalse();
        assertThatThrownBy(() -> register.require("L-1", d("2026-09-01"), d("2026-09-30")))
                .isInstanceOfSatisfying(NotInRegisterException.class, e -> {
                    assertThat(e.reason()).isEqualTo(CoreError.NOT_IN_REGISTER);
                    assertThat(e.code()).isEqualTo("SB-CORE-0613");
                    assertThat(e.unitId()).isEqualTo("L-1");
                    assertThat(e.from()).isEqualTo(d("2026-09-01"));
                    assertThat(e.to()).isEqualTo(d("2026-09-30"));
                    assertThat(e.entries()).hasSize(3);
                    assertThat(e.messageZh()).contains("L-1", "2026-09-01", "2026-09-30", "先进库、后有数",
                            "2026-03-01..2026-06-30");
                    assertThat(e.messageEn()).contains("L-1", "2026-09-01", "2026-09-30", "2026-10-01..");
                });
    }

    @Test
    void aUnitEnteringDuringThePeriodIsNotInTheRegisterForIt() {
        assertThatThrownBy(() -> register.require("L-1", d("2026-02-01"), d("2026-03-31")))
                .isInstanceOf(NotInRegisterException.class);
        assertThat(register.require("L-1", d("2026-03-01"), d("2026-03-31"))).isEqualTo(FACTORY);
    }

    @Test
    void reportingPeriodsAskForEveryDayOfThePeriod() {
        assertThat(register.require("L-1", ReportingPeriod.parse("2026-03"))).isEqualTo(FACTORY);
        assertThat(register.isInRegister("L-1", ReportingPeriod.parse("2026Q2"))).isTrue();
        assertThat(register.isInRegister("L-1", ReportingPeriod.parse("2026Q3"))).isFalse();
        assertThatThrownBy(() -> register.require("L-1", ReportingPeriod.parse("2026-09")))
                .isInstanceOfSatisfying(NotInRegisterException.class, e -> {
                    assertThat(e.from()).isEqualTo(d("2026-09-01"));
                    assertThat(e.to()).isEqualTo(d("2026-09-30"));
                });
        assertThatThrownBy(() -> register.require("L-1", ReportingPeriod.parse("2026")))
                .isInstanceOf(NotInRegisterException.class);
        assertThat(register.require("L-2", ReportingPeriod.parse("2025H2"))).isEqualTo(SHOP);
    }

    @Test
    void anUnknownUnitIsNotInTheRegister() {
        assertThatThrownBy(() -> register.require("X-9", d("2026-01-01")))
                .isInstanceOfSatisfying(NotInRegisterException.class,
                        e -> assertThat(e.messageEn()).contains("X-9", "none"));
        assertThat(register.unit("X-9", d("2026-01-01"))).isEmpty();
        assertThat(register.entriesOf("X-9")).isEmpty();
    }

    @Test
    void unitsOnADate() {
        assertThat(register.unitsOn(d("2026-09-15"))).containsExactly(SHOP);
        assertThat(register.unitsOn(d("2026-04-15"))).containsExactly(FACTORY, SHOP);
    }

    @Test
    void overlappingEntriesOfOneUnitAreRefused() {
        assertThatThrownBy(() -> BusinessRegister.builder()
                .add(FACTORY, d("2026-01-01"), d("2026-06-30"))
                .add(FACTORY, d("2026-06-30"))
                .build())
                .isInstanceOfSatisfying(StatsbaseException.class,
                        e -> assertThat(e.errorCode()).isEqualTo(CoreError.REGISTER_ENTRIES_OVERLAP));
        assertThatThrownBy(() -> BusinessRegister.builder().add(FACTORY, d("2026-01-01")).add(FACTORY, d("2027-01-01"))
                .build())
                .isInstanceOfSatisfying(StatsbaseException.class,
                        e -> assertThat(e.errorCode()).isEqualTo(CoreError.REGISTER_ENTRIES_OVERLAP));
    }

    @Test
    void anEntryEndingBeforeItStartsOrAReversedQueryIsRefused() {
        assertThatThrownBy(() -> RegisterEntry.between(FACTORY, d("2026-02-01"), d("2026-01-31")))
                .isInstanceOfSatisfying(StatsbaseException.class,
                        e -> assertThat(e.errorCode()).isEqualTo(CoreError.REGISTER_ENTRY_ENDS_BEFORE_START));
        assertThatThrownBy(() -> register.isInRegister("L-1", d("2026-05-01"), d("2026-04-30")))
                .isInstanceOfSatisfying(StatsbaseException.class,
                        e -> assertThat(e.errorCode()).isEqualTo(CoreError.REGISTER_RANGE_REVERSED));
    }

    @Test
    void aOneDayEntryCoversExactlyThatDay() {
        BusinessRegister oneDay = BusinessRegister.builder().add(SHOP, d("2026-05-05"), d("2026-05-05")).build();
        assertThat(oneDay.isInRegister("L-2", d("2026-05-05"), d("2026-05-05"))).isTrue();
        assertThat(oneDay.isInRegister("L-2", d("2026-05-04"), d("2026-05-05"))).isFalse();
        assertThat(oneDay.isInRegister("L-2", d("2026-05-05"), d("2026-05-06"))).isFalse();
        assertThat(BusinessRegister.empty().isInRegister("L-2", d("2026-05-05"))).isFalse();
    }
}
