package org.statsbase.core.error;

import java.util.Objects;

/**
 * One problem found in a data file that a user supplied (a catalog, a classification table, a
 * form definition): where it is and what is wrong, in Chinese and English.
 *
 * <p>Loaders collect every problem of a file before failing, so that the person fixing the file
 * sees all of them at once (the opposite of silently skipping bad lines).
 *
 * @param source  the file or resource name
 * @param line    the 1-based line number, or 0 where the format has no lines (a JSON tree)
 * @param field   the field or JSON path concerned, or {@code ""}
 * @param messageZh what is wrong, in Chinese
 * @param messageEn what is wrong, in English
 *
 * <p>Thread safety: immutable.
 */
public record DataProblem(String source, long line, String field, String messageZh, String messageEn) {

    /**
     * Validates the components; no component may be null.
     *
     * @param source the file or resource name
     * @param line the 1-based line number, or 0 where the format has no lines (a JSON tree)
     * @param field the field or JSON path concerned, or {@code ""}
     * @param messageZh what is wrong, in Chinese
     * @param messageEn what is wrong, in English
     */
    public DataProblem {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(messageZh, "messageZh");
        Objects.requireNonNull(messageEn, "messageEn");
        if (line < 0) {
            throw new IllegalArgumentException("line must be >= 0: " + line);
        }
    }

    /**
     * A problem described by an error code and its arguments.
     *
     * @param source the file or resource name
     * @param line the 1-based line number, or 0 where the format has no lines (a JSON tree)
     * @param field the field or JSON path concerned, or {@code ""}
     * @param code the error code whose templates give the messages
     * @param args the arguments of the templates' placeholders {@code {0}}, {@code {1}} …
     * @return a problem described by an error code and its arguments
     */
    public static DataProblem of(String source, long line, String field, ErrorCode code, Object... args) {
        return new DataProblem(source, line, field,
                code.code() + " " + code.formatZh(args), code.code() + " " + code.formatEn(args));
    }

    @Override
    public String toString() {
        String where = line > 0 ? source + ":" + line : source;
        return where + (field.isEmpty() ? "" : " [" + field + "]") + " " + messageEn + " / " + messageZh;
    }
}
