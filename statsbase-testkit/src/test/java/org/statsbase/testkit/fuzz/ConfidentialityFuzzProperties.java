package org.statsbase.testkit.fuzz;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Secret-item lists, classification policies and sensitivity rule specs (statsbase-confidentiality) on hostile
 * text: every input ends in a result or a typed statsbase error, within the time guard of {@link Fuzz}.
 */
class ConfidentialityFuzzProperties {

    @Property(tries = Fuzz.TRIES)
    void secretItemsEndsInAResultOrATypedError(@ForAll("secretItems") String input) {
        Targets.SECRET_ITEMS.check(input);
    }

    @Provide
    Arbitrary<String> secretItems() {
        return Targets.SECRET_ITEMS.inputs();
    }

    @Property(tries = Fuzz.TRIES)
    void classificationPolicyEndsInAResultOrATypedError(@ForAll("classificationPolicy") String input) {
        Targets.CLASSIFICATION_POLICY.check(input);
    }

    @Provide
    Arbitrary<String> classificationPolicy() {
        return Targets.CLASSIFICATION_POLICY.inputs();
    }

    @Property(tries = Fuzz.TRIES)
    void sensitivityRulesEndsInAResultOrATypedError(@ForAll("sensitivityRules") String input) {
        Targets.SENSITIVITY_RULES.check(input);
    }

    @Provide
    Arbitrary<String> sensitivityRules() {
        return Targets.SENSITIVITY_RULES.inputs();
    }
}
