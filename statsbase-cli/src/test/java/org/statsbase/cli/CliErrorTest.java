package org.statsbase.cli;

import org.junit.jupiter.api.Test;
import org.statsbase.core.error.StatsbaseException;
import org.statsbase.testdata.ErrorCatalog;

/** Every code of statsbase-cli: well-formed, unique, bilingual, with every placeholder filled in both languages. */
class CliErrorTest {

    @Test
    void codesAreWellFormedAndUnique() {
        ErrorCatalog.assertCodesWellFormedAndUnique("CLI", CliError.values());
    }

    @Test
    void messagesAreBilingualAndFillEveryPlaceholder() {
        ErrorCatalog.assertBilingualAndFilled(CliError.values(), StatsbaseException::new);
    }
}
