package org.statsbase.reporting.ledger;

import java.util.Objects;
import org.statsbase.reporting.error.ReportingException;
import org.statsbase.reporting.ledger.internal.EntryFields;
import org.statsbase.trail.Hash;

/**
 * The original record (原始记录) an entry comes from, referenced by its SHA-256 digest and a
 * description; the content itself is kept elsewhere (the archive). 统计法 2009 第二十一条 and
 * 统计法实施条例 第二十三条 require respondents to keep original records beside their ledgers.
 *
 * <p>Thread safety: immutable.
 *
 * @param digest      the SHA-256 digest of the record's content (32 bytes)
 * @param description what the record is, for example {@code 销售发票 No.00123}
 */
public record OriginalRecord(Hash digest, String description) {

    /**
     * Checks the components: a 32-byte digest, a non-blank single-line description.
     *
     * @param digest      the SHA-256 digest of the record's content (32 bytes)
     * @param description what the record is, for example {@code 销售发票 No.00123}
     */
    public OriginalRecord {
        Objects.requireNonNull(digest, "digest");
        if (digest.length() != 32) {
            throw new IllegalArgumentException("a SHA-256 digest has 32 bytes, not " + digest.length());
        }
        description = EntryFields.text("record_description", Objects.requireNonNull(description, "description"));
    }

    /**
     * The record with this digest (64 hexadecimal digits, either case) and description.
     *
     * @param sha256Hex   the SHA-256 digest of the record's content, 64 hexadecimal digits, either case
     * @param description what the record is, one line, for example {@code 销售发票 No.00123}
     * @return the original record
     * @throws ReportingException {@code SB-REP-0705}/{@code -0706} for a malformed digest or description
     */
    public static OriginalRecord of(String sha256Hex, String description) {
        return new OriginalRecord(Hash.ofHex(EntryFields.digest(sha256Hex)), description);
    }

    /**
     * The digest as lower-case hex.
     *
     * @return the digest as 64 lower-case hexadecimal digits
     */
    public String digestHex() {
        return digest.hex();
    }
}
