package org.statsbase.reporting.ledger;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.statsbase.core.error.DataFileException;

/**
 * Reads ledger postings from files an enterprise's own systems export: CSV or JSON Lines, UTF-8.
 *
 * <p>CSV: a header naming the columns {@code date, account, quantity, unit, record_digest,
 * record_description} in any order ({@code unit} may be left out: 元); JSON Lines: one object per line
 * with the same keys ({@code quantity} a JSON number or a string). Blank lines are skipped. Every bad
 * line is reported with its 1-based line number, field and reason in one {@link DataFileException};
 * nothing is returned from a file with a bad line (an import is all or nothing).
 *
 * <p>Thread safety: stateless.
 */
public final class LedgerFiles {

    private LedgerFiles() {
    }

    /**
     * Reads a CSV file.
     *
     * @param file the CSV file
     * @return the postings in file order
     */
    public static List<LedgerPosting> readCsv(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return readCsv(in, file.toString());
        } catch (IOException e) {
            throw DataFileException.unreadable(file.toString(), e);
        }
    }

    /**
     * Reads CSV from a stream (not closed).
     *
     * @param in     the CSV text, UTF-8
     * @param source a name for problems, for example the file name
     * @return the postings in stream order
     */
    public static List<LedgerPosting> readCsv(InputStream in, String source) {
        return PostingReader.csv(in, source);
    }

    /**
     * Reads a JSON Lines file.
     *
     * @param file the JSON Lines file
     * @return the postings in file order
     */
    public static List<LedgerPosting> readJsonLines(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return readJsonLines(in, file.toString());
        } catch (IOException e) {
            throw DataFileException.unreadable(file.toString(), e);
        }
    }

    /**
     * Reads JSON Lines from a stream (not closed).
     *
     * @param in     the JSON Lines text, UTF-8
     * @param source a name for problems, for example the file name
     * @return the postings in stream order
     */
    public static List<LedgerPosting> readJsonLines(InputStream in, String source) {
        return PostingReader.jsonLines(in, source);
    }

    /**
     * Reads a file as JSON Lines when its name ends with {@code .jsonl} or {@code .ndjson}, as CSV otherwise.
     *
     * @param file the file
     * @return the postings in file order
     */
    public static List<LedgerPosting> read(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        return name.endsWith(".jsonl") || name.endsWith(".ndjson") ? readJsonLines(file) : readCsv(file);
    }
}
