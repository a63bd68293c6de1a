package org.statsbase.validation.error;

import java.util.List;
import org.statsbase.core.error.StatsbaseException;

/**
 * A rule or rule set could not be read or compiled. Carries every {@link RuleProblem} found, in
 * source order, not only the first.
 *
 * <p>Thread safety: immutable.
 */
public final class RuleSetException extends StatsbaseException {

    private static final long serialVersionUID = 1L;

    private final transient List<RuleProblem> problems;

    /**
     * @param source   the file or rule set concerned
     * @param problems every problem found; not empty
     * @throws IllegalArgumentException if {@code problems} is empty
     */
    public RuleSetException(String source, List<RuleProblem> problems) {
        super(ValidationError.RULE_PROBLEMS, source, problems.size(), first(problems).messageZh(),
                first(problems).messageEn());
        this.problems = List.copyOf(problems);
    }

    private static RuleProblem first(List<RuleProblem> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("no problems to report");
        }
        return problems.get(0);
    }

    /**
     * Every problem, in source order; never empty.
     *
     * @return the problems, never empty
     */
    public List<RuleProblem> problems() {
        return problems;
    }
}
