package org.statsbase.core.code;

import org.statsbase.core.error.ErrorCode;

/**
 * Why a code is invalid. Each code type has its own reason enum implementing this interface
 * (for example {@link UnifiedSocialCreditCode.Reason}); every reason has a stable error code
 * and bilingual message templates.
 *
 * <p>Message templates of reasons receive these arguments: {@code {0}} the normalised input,
 * {@code {1}} the 1-based position, {@code {2}} the expected text, {@code {3}} the actual text
 * (empty where they do not apply).
 *
 * <p>Thread safety: implementations are enum constants.
 */
public interface CodeReason {

    /**
     * The reason's constant name, for example {@code BAD_CHECK_CHARACTER}.
     *
     * @return the reason's constant name, for example {@code BAD_CHECK_CHARACTER}
     */
    String name();

    /**
     * The stable error code with the message templates.
     *
     * @return the stable error code with the message templates
     */
    ErrorCode error();
}
