package org.statsbase.reporting.ledger;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.statsbase.core.error.DataFileException;
import org.statsbase.core.io.InputLimits;

/**
 * Reads ledger postings from files an enterprise's own systems export: CSV or JSON Lines, UTF-8.
 *
 * <p>CSV: a header naming the columns {@code date, account, quantity, unit, record_digest,
 * record_description} in any order ({@code unit} may be left out: 元); JSON Lines: one object per line
 * with the same keys ({@code quantity} a JSON number or a string). Blank lines are skipped. Every bad
 * line is reported with its 1-based line number, field and reason in one {@link DataFileException};
 * nothing is returned from a file with a bad line (an import is all or nothing).
 *
 * <p>Limits: every reader takes an optional {@link InputLimits} (without it {@link InputLimits#defaults()}:
 * 256 MiB, lines of 1,048,576 characters, 1,000 problems listed); a limit exceeded ends the reading with a
 * {@link DataFileException} of code {@code SB-CORE-1201} (size) or {@code SB-CORE-1202}.
 *
 * <p>Thread safety: stateless.
 */
public final class LedgerFiles {

    private LedgerFiles() {
    }

    /**
     * Reads a CSV file under {@link InputLimits#defaults()}.
     *
     * @param file the UTF-8 CSV file, with a header row
     * @return every posting, in file order; empty when the file has no posting line
     * @throws DataFileException {@code SB-CORE-1201}/{@code 1202} over a limit; {@code unreadable} if it cannot be
     *     read; else listing every bad line with its line number, field and reason
     */
    public static List<LedgerPosting> readCsv(Path file) {
        return readCsv(file, InputLimits.defaults());
    }

    /**
     * Reads a CSV file under {@code limits}.
     *
     * @param file the UTF-8 CSV file, with a header row
     * @param limits the limits it is read under: size, line and field length
     * @return every posting, in file order; empty when the file has no posting line
     * @throws DataFileException {@code SB-CORE-1201}/{@code 1202} over a limit; {@code unreadable} if it cannot be
     *     read; else listing every bad line with its line number, field and reason
     */
    public static List<LedgerPosting> readCsv(Path file, InputLimits limits) {
        Objects.requireNonNull(limits, "limits");
        try (InputStream in = Files.newInputStream(file)) {
            return readCsv(in, file.toString(), limits);
        } catch (IOException e) {
            throw DataFileException.unreadable(file.toString(), e);
        }
    }

    /**
     * Reads CSV from a stream (not closed) under {@link InputLimits#defaults()}.
     *
     * @param in the UTF-8 CSV, with a header row; read to its end and not closed
     * @param source the name used in problems, for example the file name
     * @return every posting, in file order; empty when the file has no posting line
     * @throws DataFileException {@code SB-CORE-1201}/{@code 1202} over a limit; {@code unreadable} if the stream fails;
     *     else listing every bad line with its line number, field and reason
     */
    public static List<LedgerPosting> readCsv(InputStream in, String source) {
        return readCsv(in, source, InputLimits.defaults());
    }

    /**
     * Reads CSV from a stream (not closed) under {@code limits}.
     *
     * @param in the UTF-8 CSV, with a header row; read to its end and not closed
     * @param source the name used in problems, for example the file name
     * @param limits the limits it is read under: size, line and field length
     * @return every posting, in file order; empty when the file has no posting line
     * @throws DataFileException {@code SB-CORE-1201}/{@code 1202} over a limit; {@code unreadable} if the stream fails;
     *     else listing every bad line with its line number, field and reason
     */
    public static List<LedgerPosting> readCsv(InputStream in, String source, InputLimits limits) {
        return PostingReader.csv(Objects.requireNonNull(in, "in"), Objects.requireNonNull(source, "source"),
                Objects.requireNonNull(limits, "limits"));
    }

