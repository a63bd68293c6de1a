package org.statsbase.validation.review;

import java.text.Normalizer;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.statsbase.validation.error.ValidationError;

/**
 * When a written explanation of a {@link org.statsbase.core.level.Severity#VERIFY} failure
 * counts (核实性审核的情况说明): it needs an author and at least {@link #minimumLength()}
 * meaningful characters (letters and digits after NFKC, punctuation and blanks not counted), and
 * it must say more than set phrases such as “核实无误”, “无误” or “正常”: a text that is nothing
 * but such phrases, punctuation and blanks is boilerplate and rejected whatever its length.
 *
 * <p>Thread safety: immutable.
 */
public final class ExplanationPolicy {

    /** The default minimum of meaningful characters. */
    public static final int DEFAULT_MINIMUM_LENGTH = 6;

    /** The default boilerplate phrases. */
    public static final List<String> DEFAULT_PHRASES = List.of("核实无误", "经核实无误", "确认无误", "数据无误", "无误",
            "正常", "数据正常", "属实", "情况属实", "数据属实", "已核实", "经核实", "核实", "真实", "数据真实", "没有问题",
            "没问题", "无问题", "无异常", "ok", "okay", "checked", "correct", "verified", "confirmed", "normal",
            "nothing wrong", "no problem");

    private final int minimumLength;
    private final List<String> phrases;

    private ExplanationPolicy(int minimumLength, List<String> phrases) {
        if (minimumLength < 0) {
            throw new IllegalArgumentException("minimumLength must be >= 0: " + minimumLength);
        }
        this.minimumLength = minimumLength;
        this.phrases = phrases.stream().map(ExplanationPolicy::meaningful).filter(p -> !p.isEmpty()).distinct()
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
    }

    /**
     * The default policy: {@link #DEFAULT_MINIMUM_LENGTH} and {@link #DEFAULT_PHRASES}.
     *
     * @return the default policy
     */
    public static ExplanationPolicy defaults() {
        return new ExplanationPolicy(DEFAULT_MINIMUM_LENGTH, DEFAULT_PHRASES);
    }

    /**
     * This policy with another minimum of meaningful characters.
     *
     * @param characters the least number of meaningful characters an explanation must have
     * @return a new policy; this one is unchanged
     */
    public ExplanationPolicy withMinimumLength(int characters) {
        return new ExplanationPolicy(characters, phrases);
    }

    /**
     * This policy with other boilerplate phrases.
     *
     * @param rejected the boilerplate phrases that are not explanations, such as {@code 核实无误}
     * @return a new policy; this one is unchanged
     */
    public ExplanationPolicy withRejectedPhrases(List<String> rejected) {
        return new ExplanationPolicy(minimumLength, List.copyOf(rejected));
    }

    /**
     * The minimum of meaningful characters.
     *
     * @return the minimum
     */
    public int minimumLength() {
        return minimumLength;
    }

    /**
     * The boilerplate phrases, normalised, longest first.
     *
     * @return the phrases, never null
     */
    public List<String> rejectedPhrases() {
        return phrases;
    }

    /** Letters and digits only, NFKC, lower-case: what counts as content. */
    private static String meaningful(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().filter(Character::isLetterOrDigit).forEach(out::appendCodePoint);
        return out.toString();
    }

    /**
     * Why {@code explanation} is not accepted, or empty when it is.
     *
     * @param explanation the explanation to judge, never null
     * @return the first reason to reject it (SB-VAL-0605, 0606 or 0609); empty when it is accepted
     */
    public Optional<ExplanationRejection> judge(Explanation explanation) {
        Objects.requireNonNull(explanation, "explanation");
        if (explanation.author().isBlank()) {
            return Optional.of(rejection(ValidationError.EXPLANATION_EMPTY_FIELD, "author"));
        }
        String content = meaningful(explanation.text());
        String rest = content;
        for (String p : phrases) {
            rest = rest.replace(p, "");
        }
        if (!content.isEmpty() && rest.isEmpty()) {
            String shown = explanation.text().strip();
            return Optional.of(rejection(ValidationError.EXPLANATION_BOILERPLATE,
                    shown.length() > 40 ? shown.substring(0, 37) + "..." : shown));
        }
        int length = content.codePointCount(0, content.length());
        if (length < minimumLength) {
            return Optional.of(rejection(ValidationError.EXPLANATION_TOO_SHORT, length, minimumLength));
        }
        return Optional.empty();
    }

    /**
     * Whether {@code explanation} is accepted.
     *
     * @param explanation the explanation to judge, never null
     * @return {@code true} when {@link #judge} finds no reason to reject it
     */
    public boolean accepts(Explanation explanation) {
        return judge(explanation).isEmpty();
    }

    private static ExplanationRejection rejection(ValidationError error, Object... args) {
        return new ExplanationRejection(error.code(), error.formatZh(args), error.formatEn(args));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ExplanationPolicy other && minimumLength == other.minimumLength
                && phrases.equals(other.phrases);
    }

    @Override
    public int hashCode() {
        return Objects.hash(minimumLength, phrases);
    }

    @Override
    public String toString() {
        return "ExplanationPolicy[minimumLength=" + minimumLength + ", phrases=" + phrases + "]";
    }
}
