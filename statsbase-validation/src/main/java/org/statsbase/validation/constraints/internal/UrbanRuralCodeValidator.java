package org.statsbase.validation.constraints.internal;

import java.util.Optional;
import org.statsbase.core.code.CodeCheck;
import org.statsbase.core.code.UrbanRuralGroup;
import org.statsbase.validation.constraints.UrbanRuralCode;

/**
 * Validates {@link UrbanRuralCode @UrbanRuralCode} (the 城乡分类代码 of
 * 国家统计局《统计用区划代码和城乡划分代码编制规则》) with
 * {@link org.statsbase.core.code.UrbanRuralCode#check(CharSequence)}; a group code's group is
 * named in the message's language.
 *
 * <p>Thread safety: stateless.
 */
public final class UrbanRuralCodeValidator extends CodeConstraintValidator<UrbanRuralCode> {

    /** Instantiated by the validation provider. */
    public UrbanRuralCodeValidator() {
        super(UrbanRuralCode.class);
    }

    @Override
    Optional<Finding> find(CharSequence value) {
        CodeCheck<org.statsbase.core.code.UrbanRuralCode, org.statsbase.core.code.UrbanRuralCode.Reason> check =
                org.statsbase.core.code.UrbanRuralCode.check(value);
        if (check.reason().orElse(null) == org.statsbase.core.code.UrbanRuralCode.Reason.GROUP_CODE) {
            // core names the group in Chinese only; the message names it in its own language
            UrbanRuralGroup group = UrbanRuralGroup.ofCode(check.input()).orElseThrow();
            return Optional.of(new Finding(org.statsbase.core.code.UrbanRuralCode.Reason.GROUP_CODE, check.input(), 0,
                    "", ConstraintMessages.key(ConstraintMessages.enumKey(group))));
        }
        return Finding.of(check);
    }
}
