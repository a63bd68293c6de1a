package org.statsbase.testkit.ledger;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.statsbase.reporting.ledger.LedgerPosting;
import org.statsbase.reporting.ledger.OriginalRecord;

/**
 * Arbitraries of ledger postings (统计台账 entries before they are recorded) and the original records
 * (原始记录) they reference.
 *
 * <p>Accounts come from a small chart with sub-accounts ({@code 6001}, {@code 600101}, …) so that exact
 * and prefix terms of mappings select overlapping sets; descriptions mix Chinese, commas, quotes and
 * supplementary characters so that CSV quoting is exercised. Amounts have 0 to 2 decimals, both signs.
 *
 * <p>Thread safety: stateless; the arbitraries are immutable.
 */
public final class LedgerPostings {

    /** The chart of accounts postings are drawn from: revenue 6001 with sub-accounts, other revenue, costs. */
    public static final List<String> ACCOUNTS = List.of("6001", "600101", "600102", "6051", "6401", "640101",
            "6601", "主营业务收入");

    private LedgerPostings() {
    }

    /**
     * The SHA-256 of a text's UTF-8 bytes, as lower-case hex.
     *
     * @param content the text
     * @return 64 lower-case hexadecimal digits
     */
    public static String sha256(String content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(content.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /**
     * Descriptions of original records: invoices, receipts, weighbridge tickets, with CSV-hostile characters.
     *
     * @return descriptions of original records
     */
    public static Arbitrary<String> descriptions() {
        Arbitrary<String> kind = Arbitraries.of("销售发票", "入库单", "出库单", "磅单", "工资表", "Invoice", "收据 \"红字\"",
                "发票, 第二联", "\uD840\uDC00 凭证");
        return Combinators.combine(kind, Arbitraries.integers().between(1, 99_999)).as((k, n) -> k + " No." + n);
    }

    /**
     * Original records whose digest is that of their description (a stand-in for the content).
     *
     * @return original records (原始记录)
     */
    public static Arbitrary<OriginalRecord> originalRecords() {
        return descriptions().map(d -> OriginalRecord.of(sha256(d), d));
    }

    /**
     * Dates from {@code from} to {@code to} inclusive.
     *
     * @param from the first date
     * @param to the last date, not before {@code from}
     * @return dates in {@code [from, to]}
     */
    public static Arbitrary<LocalDate> dates(LocalDate from, LocalDate to) {
        return Arbitraries.longs().between(from.toEpochDay(), to.toEpochDay()).map(LocalDate::ofEpochDay);
    }

    /**
     * Amounts in 元 with 0 to 2 decimals, from −10⁷ to 10⁹.
     *
     * @return amounts in 元
     */
    public static Arbitrary<BigDecimal> amounts() {
        return Combinators.combine(Arbitraries.longs().between(-1_000_000_000L, 100_000_000_000L),
                Arbitraries.integers().between(0, 2)).as(BigDecimal::valueOf);
    }

    /**
     * Postings in 元 of {@link #ACCOUNTS} dated in 2025-12 … 2027-01 (a year and its neighbours).
     *
     * @return postings of the standard accounts
     */
    public static Arbitrary<LedgerPosting> postings() {
        return postings(LocalDate.of(2025, 12, 1), LocalDate.of(2027, 1, 31), ACCOUNTS);
    }

    /**
     * Postings in 元 of the given accounts, dated from {@code from} to {@code to}.
     *
     * @param from the first date
     * @param to the last date, not before {@code from}
     * @param accounts the account codes to draw from, not empty
     * @return postings of {@code accounts} dated in {@code [from, to]}
     */
    public static Arbitrary<LedgerPosting> postings(LocalDate from, LocalDate to, List<String> accounts) {
        return Combinators.combine(dates(from, to), Arbitraries.of(accounts), amounts(), originalRecords())
                .as(LedgerPosting::amount);
    }
}
