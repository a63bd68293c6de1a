package org.statsbase.testkit.fuzz;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The code parsers (statsbase-core) on hostile text: every input ends in a result or a typed statsbase error,
 * within the time guard of {@link Fuzz}.
 */
class CodeFuzzProperties {

    @Property(tries = Fuzz.TRIES)
    void usccEndsInAResultOrATypedError(@ForAll("uscc") String input) {
        Targets.USCC.check(input);
    }

    @Provide
    Arbitrary<String> uscc() {
        return Targets.USCC.inputs();
    }

    @Property(tries = Fuzz.TRIES)
    void organizationCodeEndsInAResultOrATypedError(@ForAll("organizationCode") String input) {
        Targets.ORGANIZATION_CODE.check(input);
    }

    @Provide
    Arbitrary<String> organizationCode() {
        return Targets.ORGANIZATION_CODE.inputs();
    }

    @Property(tries = Fuzz.TRIES)
    void divisionCodeEndsInAResultOrATypedError(@ForAll("divisionCode") String input) {
        Targets.DIVISION_CODE.check(input);
    }

    @Provide
    Arbitrary<String> divisionCode() {
        return Targets.DIVISION_CODE.inputs();
    }

    @Property(tries = Fuzz.TRIES)
    void industryCodeEndsInAResultOrATypedError(@ForAll("industryCode") String input) {
        Targets.INDUSTRY_CODE.check(input);
    }

    @Provide
    Arbitrary<String> industryCode() {
        return Targets.INDUSTRY_CODE.inputs();
    }

    @Property(tries = Fuzz.TRIES)
    void urbanRuralCodeEndsInAResultOrATypedError(@ForAll("urbanRuralCode") String input) {
        Targets.URBAN_RURAL_CODE.check(input);
    }

    @Provide
    Arbitrary<String> urbanRuralCode() {
        return Targets.URBAN_RURAL_CODE.inputs();
    }

    @Property(tries = Fuzz.TRIES)
    void reportingPeriodEndsInAResultOrATypedError(@ForAll("reportingPeriod") String input) {
        Targets.REPORTING_PERIOD.check(input);
    }

    @Provide
    Arbitrary<String> reportingPeriod() {
        return Targets.REPORTING_PERIOD.inputs();
    }
}
