package org.statsbase.core.error;

import java.util.List;

/**
 * A data file was unreadable or malformed. Carries every {@link DataProblem} found, in file
 * order, so that all of them can be fixed in one pass.
 *
 * <p>Thread safety: immutable.
 */
public final class DataFileException extends StatsbaseException {

    private static final long serialVersionUID = 1L;

    private final transient List<DataProblem> problems;

    private DataFileException(ErrorCode code, List<DataProblem> problems, Throwable cause, Object... args) {
        super(code, cause, args);
        this.problems = List.copyOf(problems);
    }

    /**
     * The file could not be read at all (missing, I/O error, not the expected syntax).
     *
     * @param source the name used in problems, for example the file name
     * @param cause why it could not be read
     * @return the file could not be read at all (missing, I/O error, not the expected syntax)
     */
    public static DataFileException unreadable(String source, Throwable cause) {
        String detail = cause == null || cause.getMessage() == null ? String.valueOf(cause) : cause.getMessage();
        DataProblem problem = DataProblem.of(source, 0, "", CoreError.DATA_FILE_UNREADABLE, source, detail);
        return new DataFileException(CoreError.DATA_FILE_UNREADABLE, List.of(problem), cause, source, detail);
    }

    /**
     * The input is larger than its configured limit ({@link CoreError#INPUT_TOO_LARGE}); reading
     * stopped at the limit.
     *
     * @param source   the name used in problems, for example the file name
     * @param maxBytes the limit, {@link org.statsbase.core.io.InputLimits#maxInputBytes()}
     * @return the error, code {@code SB-CORE-1201}, with its one problem at line 0
     */
    public static DataFileException tooLarge(String source, long maxBytes) {
        DataProblem problem = DataProblem.of(source, 0, "", CoreError.INPUT_TOO_LARGE, source, maxBytes);
        return new DataFileException(CoreError.INPUT_TOO_LARGE, List.of(problem), null, source, maxBytes);
    }

    /**
     * The input exceeds another configured limit of {@link org.statsbase.core.io.InputLimits}
     * ({@link CoreError#INPUT_LIMIT_EXCEEDED}).
     *
     * @param source  the name used in problems, for example the file name
     * @param line    the 1-based line where it was exceeded, 0 if unknown
     * @param limit   the limit's name, for example {@code max_nesting_depth}
     * @param maximum the configured value
     * @param detail  what was found, for example the parser's message
     * @return the error, code {@code SB-CORE-1202}, with its one problem at {@code line}
     */
    public static DataFileException limitExceeded(String source, long line, String limit, long maximum,
            String detail) {
        DataProblem problem = DataProblem.of(source, line, "", CoreError.INPUT_LIMIT_EXCEEDED, source, limit, maximum,
                detail);
        return new DataFileException(CoreError.INPUT_LIMIT_EXCEEDED, List.of(problem), null, source, limit, maximum,
                detail);
    }

    /**
     * The file was read but has problems.
     *
     * @param source the name used in problems, for example the file name
     * @param problems every problem, in file order; not empty
     * @return the file was read but has problems
     * @throws IllegalArgumentException if {@code problems} is empty
     */
    public static DataFileException malformed(String source, List<DataProblem> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("no problems to report for " + source);
        }
        return new DataFileException(CoreError.DATA_FILE_MALFORMED, problems, null,
                source, problems.size(), problems.get(0).messageZh(), problems.get(0).messageEn());
    }

    /**
     * Every problem found, in file order; never empty.
     *
     * @return every problem found, in file order; never empty
     */
    public List<DataProblem> problems() {
        return problems;
    }
}
