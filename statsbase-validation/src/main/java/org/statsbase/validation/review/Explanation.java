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

    /**
     * Validates the components; none may be null.
     *
     * @param text the explanation
     * @param author who gave it
     * @param at when
     */
    public Explanation {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(at, "at");
    }

    /**
     * An explanation.
     *
     * @param text the explanation, never null
     * @param author who gave it, never null
     * @param at when it was given, never null
     * @return the explanation; whether it is accepted is for an {@link ExplanationPolicy} to judge
     */
    public static Explanation of(String text, String author, Instant at) {
        return new Explanation(text, author, at);
    }
}
