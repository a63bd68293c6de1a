package org.statsbase.bench.review;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * All records of a report, as Hibernate Validator sees a dataset-level check: R09 (unit ids are
 * unique) as a class-level constraint, one violation per record whose id another record has.
 *
 * <p>Thread safety: immutable (the list is not copied; callers do not change it).
 */
@UnitBatch.UniqueIds
public final class UnitBatch {

    final List<UnitBean> units;

    /** A batch of {@code units}. */
    public UnitBatch(List<UnitBean> units) {
        this.units = units;
    }

    /** R09. */
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    @Constraint(validatedBy = UniqueIdsValidator.class)
    public @interface UniqueIds {
        /** The message. */
        String message() default "R09";

        /** The groups. */
        Class<?>[] groups() default {};

        /** The payload. */
        Class<? extends Payload>[] payload() default {};
    }

    /** Validates {@link UniqueIds}. Thread safety: stateless. */
    public static final class UniqueIdsValidator implements ConstraintValidator<UniqueIds, UnitBatch> {
        @Override
        public boolean isValid(UnitBatch batch, ConstraintValidatorContext context) {
            Map<String, Integer> counts = new HashMap<>(batch.units.size() * 2);
            for (UnitBean u : batch.units) {
                counts.merge(u.id, 1, Integer::sum);
            }
            boolean ok = true;
            for (int i = 0; i < batch.units.size(); i++) {
                if (counts.get(batch.units.get(i).id) > 1) {
                    if (ok) {
                        context.disableDefaultConstraintViolation();
                        ok = false;
                    }
                    // one violation per record: a distinct path each (the violations are a set)
                    context.buildConstraintViolationWithTemplate("R09").addPropertyNode("units[" + i + "]")
                            .addConstraintViolation();
                }
            }
            return ok;
        }
    }
}
