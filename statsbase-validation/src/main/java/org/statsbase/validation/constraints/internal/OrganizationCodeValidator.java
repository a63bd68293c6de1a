package org.statsbase.validation.constraints.internal;

import java.util.Optional;
import org.statsbase.validation.constraints.OrganizationCode;

/**
 * Validates {@link OrganizationCode @OrganizationCode} (GB 11714 组织机构代码) with
 * {@link org.statsbase.core.code.OrganizationCode#check(CharSequence)}.
 *
 * <p>Thread safety: stateless.
 */
public final class OrganizationCodeValidator extends CodeConstraintValidator<OrganizationCode> {

    /** Instantiated by the validation provider. */
    public OrganizationCodeValidator() {
        super(OrganizationCode.class);
    }

    @Override
    Optional<Finding> find(CharSequence value) {
        return Finding.of(org.statsbase.core.code.OrganizationCode.check(value));
    }
}
