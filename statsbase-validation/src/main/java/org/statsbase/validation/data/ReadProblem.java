package org.statsbase.validation.data;

import java.util.Objects;
import org.statsbase.core.error.DataProblem;
import org.statsbase.validation.error.ValidationError;

/**
 * One problem found while reading data into a {@link Dataset}: where it is (source, 1-based line,
 * column), its stable code (a {@link ValidationError} of the {@code SB-VAL-05xx} block) and what is
 * wrong in Chinese and English. A row with a problem is never part of the dataset; the problems
 * together say which rows were left out and why.
 *
 * @param source    the file or other source read
 * @param line      the 1-based line the row starts on (for Java maps and records: the 1-based position
 *                  in the list), 0 for a problem of the whole source
 * @param column    the column or field concerned, or {@code ""}
 * @param error     the stable code
 * @param messageZh what is wrong, in Chinese
 * @param messageEn what is wrong, in English
 *
 * <p>Thread safety: immutable.
 */
public record ReadProblem(String source, long line, String column, ValidationError error, String messageZh,
        String messageEn) {

    /**
     * Validates the components; none may be null, the line not negative.
     *
     * @param source the file or other source read
     * @param line the 1-based line the row starts on (for Java maps and records: the 1-based position in the list), 0
     *             for a problem of the whole source
     * @param column the column or field concerned, or {@code ""}
     * @param error the stable code
     * @param messageZh what is wrong, in Chinese
     * @param messageEn what is wrong, in English
     */
    public ReadProblem {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(error, "error");
        Objects.requireNonNull(messageZh, "messageZh");
        Objects.requireNonNull(messageEn, "messageEn");
        if (line < 0) {
            throw new IllegalArgumentException("line must be >= 0: " + line);
        }
    }

    /**
     * A problem described by its code and the arguments of the code's templates.
     *
     * @param source the file or other source read
     * @param line the 1-based line the row starts on, at least 0
     * @param column the column or field concerned, or {@code ""}
     * @param error the code, of the {@code SB-VAL-05xx} block
     * @param args the arguments of the code's templates ({@code {0}}, {@code {1}} …)
     * @return the problem with both messages rendered
     */
    public static ReadProblem of(String source, long line, String column, ValidationError error, Object... args) {
        return new ReadProblem(source, line, column, error, error.formatZh(args), error.formatEn(args));
    }

    /**
     * The stable code text, for example {@code SB-VAL-0507}.
     *
     * @return the code, for example {@code SB-VAL-0507}
     */
    public String code() {
        return error.code();
    }

    /**
     * The same problem as statsbase-core's {@link DataProblem} (its messages start with the code).
     *
     * @return the problem for statsbase-core's file reports
     */
    public DataProblem toDataProblem() {
        return new DataProblem(source, line, column, code() + " " + messageZh, code() + " " + messageEn);
    }

    /** {@code source:line [column] code English / Chinese}. */
    @Override
    public String toString() {
        String where = line > 0 ? source + ":" + line : source;
        return where + (column.isEmpty() ? "" : " [" + column + "]") + " " + code() + " " + messageEn + " / "
                + messageZh;
    }
}
