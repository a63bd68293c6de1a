package org.statsbase.validation.constraints.internal;

import java.util.Optional;
import org.statsbase.core.code.CodeCheck;
import org.statsbase.core.code.CodeReason;

/**
 * Why a value fails a code constraint, with the details of a {@link CodeCheck}: the normalised
 * input (plain text), the 1-based position (0 for none) and the expected and actual text as
 * template fragments (escaped text or message keys, {@code ""} for none).
 *
 * <p>Thread safety: immutable.
 */
record Finding(CodeReason reason, String input, int position, String expected, String actual) {

    /** The finding of a failed check, empty when the check passed. */
    static Optional<Finding> of(CodeCheck<?, ? extends CodeReason> check) {
        if (check.isValid()) {
            return Optional.empty();
        }
        return Optional.of(new Finding(check.reason().orElseThrow(), check.input(), check.position().orElse(0),
                check.expected().map(ConstraintMessages::literal).orElse(""),
                check.actual().map(ConstraintMessages::literal).orElse("")));
    }
}