    /**
     * Reads a JSON Lines file under {@link InputLimits#defaults()}.
     *
     * @param file the UTF-8 file of one JSON object per line
     * @return every posting, in file order; empty when the file has no posting line
     * @throws DataFileException {@code SB-CORE-1201}/{@code 1202} over a limit; {@code unreadable} if it cannot be
     *     read; else listing every bad line with its line number, field and reason
     */
    public static List<LedgerPosting> readJsonLines(Path file) {
        return readJsonLines(file, InputLimits.defaults());
    }

    /**
     * Reads a JSON Lines file under {@code limits}.
     *
     * @param file the UTF-8 file of one JSON object per line
     * @param limits the limits it is read under: size, line length, nesting depth, number, string and name length
     * @return every posting, in file order; empty when the file has no posting line
     * @throws DataFileException {@code SB-CORE-1201}/{@code 1202} over a limit; {@code unreadable} if it cannot be
     *     read; else listing every bad line with its line number, field and reason
     */
    public static List<LedgerPosting> readJsonLines(Path file, InputLimits limits) {
        Objects.requireNonNull(limits, "limits");
        try (InputStream in = Files.newInputStream(file)) {
            return readJsonLines(in, file.toString(), limits);
        } catch (IOException e) {
            throw DataFileException.unreadable(file.toString(), e);
        }
    }

    /**
     * Reads JSON Lines from a stream (not closed) under {@link InputLimits#defaults()}.
     *
     * @param in the UTF-8 JSON Lines; read to its end and not closed
     * @param source the name used in problems, for example the file name
     * @return every posting, in file order; empty when the file has no posting line
     * @throws DataFileException {@code SB-CORE-1201}/{@code 1202} over a limit; {@code unreadable} if the stream fails;
     *     else listing every bad line with its line number, field and reason
     */
    public static List<LedgerPosting> readJsonLines(InputStream in, String source) {
        return readJsonLines(in, source, InputLimits.defaults());
    }

    /**
     * Reads JSON Lines from a stream (not closed) under {@code limits}.
     *
     * @param in the UTF-8 JSON Lines; read to its end and not closed
     * @param source the name used in problems, for example the file name
     * @param limits the limits it is read under: size, line length, nesting depth, number, string and name length
     * @return every posting, in file order; empty when the file has no posting line
     * @throws DataFileException {@code SB-CORE-1201}/{@code 1202} over a limit; {@code unreadable} if the stream fails;
     *     else listing every bad line with its line number, field and reason
     */
    public static List<LedgerPosting> readJsonLines(InputStream in, String source, InputLimits limits) {
        return PostingReader.jsonLines(Objects.requireNonNull(in, "in"), Objects.requireNonNull(source, "source"),
                Objects.requireNonNull(limits, "limits"));
    }

    /**
     * Reads a file as JSON Lines when its name ends with {@code .jsonl} or {@code .ndjson}, as CSV otherwise.
     *
     * @param file a {@code .jsonl}, {@code .ndjson} or CSV file
     * @return every posting, in file order; empty when the file has no posting line
     * @throws DataFileException {@code SB-CORE-1201}/{@code 1202} over a limit; {@code unreadable} if it cannot be
     *     read; else listing every bad line with its line number, field and reason
     */
    public static List<LedgerPosting> read(Path file) {
        return read(file, InputLimits.defaults());
    }

    /**
     * As {@link #read(Path)}, under {@code limits}.
     *
     * @param file a {@code .jsonl}, {@code .ndjson} or CSV file
     * @param limits the limits it is read under, as by {@link #readCsv(Path, InputLimits)} or
     *     {@link #readJsonLines(Path, InputLimits)}
     * @return every posting, in file order; empty when the file has no posting line
     * @throws DataFileException {@code SB-CORE-1201}/{@code 1202} over a limit; {@code unreadable} if it cannot be
     *     read; else listing every bad line with its line number, field and reason
     */
    public static List<LedgerPosting> read(Path file, InputLimits limits) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        return name.endsWith(".jsonl") || name.endsWith(".ndjson") ? readJsonLines(file, limits)
                : readCsv(file, limits);
    }
}
