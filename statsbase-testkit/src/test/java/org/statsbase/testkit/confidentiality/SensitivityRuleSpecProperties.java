package org.statsbase.testkit.confidentiality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import org.statsbase.confidentiality.error.ConfidentialityException;
import org.statsbase.confidentiality.suppression.SensitivityRules;
import org.statsbase.confidentiality.table.ContributionLevel;

/**
 * The specification syntax of the primary sensitivity rules (issue 7 §3–4, {@code --rules "freq(3),nk(2,85),p(10)"})
 * as properties: {@code spec()} round-trips, every spelling of a specification means the same rules, and invalid
 * specifications are rejected with their SB-CONF-04xx code.
 */
class SensitivityRuleSpecProperties {

    @Provide
    Arbitrary<Tuple2<SensitivityRules, String>> spelled() {
        return SensitivityRuleSpecs.rules().flatMap(r -> SensitivityRuleSpecs.spellings(r).map(s -> Tuple.of(r, s)));
    }

    @Property(tries = 200)
    void specRoundTrips(@ForAll SensitivityRules rules) {
        SensitivityRules again = SensitivityRules.parse(rules.spec(), rules.level());
        assertThat(again).isEqualTo(rules);
        assertThat(again.spec()).isEqualTo(rules.spec());
    }

    @Property(tries = 200)
    void everySpellingParsesToTheSameRules(@ForAll("spelled") Tuple2<SensitivityRules, String> spelled) {
        assertThat(SensitivityRules.parse(spelled.get2(), spelled.get1().level())).isEqualTo(spelled.get1());
    }

    @Provide
    Arbitrary<Tuple2<String, String>> invalid() {
        return Combinators.combine(SensitivityRuleSpecs.malformed(), SensitivityRuleSpecs.outOfRange(), SensitivityRuleSpecs.empty())
                .flatAs((m, o, e) -> Arbitraries.of(
                        Tuple.of(m, SensitivityRuleSpecs.MALFORMED), Tuple.of(o, SensitivityRuleSpecs.OUT_OF_RANGE),
                        Tuple.of(e, SensitivityRuleSpecs.EMPTY)));
    }

    @Property(tries = 300)
    void invalidSpecificationsAreRejectedWithTheirCode(@ForAll("invalid") Tuple2<String, String> spec,
            @ForAll ContributionLevel level) {
        assertThatThrownBy(() -> SensitivityRules.parse(spec.get1(), level))
                .isInstanceOfSatisfying(ConfidentialityException.class, e -> {
                    assertThat(e.code()).isEqualTo(spec.get2());
                    assertThat(e.messageZh()).isNotBlank();
                    assertThat(e.messageEn()).isNotBlank();
                });
    }

    @Property(tries = 100)
    void everyInvalidSpecificationIsA04xxError(@ForAll("anyInvalid") String spec) {
        assertThatThrownBy(() -> SensitivityRules.parse(spec, ContributionLevel.UNIT))
                .isInstanceOfSatisfying(ConfidentialityException.class, e -> assertThat(e.code()).startsWith("SB-CONF-04"));
    }

    @Provide
    Arbitrary<String> anyInvalid() {
        return SensitivityRuleSpecs.invalid();
    }
}
