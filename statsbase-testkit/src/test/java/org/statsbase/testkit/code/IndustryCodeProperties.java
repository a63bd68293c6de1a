package org.statsbase.testkit.code;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import org.statsbase.core.code.CodeCheck;
import org.statsbase.core.code.IndustryCheck;
import org.statsbase.core.code.IndustryClassification;
import org.statsbase.core.code.IndustryCode;
import org.statsbase.core.code.IndustryEntry;
import org.statsbase.core.code.IndustryLevel;
import org.statsbase.core.code.IndustrySection;

/**
 * GB/T 4754-2017 codes: one property per rule of the code structure (a section letter, then two
 * digits of division, one of group, one of class), and of checking against the shipped table.
 */
class IndustryCodeProperties {

    private static final IndustryClassification SHIPPED = IndustryClassification.shipped();

    @Property
    void everyInputFormOfACodeParsesToTheSameCanonicalCode(@ForAll("inputs") String[] canonicalAndInput) {
        IndustryCode parsed = IndustryCode.parse(canonicalAndInput[1]);
        assertThat(parsed.canonical()).isEqualTo(canonicalAndInput[0]);
        assertThat(parsed).isEqualTo(IndustryCode.parse(canonicalAndInput[0]));
    }

    @Property
    void theSectionOfAnyCodeIsTheSectionOfItsDivision(@ForAll IndustryCode code) {
        Optional<IndustryCode> division = code.at(IndustryLevel.DIVISION);
        if (code.level() == IndustryLevel.SECTION) {
            assertThat(division).isEmpty();
            return;
        }
        int number = division.orElseThrow().divisionNumber().orElseThrow();
        assertThat(code.section()).isEqualTo(division.get().section())
                .isEqualTo(IndustrySection.ofDivision(number).orElseThrow());
        assertThat(code.section().containsDivision(number)).isTrue();
    }

    @Property
    void theParentChainReachesTheSectionWithLevelsDecreasing(@ForAll IndustryCode code) {
        List<IndustryCode> chain = chain(code);
        assertThat(chain.get(chain.size() - 1)).isEqualTo(IndustryCode.of(code.section()));
        assertThat(chain).hasSize(code.level().ordinal() + 1);
        for (int i = 1; i < chain.size(); i++) {
            assertThat(chain.get(i).level().ordinal()).isEqualTo(chain.get(i - 1).level().ordinal() - 1);
            assertThat(chain.get(i - 1).canonical()).startsWith(chain.get(i).canonical());
            assertThat(code.at(chain.get(i).level())).contains(chain.get(i));
        }
    }

    @Property
    void isWithinAgreesWithTheParentChain(@ForAll IndustryCode code, @ForAll IndustryCode other) {
        assertThat(code.isWithin(other)).isEqualTo(chain(code).contains(other));
        for (IndustryCode ancestor : chain(code)) {
            assertThat(code.isWithin(ancestor)).isTrue();
        }
    }

    @Property
    void checkNeverThrows(@ForAll("anything") String input) {
        CodeCheck<IndustryCode, IndustryCode.Reason> check = IndustryCode.check(input);
        IndustryCheck against = SHIPPED.check(input);
        assertThat(check.isValid()).isEqualTo(check.reason().isEmpty());
        assertThat(against.isValid()).isEqualTo(check.isValid());
        assertThat(against.messageEn().isEmpty()).isEqualTo(against.isValid());
    }

    @Property
    void eachInvalidInputFailsForExactlyItsReason(@ForAll("invalidInputs") Tuple2<IndustryCode.Reason, String> bad) {
        CodeCheck<IndustryCode, IndustryCode.Reason> check = IndustryCode.check(bad.get2());
        assertThat(check.reason()).as("%s", bad).contains(bad.get1());
        assertThat(check.messageZh()).doesNotContain("{");
        assertThat(SHIPPED.check(bad.get2()).reason()).contains(bad.get1());
    }

    @Property
    void theShippedTableChecksGroupsAndClassesToTheirDivisionOnly(@ForAll("groupsAndClasses") IndustryCode code) {
        IndustryCheck check = SHIPPED.check(code.canonical());
        assertThat(check.isValid()).isTrue();
        assertThat(check.checkedTo()).isEqualTo(IndustryLevel.DIVISION);
        assertThat(check.entry()).isEmpty();
        assertThat(check.nearestEntry()).map(IndustryEntry::code).isEqualTo(code.at(IndustryLevel.DIVISION));
    }

    @Property
    void theShippedTableChecksSectionsAndDivisionsAtTheirOwnLevel(@ForAll("sectionsAndDivisions") IndustryCode code) {
        IndustryCheck check = SHIPPED.check(code.digits().isEmpty() ? code.canonical() : code.digits());
        assertThat(check.isValid()).isTrue();
        assertThat(check.checkedTo()).isEqualTo(code.level());
        assertThat(check.entry()).map(IndustryEntry::code).contains(code);
        assertThat(check.nameZh()).isNotEmpty();
    }

    private static List<IndustryCode> chain(IndustryCode code) {
        List<IndustryCode> chain = new ArrayList<>();
        for (Optional<IndustryCode> c = Optional.of(code); c.isPresent(); c = c.get().parent()) {
            chain.add(c.get());
        }
        return chain;
    }

    @Provide
    Arbitrary<String[]> inputs() {
        return IndustryCodes.inputs();
    }

    @Provide
    Arbitrary<String> anything() {
        return Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(8).injectNull(0.05), IndustryCodes.invalid(),
                IndustryCodes.inputs().map(pair -> pair[1]));
    }

    @Provide
    Arbitrary<Tuple2<IndustryCode.Reason, String>> invalidInputs() {
        return Arbitraries.of(IndustryCode.Reason.class)
                .flatMap(reason -> IndustryCodes.invalid(reason).map(input -> Tuple.of(reason, input)));
    }

    @Provide
    Arbitrary<IndustryCode> groupsAndClasses() {
        return Arbitraries.oneOf(IndustryCodes.groups(), IndustryCodes.classes());
    }

    @Provide
    Arbitrary<IndustryCode> sectionsAndDivisions() {
        return Arbitraries.oneOf(IndustryCodes.sections(), IndustryCodes.divisions());
    }
}
