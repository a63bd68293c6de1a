package org.statsbase.trail.error;

import org.junit.jupiter.api.Test;
import org.statsbase.testdata.ErrorCatalog;

/** Every code of statsbase-trail: well-formed, unique, bilingual, with the same placeholders in both languages. */
class TrailErrorTest {

    @Test
    void codesAreWellFormedAndUnique() {
        ErrorCatalog.assertCodesWellFormedAndUnique("TRAIL", TrailError.values());
    }

    @Test
    void messagesAreBilingualAndFillEveryPlaceholder() {
        ErrorCatalog.assertBilingualAndFilled(TrailError.values(), TrailException::new);
    }
}
