package org.statsbase.validation.constraints;

import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.statsbase.core.code.CodeReason;
import org.statsbase.core.code.DivisionLevel;
import org.statsbase.core.code.IndustryLevel;

/**
 * One input per reason of every code constraint, on the properties of {@link Codes}: the
 * fixture of {@link CodeConstraintsTest} and {@link ValidationMessagesTest}. The inputs are the
 * hand-checked examples of statsbase-core's own tests; {@link #allReasons()} lists what they must
 * cover, from the reason enums themselves, so that a new reason in core fails the tests until it has
 * an example and messages.
 */
final class ReasonExamples {

    private ReasonExamples() {
    }

    /** A bean with one property per constraint variant. */
    static final class Codes {
        @UnifiedSocialCreditCode
        String creditCode;
        @OrganizationCode
        String organizationCode;
        @DivisionCode
        String division;
        @DivisionCode(level = {DivisionLevel.COUNTY, DivisionLevel.TOWNSHIP})
        String countyOrTownship;
        @DivisionCode(level = DivisionLevel.VILLAGE)
        String village;
        @DivisionCode(level = DivisionLevel.PROVINCE)
        String province;
        @IndustryCode
        String industry;
        @IndustryCode(minLevel = IndustryLevel.CLASS)
        String industryClass;
        @UrbanRuralCode
        String urbanRural;
    }

    /** An input that fails the constraint on {@code property} for {@code reason}. */
    record Example(Class<? extends Annotation> constraint, String property, String input, CodeReason reason) {
        @Override
        public String toString() {
            return constraint.getSimpleName() + "." + reason.name() + " \"" + input + "\"";
        }
    }

    /** A valid organisation code body with its check character, computed by core. */
    static final String ORGANIZATION_BODY = "19220382";

    static List<Example> all() {
        List<Example> e = new ArrayList<>();
        uscc(e, "", org.statsbase.core.code.UnifiedSocialCreditCode.Reason.EMPTY);
        uscc(e, "9144030019220382", org.statsbase.core.code.UnifiedSocialCreditCode.Reason.WRONG_LENGTH);
        uscc(e, "914403001922O38216", org.statsbase.core.code.UnifiedSocialCreditCode.Reason.ILLEGAL_CHARACTER);
        uscc(e, "B14403001922038216", org.statsbase.core.code.UnifiedSocialCreditCode.Reason.UNKNOWN_AUTHORITY);
        uscc(e, "944403001922038216", org.statsbase.core.code.UnifiedSocialCreditCode.Reason.UNKNOWN_CATEGORY);
        uscc(e, "9144A3001922038216", org.statsbase.core.code.UnifiedSocialCreditCode.Reason.BAD_DIVISION);
        uscc(e, "914403001922038226", org.statsbase.core.code.UnifiedSocialCreditCode.Reason.BAD_ORGANIZATION_CHECK);
        uscc(e, "914403001922038217", org.statsbase.core.code.UnifiedSocialCreditCode.Reason.BAD_CHECK_CHARACTER);

        char check = org.statsbase.core.code.OrganizationCode.checkCharacter(ORGANIZATION_BODY);
        char wrong = check == '0' ? '1' : '0';
        organization(e, " ", org.statsbase.core.code.OrganizationCode.Reason.EMPTY);
        organization(e, "1922038", org.statsbase.core.code.OrganizationCode.Reason.WRONG_LENGTH);
        organization(e, "1922-03821", org.statsbase.core.code.OrganizationCode.Reason.MISPLACED_HYPHEN);
        organization(e, "192203_21", org.statsbase.core.code.OrganizationCode.Reason.ILLEGAL_CHARACTER);
        organization(e, ORGANIZATION_BODY + "-" + wrong, org.statsbase.core.code.OrganizationCode.Reason.BAD_CHECK_CHARACTER);

        division(e, "division", "\u3000", org.statsbase.core.code.DivisionCode.Reason.EMPTY);
        division(e, "division", "44A3", org.statsbase.core.code.DivisionCode.Reason.ILLEGAL_CHARACTER);
        division(e, "division", "441", org.statsbase.core.code.DivisionCode.Reason.WRONG_LENGTH);
        division(e, "division", "99", org.statsbase.core.code.DivisionCode.Reason.UNKNOWN_PROVINCE);
        division(e, "division", "440003", org.statsbase.core.code.DivisionCode.Reason.LEVEL_GAP);
        division(e, "countyOrTownship", "4403", ConstraintReason.WRONG_LEVEL);

        industry(e, "industry", "", org.statsbase.core.code.IndustryCode.Reason.EMPTY);
        industry(e, "industry", "C13X", org.statsbase.core.code.IndustryCode.Reason.ILLEGAL_CHARACTER);
        industry(e, "industry", "1", org.statsbase.core.code.IndustryCode.Reason.WRONG_LENGTH);
        industry(e, "industry", "Z13", org.statsbase.core.code.IndustryCode.Reason.UNKNOWN_SECTION);
        industry(e, "industry", "98", org.statsbase.core.code.IndustryCode.Reason.UNKNOWN_DIVISION);
        industry(e, "industry", "A13", org.statsbase.core.code.IndustryCode.Reason.SECTION_MISMATCH);
        industry(e, "industryClass", "C13", ConstraintReason.TOO_COARSE);

        urbanRural(e, "", org.statsbase.core.code.UrbanRuralCode.Reason.EMPTY);
        urbanRural(e, "1a1", org.statsbase.core.code.UrbanRuralCode.Reason.ILLEGAL_CHARACTER);
        urbanRural(e, "11", org.statsbase.core.code.UrbanRuralCode.Reason.WRONG_LENGTH);
        urbanRural(e, "110", org.statsbase.core.code.UrbanRuralCode.Reason.GROUP_CODE);
        urbanRural(e, "999", org.statsbase.core.code.UrbanRuralCode.Reason.UNKNOWN_CODE);
        return e;
    }

