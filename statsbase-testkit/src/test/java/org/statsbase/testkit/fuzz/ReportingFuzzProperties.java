package org.statsbase.testkit.fuzz;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The ledger readers and mappings (statsbase-reporting) on hostile input: every input ends in a result or a typed
 * statsbase error, within the time guard of {@link Fuzz}.
 */
class ReportingFuzzProperties {

    @Property(tries = Fuzz.TRIES)
    void ledgerCsvEndsInAResultOrATypedError(@ForAll("ledgerCsv") byte[] input) {
        Targets.LEDGER_CSV.check(input);
    }

    @Provide
    Arbitrary<byte[]> ledgerCsv() {
        return Targets.LEDGER_CSV.inputs();
    }

    @Property(tries = Fuzz.TRIES)
    void ledgerJsonlEndsInAResultOrATypedError(@ForAll("ledgerJsonl") byte[] input) {
        Targets.LEDGER_JSONL.check(input);
    }

    @Provide
    Arbitrary<byte[]> ledgerJsonl() {
        return Targets.LEDGER_JSONL.inputs();
    }

    @Property(tries = Fuzz.TRIES)
    void ledgerMappingEndsInAResultOrATypedError(@ForAll("ledgerMapping") String input) {
        Targets.LEDGER_MAPPING.check(input);
    }

    @Provide
    Arbitrary<String> ledgerMapping() {
        return Targets.LEDGER_MAPPING.inputs();
    }
}
