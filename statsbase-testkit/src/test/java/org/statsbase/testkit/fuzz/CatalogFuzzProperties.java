package org.statsbase.testkit.fuzz;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The catalog, form and calendar loaders (statsbase-core) on hostile bytes: every input ends in a result or a
 * typed statsbase error, within the time guard of {@link Fuzz}.
 */
class CatalogFuzzProperties {

    @Property(tries = Fuzz.TRIES)
    void divisionCatalogEndsInAResultOrATypedError(@ForAll("divisionCatalog") byte[] input) {
        Targets.DIVISION_CATALOG.check(input);
    }

    @Provide
    Arbitrary<byte[]> divisionCatalog() {
        return Targets.DIVISION_CATALOG.inputs();
    }

    @Property(tries = Fuzz.TRIES)
    void industryJsonEndsInAResultOrATypedError(@ForAll("industryJson") byte[] input) {
        Targets.INDUSTRY_JSON.check(input);
    }

    @Provide
    Arbitrary<byte[]> industryJson() {
        return Targets.INDUSTRY_JSON.inputs();
    }

    @Property(tries = Fuzz.TRIES)
    void industryCsvEndsInAResultOrATypedError(@ForAll("industryCsv") byte[] input) {
        Targets.INDUSTRY_CSV.check(input);
    }

    @Provide
    Arbitrary<byte[]> industryCsv() {
        return Targets.INDUSTRY_CSV.inputs();
    }

    @Property(tries = Fuzz.TRIES)
    void surveySystemEndsInAResultOrATypedError(@ForAll("surveySystem") byte[] input) {
        Targets.SURVEY_SYSTEM.check(input);
    }

    @Provide
    Arbitrary<byte[]> surveySystem() {
        return Targets.SURVEY_SYSTEM.inputs();
    }

    @Property(tries = Fuzz.TRIES)
    void deadlineCalendarEndsInAResultOrATypedError(@ForAll("deadlineCalendar") byte[] input) {
        Targets.DEADLINE_CALENDAR.check(input);
    }

    @Provide
    Arbitrary<byte[]> deadlineCalendar() {
        return Targets.DEADLINE_CALENDAR.inputs();
    }
}