    /** Every (constraint, reason) pair a violation can carry. */
    static Set<String> allReasons() {
        Set<String> all = new LinkedHashSet<>();
        add(all, UnifiedSocialCreditCode.class, org.statsbase.core.code.UnifiedSocialCreditCode.Reason.values());
        add(all, OrganizationCode.class, org.statsbase.core.code.OrganizationCode.Reason.values());
        add(all, DivisionCode.class, org.statsbase.core.code.DivisionCode.Reason.values());
        add(all, DivisionCode.class, ConstraintReason.WRONG_LEVEL);
        add(all, IndustryCode.class, org.statsbase.core.code.IndustryCode.Reason.values());
        add(all, IndustryCode.class, ConstraintReason.TOO_COARSE);
        add(all, UrbanRuralCode.class, org.statsbase.core.code.UrbanRuralCode.Reason.values());
        return all;
    }

    /** The code constraints of the package. */
    static List<Class<? extends Annotation>> constraints() {
        return List.of(UnifiedSocialCreditCode.class, OrganizationCode.class, DivisionCode.class, IndustryCode.class,
                UrbanRuralCode.class);
    }

    static String name(Class<? extends Annotation> constraint, CodeReason reason) {
        return constraint.getSimpleName() + "." + reason.name();
    }

    private static void add(Set<String> all, Class<? extends Annotation> constraint, CodeReason... reasons) {
        for (CodeReason r : reasons) {
            all.add(name(constraint, r));
        }
    }

    private static void uscc(List<Example> e, String input, CodeReason reason) {
        e.add(new Example(UnifiedSocialCreditCode.class, "creditCode", input, reason));
    }

    private static void organization(List<Example> e, String input, CodeReason reason) {
        e.add(new Example(OrganizationCode.class, "organizationCode", input, reason));
    }

    private static void division(List<Example> e, String property, String input, CodeReason reason) {
        e.add(new Example(DivisionCode.class, property, input, reason));
    }

    private static void industry(List<Example> e, String property, String input, CodeReason reason) {
        e.add(new Example(IndustryCode.class, property, input, reason));
    }

    private static void urbanRural(List<Example> e, String input, CodeReason reason) {
        e.add(new Example(UrbanRuralCode.class, "urbanRural", input, reason));
    }
}
