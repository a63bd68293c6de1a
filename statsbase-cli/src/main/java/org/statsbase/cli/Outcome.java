package org.statsbase.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;

/**
 * The answer for one input value or row: the JSON object printed for it and what it means for
 * the exit code.
 *
 * @param json   the object printed, keys in snake_case
 * @param status what the answer is
 */
record Outcome(ObjectNode json, Status status) {

    /** What an answer means for the exit code; a run exits with the highest code of its answers. */
    enum Status {
        /** Valid, acceptable, verified, or a plain answer (an OUT_OF_SCOPE size is still an answer). */
        OK(0),
        /** A negative domain result: an invalid code, a refused classification. */
        NEGATIVE(1),
        /** A usage error or malformed input. */
        MALFORMED(2),
        /** A bug in statsbase. */
        INTERNAL(3);

        final int exitCode;

        Status(int exitCode) {
            this.exitCode = exitCode;
        }
    }

    Outcome {
        Objects.requireNonNull(json, "json");
        Objects.requireNonNull(status, "status");
    }
}
