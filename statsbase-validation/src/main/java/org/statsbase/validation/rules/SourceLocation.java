package org.statsbase.validation.rules;

import java.util.Objects;

/**
 * Where something is in a rule-set file or rule text: the source (a file name or rule-set id),
 * the 1-based line and the 1-based column; 0 where unknown.
 *
 * @param source the file or rule-set id
 * @param line   the 1-based line, or 0
 * @param column the 1-based column, or 0
 *
 * <p>Thread safety: immutable.
 */
public record SourceLocation(String source, int line, int column) {

    /**
     * Validates the components.
     *
     * @param source the file or rule-set id
     * @param line the 1-based line, or 0
     * @param column the 1-based column, or 0
     */
    public SourceLocation {
        Objects.requireNonNull(source, "source");
        if (line < 0 || column < 0) {
            throw new IllegalArgumentException("line and column must be >= 0: " + line + ":" + column);
        }
    }

    /**
     * A location without line and column.
     *
     * @param source the file or rule-set id
     * @return the location, line and column 0
     */
    public static SourceLocation of(String source) {
        return new SourceLocation(source, 0, 0);
    }

    /**
     * The location of a position inside a text that starts here: line {@code textLine}, column
     * {@code textColumn} of the text (both 1-based). On the text's first line columns count from
     * this location's column; on later lines from the start of the line. Where this location has
     * no line, the text's own line and column are returned.
     *
     * @param textLine the 1-based line within the text
     * @param textColumn the 1-based column within the text
     * @return the location in the file
     */
    public SourceLocation within(int textLine, int textColumn) {
        if (textLine < 1 || textColumn < 1) {
            throw new IllegalArgumentException("textLine and textColumn are 1-based: " + textLine + ":" + textColumn);
        }
        if (line == 0) {
            return new SourceLocation(source, textLine, textColumn);
        }
        if (textLine == 1) {
            return new SourceLocation(source, line, column == 0 ? 0 : column + textColumn - 1);
        }
        return new SourceLocation(source, line + textLine - 1, textColumn);
    }

    /** {@code source:line:column} (what is known of it). */
    @Override
    public String toString() {
        return line == 0 ? source : column == 0 ? source + ":" + line : source + ":" + line + ":" + column;
    }
}
