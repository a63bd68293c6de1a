package org.statsbase.validation.data;

import java.util.List;
import org.statsbase.core.error.StatsbaseException;
import org.statsbase.validation.error.ValidationError;

/**
 * Data could not be read into a {@link Dataset}, or had bad rows and the caller asked for all or
 * nothing. Carries every {@link ReadProblem} found, in source order, so that all of them can be fixed
 * in one pass. Its own code is {@link ValidationError#DATA_REJECTED} ({@code SB-VAL-0501}); the
 * problems carry theirs.
 *
 * <p>Thread safety: immutable.
 */
public final class DatasetReadException extends StatsbaseException {

    private static final long serialVersionUID = 1L;

    /** The file or other source read; part of the serialized form. */
    private final String source;
    private final transient List<ReadProblem> problems;

    /**
     * @param source   the file or other source read
     * @param problems every problem found; not empty
     * @throws IllegalArgumentException if {@code problems} is empty
     */
    public DatasetReadException(String source, List<ReadProblem> problems) {
        this(source, problems, null);
    }

    DatasetReadException(String source, List<ReadProblem> problems, Throwable cause) {
        super(ValidationError.DATA_REJECTED, cause, source, problems.size(), first(problems).messageZh(),
                first(problems).messageEn());
        this.source = source;
        this.problems = List.copyOf(problems);
    }

    private static ReadProblem first(List<ReadProblem> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("no problems to report");
        }
        return problems.get(0);
    }

    /**
     * The file or other source read.
     *
     * @return the source's name, for example the file name
     */
    public String source() {
        return source;
    }

    /**
     * Every problem, in source order; never empty.
     *
     * @return the problems, never empty
     */
    public List<ReadProblem> problems() {
        return problems;
    }
}
