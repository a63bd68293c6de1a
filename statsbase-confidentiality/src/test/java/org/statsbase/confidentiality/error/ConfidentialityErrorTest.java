package org.statsbase.confidentiality.error;

import org.junit.jupiter.api.Test;
import org.statsbase.testdata.ErrorCatalog;

/** Every code of statsbase-confidentiality: well-formed, unique, bilingual, with the same placeholders in both languages. */
class ConfidentialityErrorTest {

    @Test
    void codesAreWellFormedAndUnique() {
        ErrorCatalog.assertCodesWellFormedAndUnique("CONF", ConfidentialityError.values());
    }

    @Test
    void messagesAreBilingualAndFillEveryPlaceholder() {
        ErrorCatalog.assertBilingualAndFilled(ConfidentialityError.values(), ConfidentialityException::new);
    }
}
