package org.statsbase.core.org;

import java.util.List;
import org.statsbase.core.error.StatsbaseException;

/**
 * Institutions that cannot stand where they were placed in an {@link InstitutionDirectory} (the
 * county → township → village tree of 国统字〔2021〕85号 二).
 * Every problem found is listed in {@link #problems()}; the exception's own code and message are
 * those of the first.
 *
 * <p>Thread safety: immutable.
 */
public final class InstitutionPlacementException extends StatsbaseException {

    private static final long serialVersionUID = 1L;

    private final transient List<PlacementProblem> problems;

    InstitutionPlacementException(List<PlacementProblem> problems) {
        super(problems.get(0).reason().error(), problems.get(0).args());
        this.problems = List.copyOf(problems);
    }

    /**
     * The reason of the first problem.
     *
     * @return the reason of the first problem
     */
    public PlacementReason reason() {
        return problems.get(0).reason();
    }

    /**
     * Every problem found, in the order the institutions were given; never empty.
     *
     * @return every problem found, in the order the institutions were given; never empty
     */
    public List<PlacementProblem> problems() {
        return problems;
    }
}
