package org.statsbase.validation.constraints.internal;

import java.util.Optional;
import org.statsbase.core.code.CodeCheck;
import org.statsbase.core.code.IndustryLevel;
import org.statsbase.validation.constraints.ConstraintReason;
import org.statsbase.validation.constraints.IndustryCode;

/**
 * Validates {@link IndustryCode @IndustryCode} (GB/T 4754-2017 国民经济行业分类) with
 * {@link org.statsbase.core.code.IndustryCode#check(CharSequence)} and the constraint's minimum
 * level.
 *
 * <p>Thread safety: read-only after {@link #initialize}.
 */
public final class IndustryCodeValidator extends CodeConstraintValidator<IndustryCode> {

    private IndustryLevel minLevel = IndustryLevel.SECTION;

    /** Instantiated by the validation provider. */
    public IndustryCodeValidator() {
        super(IndustryCode.class);
    }

    @Override
    public void initialize(IndustryCode constraint) {
        minLevel = constraint.minLevel();
    }

    @Override
    Optional<Finding> find(CharSequence value) {
        CodeCheck<org.statsbase.core.code.IndustryCode, org.statsbase.core.code.IndustryCode.Reason> check =
                org.statsbase.core.code.IndustryCode.check(value);
        if (!check.isValid()) {
            return Finding.of(check);
        }
        IndustryLevel level = check.value().orElseThrow().level();
        if (level.compareTo(minLevel) >= 0) {
            return Optional.empty();
        }
        return Optional.of(new Finding(ConstraintReason.TOO_COARSE, check.input(), 0,
                ConstraintMessages.key(ConstraintMessages.enumKey(minLevel)),
                ConstraintMessages.key(ConstraintMessages.enumKey(level))));
    }
}
