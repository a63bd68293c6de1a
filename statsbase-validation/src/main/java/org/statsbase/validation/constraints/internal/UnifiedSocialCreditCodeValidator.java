package org.statsbase.validation.constraints.internal;

import java.util.Optional;
import org.statsbase.validation.constraints.UnifiedSocialCreditCode;

/**
 * Validates {@link UnifiedSocialCreditCode @UnifiedSocialCreditCode} (GB 32100-2015 统一社会信用代码) with
 * {@link org.statsbase.core.code.UnifiedSocialCreditCode#check(CharSequence)}.
 *
 * <p>Thread safety: stateless.
 */
public final class UnifiedSocialCreditCodeValidator extends CodeConstraintValidator<UnifiedSocialCreditCode> {

    /** Instantiated by the validation provider. */
    public UnifiedSocialCreditCodeValidator() {
        super(UnifiedSocialCreditCode.class);
    }

    @Override
    Optional<Finding> find(CharSequence value) {
        return Finding.of(org.statsbase.core.code.UnifiedSocialCreditCode.check(value));
    }
}
