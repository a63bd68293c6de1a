package org.statsbase.core.code;

import java.util.Objects;
import java.util.Optional;
import org.statsbase.core.error.CoreError;
import org.statsbase.core.error.ErrorCode;

/**
 * The answer of {@link IndustryClassification#check(CharSequence)}: whether an input is a code of
 * GB/T 4754-2017 国民经济行业分类 in a given classification table, and how deep that answer
 * goes.
 *
 * <p>{@link #checkedTo()} is the deepest level that was looked up. The shipped table holds the
 * 20 sections (门类) and 97 divisions (大类) only, so a group (中类) or class (小类) is valid there
 * when its division exists, and {@code checkedTo()} is {@link IndustryLevel#DIVISION}: the
 * group or class itself was not checked. With a full four-level table every code is looked up
 * at its own level and an absent one is invalid with {@link Reason#UNKNOWN_CODE}.
 *
 * <p>Thread safety: immutable.
 */
public final class IndustryCheck {

    /** Why a well-formed industry code is invalid in a classification table. */
    public enum Reason implements CodeReason {
        /** The code is well formed but the classification table has no such entry. */
        UNKNOWN_CODE(CoreError.INDUSTRY_UNKNOWN_CODE);

        private final ErrorCode error;

        Reason(ErrorCode error) {
            this.error = error;
        }

        @Override
        public ErrorCode error() {
            return error;
        }
    }

    private final CodeCheck<IndustryCode, IndustryCode.Reason> codeCheck;
    private final CodeCheck<IndustryCode, CodeReason> result;
    private final IndustryLevel checkedTo;
    private final IndustryEntry entry;
    private final IndustryEntry nearest;

    private IndustryCheck(CodeCheck<IndustryCode, IndustryCode.Reason> codeCheck,
            CodeCheck<IndustryCode, CodeReason> result, IndustryLevel checkedTo, IndustryEntry entry,
            IndustryEntry nearest) {
        this.codeCheck = codeCheck;
        this.result = result;
        this.checkedTo = checkedTo;
        this.entry = entry;
        this.nearest = nearest;
    }

    static IndustryCheck malformed(CodeCheck<IndustryCode, IndustryCode.Reason> codeCheck, IndustryLevel depth) {
        IndustryCode.Reason reason = codeCheck.reason().orElseThrow();
        CodeCheck<IndustryCode, CodeReason> result = CodeCheck.invalid(codeCheck.input(), reason,
                codeCheck.position().orElse(0), codeCheck.expected().orElse(""), codeCheck.actual().orElse(""));
        return new IndustryCheck(codeCheck, result, depth, null, null);
    }

    static IndustryCheck found(CodeCheck<IndustryCode, IndustryCode.Reason> codeCheck, IndustryLevel checkedTo,
            IndustryEntry entry, IndustryEntry nearest) {
        IndustryCode code = codeCheck.value().orElseThrow();
        return new IndustryCheck(codeCheck, CodeCheck.valid(codeCheck.input(), code), checkedTo, entry, nearest);
    }

    static IndustryCheck unknown(CodeCheck<IndustryCode, IndustryCode.Reason> codeCheck, IndustryLevel checkedTo,
            IndustryEntry nearest) {
        IndustryCode code = codeCheck.value().orElseThrow();
        CodeCheck<IndustryCode, CodeReason> result = CodeCheck.invalid(codeCheck.input(), Reason.UNKNOWN_CODE, 0,
                "", code.canonical());
        return new IndustryCheck(codeCheck, result, checkedTo, null, nearest);
    }

    /**
     * Whether the input is a code of the classification, as far as {@link #checkedTo()} goes.
     *
     * @return whether the input is a code of the classification, as far as {@link #checkedTo()} goes
     */
    public boolean isValid() {
        return result.isValid();
    }

    /**
     * The input after normalisation (NFKC, trimmed, upper-cased); {@code ""} for {@code null}.
     *
     * @return the input after normalisation (NFKC, trimmed, upper-cased); {@code ""} for {@code null}
     */
    public String input() {
        return result.input();
    }

