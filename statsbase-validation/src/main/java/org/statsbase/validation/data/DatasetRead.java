package org.statsbase.validation.data;

import java.util.List;
import java.util.Objects;

/**
 * What a reader made of a source: the dataset of the rows it accepted and a problem for every row it
 * did not (and for a CSV syntax error, after which nothing more could be read). No row is dropped
 * without a problem saying so. Callers that want all or nothing call {@link #orElseThrow()}; lenient
 * callers use {@link #accepted()} and show {@link #problems()}.
 *
 * @param source   the file or other source read
 * @param accepted the rows without problems, in source order
 * @param problems every problem, in source order; empty when every row was accepted
 *
 * <p>Thread safety: immutable (the dataset is immutable).
 */
public record DatasetRead(String source, ColumnarDataset accepted, List<ReadProblem> problems) {

    /**
     * Validates and copies the components.
     *
     * @param source the file or other source read
     * @param accepted the rows without problems, in source order
     * @param problems every problem, in source order; empty when every row was accepted
     */
    public DatasetRead {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(accepted, "accepted");
        problems = List.copyOf(problems);
    }

    /**
     * Whether every row was accepted.
     *
     * @return {@code true} when there are no problems
     */
    public boolean isClean() {
        return problems.isEmpty();
    }

    /**
     * The dataset when every row was accepted.
     *
     * @return the dataset of every row
     * @throws DatasetReadException with every problem otherwise
     */
    public ColumnarDataset orElseThrow() {
        if (!problems.isEmpty()) {
            throw new DatasetReadException(source, problems);
        }
        return accepted;
    }
}
