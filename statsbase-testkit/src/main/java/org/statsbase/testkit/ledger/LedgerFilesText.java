package org.statsbase.testkit.ledger;

import java.util.List;
import java.util.stream.Collectors;
import org.statsbase.reporting.ledger.LedgerPosting;

/**
 * Postings rendered as the CSV and JSON Lines files that {@code LedgerFiles} reads: for round-trip
 * properties and for building bad files by changing one line.
 *
 * <p>Thread safety: stateless.
 */
public final class LedgerFilesText {

    /** The CSV header in the documented column order. */
    public static final String CSV_HEADER = "date,account,quantity,unit,record_digest,record_description";

    private LedgerFilesText() {
    }

    /**
     * One CSV data line (RFC 4180 quoting where needed).
     *
     * @param p the posting
     * @return the line, without a line break
     */
    public static String csvLine(LedgerPosting p) {
        return String.join(",", p.date().toString(), csv(p.account()), p.quantity().toPlainString(), csv(p.unit()),
                p.record().digestHex(), csv(p.record().description()));
    }

    /**
     * A CSV file: header and one line per posting.
     *
     * @param postings the postings, in file order
     * @return the file's text
     */
    public static String csv(List<LedgerPosting> postings) {
        return CSV_HEADER + "\n" + postings.stream().map(LedgerFilesText::csvLine).collect(Collectors.joining("\n"))
                + "\n";
    }

    /**
     * One JSON Lines line.
     *
     * @param p the posting
     * @return the JSON object, without a line break
     */
    public static String jsonLine(LedgerPosting p) {
        return "{\"date\":\"" + p.date() + "\",\"account\":" + json(p.account()) + ",\"quantity\":"
                + p.quantity().toPlainString() + ",\"unit\":" + json(p.unit()) + ",\"record_digest\":\""
                + p.record().digestHex() + "\",\"record_description\":" + json(p.record().description()) + "}";
    }

    /**
     * A JSON Lines file.
     *
     * @param postings the postings, in file order
     * @return the file's text, one line per posting
     */
    public static String jsonLines(List<LedgerPosting> postings) {
        return postings.stream().map(LedgerFilesText::jsonLine).collect(Collectors.joining("\n")) + "\n";
    }

    private static String csv(String s) {
        return s.contains(",") || s.contains("\"") || s.contains("\n") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }

    private static String json(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
