package org.statsbase.archive.error;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.statsbase.testdata.ErrorCatalog;

/** Every code of statsbase-archive: well-formed, unique, bilingual, with the same placeholders in both languages. */
class ArchiveErrorTest {

    @Test
    void codesAreWellFormedAndUnique() {
        ErrorCatalog.assertCodesWellFormedAndUnique("ARC", ArchiveError.values());
    }

    @Test
    void messagesAreBilingualAndFillEveryPlaceholder() {
        ErrorCatalog.assertBilingualAndFilled(ArchiveError.values(), ArchiveException::new);
    }

    @Test
    void storageBlockIsReservedForTheStores() {
        for (ArchiveError e : ArchiveError.values()) {
            if (e.code().startsWith("SB-ARC-06")) {
                assertThat(e.name()).matches("(CONTENT|CATALOG|STORE|FILE|JDBC).*");
            }
        }
    }
}