    /**
     * The code, if valid.
     *
     * @return the code, if valid
     */
    public Optional<IndustryCode> code() {
        return result.value();
    }

    /**
     * The check of the code's form alone ({@link IndustryCode#check(CharSequence)}): valid for a
     * well-formed code even when the table lacks it.
     *
     * @return the check of the code's form alone ({@link IndustryCode#check(CharSequence)})
     */
    public CodeCheck<IndustryCode, IndustryCode.Reason> codeCheck() {
        return codeCheck;
    }

    /**
     * The combined result: an {@link IndustryCode.Reason} for a malformed input,
     * {@link Reason#UNKNOWN_CODE} for a well-formed code the table lacks.
     *
     * @return the combined result: an {@link IndustryCode.Reason} for a malformed input, {@link Reason#UNKNOWN_CODE}
     *         for a well-formed code the table lacks
     */
    public CodeCheck<IndustryCode, CodeReason> result() {
        return result;
    }

    /**
     * The reason, if invalid: an {@link IndustryCode.Reason} or {@link Reason#UNKNOWN_CODE}.
     *
     * @return the reason, if invalid: an {@link IndustryCode.Reason} or {@link Reason#UNKNOWN_CODE}
     */
    public Optional<CodeReason> reason() {
        return result.reason();
    }

    /**
     * The deepest level looked up in the table: the code's own level with a full table;
     * {@link IndustryLevel#DIVISION} for a group or class with the shipped table. For an input
     * that is not a well-formed code it is the deepest level the table holds (no lookup was
     * needed to reject it).
     *
     * @return the deepest level looked up in the table: the code's own level with a full table
     */
    public IndustryLevel checkedTo() {
        return checkedTo;
    }

    /**
     * The table's entry for the code itself, if the table holds that level and the entry.
     *
     * @return the table's entry for the code itself, if the table holds that level and the entry
     */
    public Optional<IndustryEntry> entry() {
        return Optional.ofNullable(entry);
    }

    /**
     * The deepest entry of the table at or above the code: the entry itself when known; the
     * division for a group or class checked with the shipped table; the nearest existing
     * ancestor of an unknown code.
     *
     * @return the deepest entry of the table at or above the code: the entry itself when known
     */
    public Optional<IndustryEntry> nearestEntry() {
        return Optional.ofNullable(nearest);
    }

    /**
     * The Chinese name of the code's own entry, where the table knows it.
     *
     * @return the Chinese name of the code's own entry, where the table knows it
     */
    public Optional<String> nameZh() {
        return entry().map(IndustryEntry::nameZh);
    }

    /**
     * The stable error code of the reason, if invalid.
     *
     * @return the stable error code of the reason, if invalid
     */
    public Optional<String> errorCode() {
        return result.errorCode();
    }

    /**
     * The reason in Chinese, or {@code ""} when valid.
     *
     * @return the reason in Chinese, or {@code ""} when valid
     */
    public String messageZh() {
        return result.messageZh();
    }

    /**
     * The reason in English, or {@code ""} when valid.
     *
     * @return the reason in English, or {@code ""} when valid
     */
    public String messageEn() {
        return result.messageEn();
    }

    /**
     * The code; throws {@link InvalidCodeException} when invalid.
     *
     * @return the code; throws {@link InvalidCodeException} when invalid
     */
    public IndustryCode orElseThrow() {
        return result.orElseThrow();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IndustryCheck other && result.equals(other.result) && checkedTo == other.checkedTo
                && Objects.equals(entry, other.entry) && Objects.equals(nearest, other.nearest);
    }

    @Override
    public int hashCode() {
        return Objects.hash(result, checkedTo, entry, nearest);
    }

    @Override
    public String toString() {
        return result + " checked to " + checkedTo + (entry == null ? "" : " (" + entry.nameZh() + ")");
    }
}
