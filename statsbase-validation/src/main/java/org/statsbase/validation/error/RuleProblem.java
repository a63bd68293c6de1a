package org.statsbase.validation.error;

import java.util.Objects;
import org.statsbase.core.error.ErrorCode;
import org.statsbase.validation.rules.SourceLocation;

/**
 * One problem in a rule or a rule-set file: where it is (file, line, column), its stable code,
 * what was found and what was expected, in Chinese and English.
 *
 * @param location  where the problem is
 * @param code      the stable code, for example {@code SB-VAL-0102}
 * @param messageZh what is wrong, in Chinese
 * @param messageEn what is wrong, in English
 * @param found     what was found, or {@code ""}
 * @param expected  what was expected, or {@code ""}
 *
 * <p>Thread safety: immutable.
 */
public record RuleProblem(SourceLocation location, String code, String messageZh, String messageEn, String found,
        String expected) {

    /**
     * Validates the components; none may be null.
     *
     * @param location where the problem is
     * @param code the stable code, for example {@code SB-VAL-0102}
     * @param messageZh what is wrong, in Chinese
     * @param messageEn what is wrong, in English
     * @param found what was found, or {@code ""}
     * @param expected what was expected, or {@code ""}
     */
    public RuleProblem {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(messageZh, "messageZh");
        Objects.requireNonNull(messageEn, "messageEn");
        Objects.requireNonNull(found, "found");
        Objects.requireNonNull(expected, "expected");
    }

    /**
     * A problem described by an error code and the arguments of its templates.
     *
     * @param location where the problem is
     * @param code the error code whose templates give the messages
     * @param found what was found, or {@code ""}
     * @param expected what was expected, or {@code ""}
     * @param args the arguments of the code's templates ({@code {0}}, {@code {1}} …)
     * @return the problem with both messages rendered
     */
    public static RuleProblem of(SourceLocation location, ErrorCode code, String found, String expected,
            Object... args) {
        return new RuleProblem(location, code.code(), code.formatZh(args), code.formatEn(args), found, expected);
    }

    /** {@code file:line:column: code message_en / message_zh}, the form compilers print. */
    @Override
    public String toString() {
        return location + ": " + code + " " + messageEn + " / " + messageZh;
    }
}
