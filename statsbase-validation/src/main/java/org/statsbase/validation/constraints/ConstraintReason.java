package org.statsbase.validation.constraints;

import org.statsbase.core.code.CodeReason;
import org.statsbase.core.error.ErrorCode;
import org.statsbase.validation.error.ValidationError;

/**
 * Why a well-formed code fails a constraint's own attribute: the reasons the constraints add to
 * those of the statsbase-core code types ({@code UnifiedSocialCreditCode.Reason} and the like).
 * Their message templates receive the usual {@link CodeReason} arguments ({@code {0}} input,
 * {@code {2}} expected, {@code {3}} actual).
 *
 * <p>Thread safety: immutable constants.
 */
public enum ConstraintReason implements CodeReason {
    /** The division code is at a level that {@link DivisionCode#level()} does not list. */
    WRONG_LEVEL(ValidationError.CONSTRAINT_DIVISION_WRONG_LEVEL),
    /** The industry code is coarser than {@link IndustryCode#minLevel()}, for example a 大类 where a 小类 is asked for. */
    TOO_COARSE(ValidationError.CONSTRAINT_INDUSTRY_TOO_COARSE);

    private final ErrorCode error;

    ConstraintReason(ErrorCode error) {
        this.error = error;
    }

    @Override
    public ErrorCode error() {
        return error;
    }
}
