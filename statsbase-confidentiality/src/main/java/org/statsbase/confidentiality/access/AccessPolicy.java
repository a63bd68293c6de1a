package org.statsbase.confidentiality.access;

import java.util.Objects;
import org.statsbase.confidentiality.classification.DataClass;
import org.statsbase.confidentiality.error.ConfidentialityError;
import org.statsbase.confidentiality.internal.Texts;
import org.statsbase.core.level.ConfidentialityLevel;

/**
 * Decides whether a subject may perform an action on a resource (统计工作保密制度). The rules, in the order
 * applied (the first that fails denies; see {@link AccessRule}):
 * <ol>
 * <li>{@link AccessRule#ROLE_MAY_NOT_ACT}: the role allows the action ({@link Role#actions()}).</li>
 * <li>{@link AccessRule#UNIT_LEVEL_NON_STATISTICAL}: nobody gets unit-level data for a non-statistical purpose
 * (统计法 2009 第二十五条).</li>
 * <li>{@link AccessRule#PUBLIC_ONLY}: the data is within the role's ceiling (the public: public data only).</li>
 * <li>{@link AccessRule#ABOVE_CLEARANCE}: never above the subject's clearance.</li>
 * <li>{@link AccessRule#OUTSIDE_JURISDICTION}: non-public data only for a division within the subject's
 * jurisdiction ({@link org.statsbase.core.code.DivisionCode#isWithin}): a township statistician sees only
 * that township, a county bureau its county. Public data is public everywhere.</li>
 * <li>{@link AccessRule#PUBLISH_NOT_PUBLIC}: only data classified public is published.</li>
 * </ol>
 * Each rule is monotone in the subject's rights, so widening them — a higher clearance, a jurisdiction
 * containing the old one, a statistical purpose — never turns a permit into a deny.
 *
 * <p>Thread safety: immutable; safe to share.
 */
public final class AccessPolicy {

    private static final AccessPolicy STANDARD = new AccessPolicy();

    private AccessPolicy() {
    }

    /**
     * The rules above.
     *
     * @return the standard access rules
     */
    public static AccessPolicy standard() {
        return STANDARD;
    }

    /**
     * The decision for {@code subject} performing {@code action} on {@code resource}.
     *
     * @param subject  who asks, in which role, with which clearance, jurisdiction and purpose
     * @param resource the data asked for
     * @param action   read, export or publish
     * @return the decision for {@code subject} performing {@code action} on {@code resource}
     */
    public AccessDecision decide(Subject subject, Resource resource, Action action) {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(resource, "resource");
        Objects.requireNonNull(action, "action");
        ConfidentialityLevel level = resource.level();
        if (!subject.role().may(action)) {
            return deny(subject, resource, action, AccessRule.ROLE_MAY_NOT_ACT, subject.role().nameEn(),
                    action.nameEn(), subject.role().nameZh(), action.nameZh());
        }
        if (resource.dataClass() == DataClass.UNIT_LEVEL && subject.purpose() == Purpose.NON_STATISTICAL) {
            return deny(subject, resource, action, AccessRule.UNIT_LEVEL_NON_STATISTICAL);
        }
        if (!subject.role().ceiling().covers(level)) {
            return deny(subject, resource, action, AccessRule.PUBLIC_ONLY, level.nameEn(), level.nameZh());
        }
        if (!subject.clearance().covers(level)) {
            return deny(subject, resource, action, AccessRule.ABOVE_CLEARANCE, level.nameEn(),
                    subject.clearance().nameEn(), level.nameZh(), subject.clearance().nameZh());
        }
        if (level != ConfidentialityLevel.PUBLIC && !resource.region().isWithin(subject.jurisdiction())) {
            return deny(subject, resource, action, AccessRule.OUTSIDE_JURISDICTION, resource.region(),
                    subject.jurisdiction());
        }
        if (action == Action.PUBLISH && level != ConfidentialityLevel.PUBLIC) {
            return deny(subject, resource, action, AccessRule.PUBLISH_NOT_PUBLIC,
                    level.nameEn() + " " + resource.dataClass().nameEn(),
                    level.nameZh() + resource.dataClass().nameZh());
        }
        String zh = Texts.fill("准予：{0}（涉密等级{1}，管辖范围 {2}）为{3}{4}{5}的{6}（{7}）",
                subject.role().nameZh(), subject.clearance().nameZh(), subject.jurisdiction(),
                subject.purpose().nameZh(), action.nameZh(), resource.region(), resource.dataClass().nameZh(),
                level.nameZh());
        String en = Texts.fill("permitted: a {0} (clearance {1}, jurisdiction {2}) may {3} {4} {5} of {6} for a {7}"
                        + " purpose",
                subject.role().nameEn(), subject.clearance().nameEn(), subject.jurisdiction(), action.nameEn(),
                level.nameEn(), resource.dataClass().nameEn(), resource.region(), subject.purpose().nameEn());
        return new AccessDecision(subject, resource, action, AccessRule.PERMITTED, zh, en);
    }

    private static AccessDecision deny(Subject subject, Resource resource, Action action, AccessRule rule,
            Object... args) {
        ConfidentialityError error = rule.error().orElseThrow();
        return new AccessDecision(subject, resource, action, rule, error.formatZh(args), error.formatEn(args));
    }

    @Override
    public String toString() {
        return "AccessPolicy[standard]";
    }
}
