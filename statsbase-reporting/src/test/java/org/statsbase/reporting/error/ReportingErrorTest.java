package org.statsbase.reporting.error;

import org.junit.jupiter.api.Test;
import org.statsbase.testdata.ErrorCatalog;

/** Every code of statsbase-reporting: well-formed, unique, bilingual, with the same placeholders in both languages. */
class ReportingErrorTest {

    @Test
    void codesAreWellFormedAndUnique() {
        ErrorCatalog.assertCodesWellFormedAndUnique("REP", ReportingError.values());
    }

    @Test
    void messagesAreBilingualAndFillEveryPlaceholder() {
        ErrorCatalog.assertBilingualAndFilled(ReportingError.values(), ReportingException::new);
    }
}
