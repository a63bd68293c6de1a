package org.statsbase.bench.review;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.math.BigDecimal;
import java.math.MathContext;

/**
 * One record as a Hibernate Validator bean: the checks of {@link Checks#TEN} as field constraints
 * (R01, R03, R06, R07, R08) and one class-level constraint for the cross-field ones (R02, R04, R05,
 * R10); R09 (uniqueness) is a class-level constraint of {@link UnitBatch}. Every violation's message
 * is its rule id, so violations count per rule.
 *
 * <p>Thread safety: immutable.
 */
@UnitBean.CrossChecks
public final class UnitBean {

    final String id;
    @DecimalMin(value = "0", message = "R01")
    final BigDecimal b01;
    final BigDecimal b02;
    final BigDecimal b03;
    final BigDecimal b04;
    final BigDecimal b05;
    final BigDecimal b06;
    final BigDecimal b07;
    @Min(value = 1, message = "R03")
    @Max(value = 100_000, message = "R03")
    final BigDecimal b08;
    final BigDecimal b09;
    final BigDecimal b10;
    final BigDecimal p01;
    @Listed(message = "R06")
    final String ind;
    @Size(min = 4, max = 50, message = "R07")
    final String name;
    @Pattern(regexp = "^[0-9]{6}$", message = "R08")
    final String zip;

    UnitBean(String id, BigDecimal b01, BigDecimal b02, BigDecimal b03, BigDecimal b04, BigDecimal b05,
            BigDecimal b06, BigDecimal b07, BigDecimal b08, BigDecimal b09, BigDecimal b10, BigDecimal p01,
            String ind, String name, String zip) {
        this.id = id;
        this.b01 = b01;
        this.b02 = b02;
        this.b03 = b03;
        this.b04 = b04;
        this.b05 = b05;
        this.b06 = b06;
        this.b07 = b07;
        this.b08 = b08;
        this.b09 = b09;
        this.b10 = b10;
        this.p01 = p01;
        this.ind = ind;
        this.name = name;
        this.zip = zip;
    }

    /** R06: the industry code is in the code list. */
    @Target(ElementType.FIELD)
    @Retention(RetentionPolicy.RUNTIME)
    @Constraint(validatedBy = ListedValidator.class)
    public @interface Listed {
        /** The message. */
        String message() default "R06";

        /** The groups. */
        Class<?>[] groups() default {};

        /** The payload. */
        Class<? extends Payload>[] payload() default {};
    }

    /** Validates {@link Listed}. Thread safety: stateless. */
    public static final class ListedValidator implements ConstraintValidator<Listed, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || Units.INDUSTRY_LIST.contains(value);
        }
    }

    /** R02, R04, R05, R10: one violation per failed check, its message the rule id. */
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    @Constraint(validatedBy = CrossChecksValidator.class)
    public @interface CrossChecks {
        /** The message. */
        String message() default "cross-field checks";

        /** The groups. */
        Class<?>[] groups() default {};

        /** The payload. */
        Class<? extends Payload>[] payload() default {};
    }

    /** Validates {@link CrossChecks}. Thread safety: stateless. */
    public static final class CrossChecksValidator implements ConstraintValidator<CrossChecks, UnitBean> {
        private static final BigDecimal HALF = new BigDecimal("0.5");

        @Override
        public boolean isValid(UnitBean u, ConstraintValidatorContext context) {
            boolean r02 = u.b01.compareTo(u.b02) >= 0;
            boolean r04 = u.b03.compareTo(u.b04.add(u.b05).add(u.b06).add(u.b07)) == 0;
            boolean r05 = u.b01.divide(u.p01, MathContext.DECIMAL128).subtract(BigDecimal.ONE, MathContext.DECIMAL128)
                    .abs().compareTo(HALF) <= 0;
            boolean r10 = u.b09.signum() <= 0 || u.b10.signum() > 0;
            if (r02 && r04 && r05 && r10) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            fail(context, r02, "R02");
            fail(context, r04, "R04");
            fail(context, r05, "R05");
            fail(context, r10, "R10");
            return false;
        }

        private static void fail(ConstraintValidatorContext context, boolean ok, String rule) {
            if (!ok) {
                context.buildConstraintViolationWithTemplate(rule).addConstraintViolation();
            }
        }
    }
}
