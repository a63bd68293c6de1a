package org.statsbase.validation.review;

import java.time.Instant;
import java.util.Objects;

/**
 * A written explanation (情况说明) given for a {@link org.statsbase.core.level.Severity#VERIFY}
 * failure: the text, who wrote it and when. Whether it is accepted is decided by an
 * {@link ExplanationPolicy}.
 *
 * @param text   the explanation
 * @param author who gave it
 * @param at     when
 *
 * <p>Thread safety: immutable.
 */
public record Explanation(String text, String author, Instant at) {

    /** Validates the components; none may be null. */
    public Explanation {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(at, "at");
    }

    /** An explanation. */
    public static Explanation of(String text, String author, Instant at) {
        return new Explanation(text, author, at);
    }
}
