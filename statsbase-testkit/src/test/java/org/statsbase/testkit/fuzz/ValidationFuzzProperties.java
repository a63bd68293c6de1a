package org.statsbase.testkit.fuzz;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The rule language, rule-set files and dataset readers (statsbase-validation) on hostile input: every input ends
 * in a result or a typed statsbase error, within the time guard of {@link Fuzz}.
 */
class ValidationFuzzProperties {

    @Property(tries = Fuzz.TRIES)
    void ruleExpressionEndsInAResultOrATypedError(@ForAll("ruleExpression") String input) {
        Targets.RULE_EXPRESSION.check(input);
    }

    @Provide
    Arbitrary<String> ruleExpression() {
        return Targets.RULE_EXPRESSION.inputs();
    }

    @Property(tries = Fuzz.TRIES)
    void ruleSetYamlEndsInAResultOrATypedError(@ForAll("ruleSetYaml") byte[] input) {
        Targets.RULE_SET_YAML.check(input);
    }

    @Provide
    Arbitrary<byte[]> ruleSetYaml() {
        return Targets.RULE_SET_YAML.inputs();
    }

    @Property(tries = Fuzz.TRIES)
    void ruleSetJsonEndsInAResultOrATypedError(@ForAll("ruleSetJson") byte[] input) {
        Targets.RULE_SET_JSON.check(input);
    }

    @Provide
    Arbitrary<byte[]> ruleSetJson() {
        return Targets.RULE_SET_JSON.inputs();
    }

    @Property(tries = Fuzz.TRIES)
    void datasetCsvEndsInAResultOrATypedError(@ForAll("datasetCsv") byte[] input) {
        Targets.DATASET_CSV.check(input);
    }

    @Provide
    Arbitrary<byte[]> datasetCsv() {
        return Targets.DATASET_CSV.inputs();
    }

    @Property(tries = Fuzz.TRIES)
    void datasetJsonlEndsInAResultOrATypedError(@ForAll("datasetJsonl") byte[] input) {
        Targets.DATASET_JSONL.check(input);
    }

    @Provide
    Arbitrary<byte[]> datasetJsonl() {
        return Targets.DATASET_JSONL.inputs();
    }
}
