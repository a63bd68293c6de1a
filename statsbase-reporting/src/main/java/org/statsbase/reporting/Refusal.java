package org.statsbase.reporting;

import java.util.List;
import java.util.Map;
import org.statsbase.core.error.ErrorCode;

/**
 * A step refused inside {@link Submissions}: the code, its message arguments, what to add to the
 * REFUSED event's payload and the blocking rules. Never escapes the package: {@link Submissions}
 * records it and throws a {@link org.statsbase.reporting.error.SubmissionRefusedException}.
 */
final class Refusal extends RuntimeException {

    private static final long serialVersionUID = 1L;

    final transient ErrorCode code;
    final transient Object[] args;
    final transient Map<String, String> payload;
    final transient List<String> rules;

    Refusal(ErrorCode code, Object... args) {
        this(code, Map.of(), List.of(), args);
    }

    Refusal(ErrorCode code, Map<String, String> payload, List<String> rules, Object... args) {
        super(code.code(), null, false, false);
        this.code = code;
        this.args = args.clone();
        this.payload = Map.copyOf(payload);
        this.rules = List.copyOf(rules);
    }
}
