package org.statsbase.reporting.ledger;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import org.statsbase.core.org.PersonId;

/** Small helpers shared by the ledger tests. */
final class Fixtures {

    static final PersonId CLERK = PersonId.of("P-001");
    static final String UNIT = "UNIT-0001";

    private Fixtures() {
    }

    static String sha256(String content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(content.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    static OriginalRecord record(String description) {
        return OriginalRecord.of(sha256(description), description);
    }

    static LedgerPosting yuan(String date, String account, String amount) {
        return LedgerPosting.amount(LocalDate.parse(date), account, new BigDecimal(amount),
                record("voucher " + date + " " + account + " " + amount));
    }
}
