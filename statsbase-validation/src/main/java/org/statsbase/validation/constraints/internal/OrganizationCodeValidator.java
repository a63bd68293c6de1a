package org.statsbase.validation.constraints.internal;

import java.util.Optional;
import org.statsbase.core.code.CodeCheck;
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
        CodeCheck<org.statsbase.core.code.OrganizationCode, org.statsbase.core.code.OrganizationCode.Reason> check =
                org.statsbase.core.code.OrganizationCode.check(value);
        Optional<Finding> finding = Finding.of(check);
        if (check.reason().orElse(null) == org.statsbase.core.code.OrganizationCode.Reason.MISPLACED_HYPHEN) {
            // core's "expected" is the hyphen's allowed position (9), which would read as an expected character;
            // the reason's message says where a hyphen may stand
            return finding.map(f -> new Finding(f.reason(), f.input(), f.position(), "", f.actual()));
        }
        return finding;
    }
}
