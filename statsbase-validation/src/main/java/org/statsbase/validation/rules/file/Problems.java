package org.statsbase.validation.rules.file;

import java.util.ArrayList;
import java.util.List;
import org.statsbase.core.error.ErrorCode;
import org.statsbase.validation.error.RuleProblem;
import org.statsbase.validation.error.ValidationError;
import org.statsbase.validation.rules.SourceLocation;

/**
 * The problems found while reading one rule set (its file and its includes), capped at
 * {@link RuleSetLimits#maxProblems()} so that a hostile file cannot make the report itself huge.
 *
 * <p>Thread safety: not thread-safe; one per read.
 */
final class Problems {

    private final List<RuleProblem> list = new ArrayList<>();
    private final int max;
    private boolean capped;

    Problems(int max) {
        this.max = max;
    }

    void add(SourceLocation location, ErrorCode code, String found, String expected, Object... args) {
        if (list.size() < max) {
            list.add(RuleProblem.of(location, code, found, expected, args));
        } else if (!capped) {
            capped = true;
            list.add(RuleProblem.of(location, ValidationError.RULE_SET_LIMIT, "", "", "max_problems",
                    "> " + max, max));
        }
    }

    boolean isEmpty() {
        return list.isEmpty();
    }

    int size() {
        return list.size();
    }

    List<RuleProblem> list() {
        return list;
    }
}
