package org.statsbase.validation.constraints.internal;

import java.util.Optional;
import org.statsbase.validation.constraints.UrbanRuralCode;

/**
 * Validates {@link UrbanRuralCode @UrbanRuralCode} (the 城乡分类代码 of 国家统计局《统计用区划代码和城乡划分代码编制规则》) with
 * {@link org.statsbase.core.code.UrbanRuralCode#check(CharSequence)}.
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
        return Finding.of(org.statsbase.core.code.UrbanRuralCode.check(value));
    }
}
