package org.statsbase.validation.constraints;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Payload;
import jakarta.validation.metadata.ConstraintDescriptor;
import java.util.Objects;
import java.util.Optional;
import org.statsbase.core.level.Severity;

/**
 * The {@link Severity} of a constraint (审核规则级别: 强制性, 准强制性, 核实性, 提示性) carried as a Jakarta
 * Validation payload (Jakarta Validation 3.1, section 3.1.1.3 "payload"), so that a bean's
 * code constraints are graded like the review rules of a rule set:
 *
 * <pre>{@code
 * @UnifiedSocialCreditCode(payload = SeverityPayload.Verify.class)
 * String creditCode;
 *
 * Severity s = SeverityPayload.severity(violation);   // VERIFY
 * }</pre>
 *
 * <p>A constraint without a severity marker is {@link Severity#MANDATORY}, the default of a
 * review rule. A constraint carrying several markers has the strictest of them (the first in
 * {@link Severity}'s order), so that a copy-and-paste slip never weakens a check.
 *
 * <p>Thread safety: stateless.
 */
public final class SeverityPayload {

    private SeverityPayload() {
    }

    /** 强制性: {@link Severity#MANDATORY}. */
    public static final class Mandatory implements Payload {
        private Mandatory() {
        }
    }

    /** 准强制性: {@link Severity#QUASI_MANDATORY}. */
    public static final class QuasiMandatory implements Payload {
        private QuasiMandatory() {
        }
    }

    /** 核实性: {@link Severity#VERIFY}. */
    public static final class Verify implements Payload {
        private Verify() {
        }
    }

    /** 提示性: {@link Severity#HINT}. */
    public static final class Hint implements Payload {
        private Hint() {
        }
    }

    /**
     * The marker type of a severity, for programmatic constraint declarations.
     *
     * @param severity the level, never null
     * @return the marker type of this class for that level
     */
    public static Class<? extends Payload> of(Severity severity) {
        return switch (Objects.requireNonNull(severity, "severity")) {
            case MANDATORY -> Mandatory.class;
            case QUASI_MANDATORY -> QuasiMandatory.class;
            case VERIFY -> Verify.class;
            case HINT -> Hint.class;
        };
    }

    /**
     * The severity a payload type marks, if it is one of the markers of this class.
     *
     * @param payload any payload type, never null
     * @return the level it marks; empty for a payload type that is not one of these markers
     */
    public static Optional<Severity> severityOf(Class<? extends Payload> payload) {
        Objects.requireNonNull(payload, "payload");
        for (Severity s : Severity.values()) {
            if (of(s) == payload) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /**
     * The severity a constraint declares: the strictest of its severity markers, or empty when it
     * carries none.
     *
     * @param constraint the descriptor of a declared constraint, never null
     * @return the strictest level among its markers; empty when it has none
     */
    public static Optional<Severity> declared(ConstraintDescriptor<?> constraint) {
        Objects.requireNonNull(constraint, "constraint");
        Severity strictest = null;
        for (Class<? extends Payload> payload : constraint.getPayload()) {
            Severity s = severityOf(payload).orElse(null);
            if (s != null && (strictest == null || s.ordinal() < strictest.ordinal())) {
                strictest = s;
            }
        }
        return Optional.ofNullable(strictest);
    }

    /**
     * The severity of a violation: for a failing rule of {@link ReviewRules @ReviewRules} the
     * rule's ({@link ReviewViolations#severity}); otherwise the one its constraint declares,
     * {@link Severity#MANDATORY} when it declares none.
     *
     * @param violation a violation reported by any Jakarta validator, never null
     * @return the level, never null
     */
    public static Severity severity(ConstraintViolation<?> violation) {
        Objects.requireNonNull(violation, "violation");
        Optional<Severity> rule = ReviewViolations.severity(violation);
        if (rule.isPresent()) {
            return rule.get();
        }
        return declared(violation.getConstraintDescriptor()).orElse(Severity.MANDATORY);
    }
}
