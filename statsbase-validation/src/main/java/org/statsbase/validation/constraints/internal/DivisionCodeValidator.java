package org.statsbase.validation.constraints.internal;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.statsbase.core.code.CodeCheck;
import org.statsbase.core.code.DivisionLevel;
import org.statsbase.validation.constraints.ConstraintReason;
import org.statsbase.validation.constraints.DivisionCode;

/**
 * Validates {@link DivisionCode @DivisionCode} (统计用区划代码) with
 * {@link org.statsbase.core.code.DivisionCode#check(CharSequence)} and, when the constraint lists
 * levels, the level the digits imply.
 *
 * <p>Thread safety: read-only after {@link #initialize}.
 */
public final class DivisionCodeValidator extends CodeConstraintValidator<DivisionCode> {

    private Set<DivisionLevel> levels = EnumSet.allOf(DivisionLevel.class);
    private String expected = "";

    /** Instantiated by the validation provider. */
    public DivisionCodeValidator() {
        super(DivisionCode.class);
    }

    @Override
    public void initialize(DivisionCode constraint) {
        if (constraint.level().length > 0) {
            levels = EnumSet.copyOf(Arrays.asList(constraint.level()));
            expected = levels.stream().map(l -> ConstraintMessages.key(ConstraintMessages.enumKey(l)))
                    .collect(Collectors.joining(" / "));
        }
    }

    @Override
    Optional<Finding> find(CharSequence value) {
        CodeCheck<org.statsbase.core.code.DivisionCode, org.statsbase.core.code.DivisionCode.Reason> check =
                org.statsbase.core.code.DivisionCode.check(value);
        if (!check.isValid()) {
            return Finding.of(check);
        }
        DivisionLevel level = check.value().orElseThrow().level();
        if (levels.contains(level)) {
            return Optional.empty();
        }
        return Optional.of(new Finding(ConstraintReason.WRONG_LEVEL, check.input(), 0, expected,
                ConstraintMessages.key(ConstraintMessages.enumKey(level))));
    }
}
