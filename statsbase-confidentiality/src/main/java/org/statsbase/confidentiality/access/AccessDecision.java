package org.statsbase.confidentiality.access;

import java.util.Objects;
import java.util.Optional;

/**
 * The answer of {@link AccessPolicy}: permit or deny, the rule that decided and why, in Chinese and English.
 *
 * @param subject  who asked
 * @param resource for what
 * @param action   to do what
 * @param rule     the rule that denied, or {@link AccessRule#PERMITTED}
 * @param reasonZh why, in Chinese
 * @param reasonEn why, in English
 *
 * <p>Thread safety: immutable.
 */
public record AccessDecision(Subject subject, Resource resource, Action action, AccessRule rule, String reasonZh,
        String reasonEn) {

    /**
     * Checks that no component is null.
     *
     * @param subject  who asked
     * @param resource for what
     * @param action   to do what
     * @param rule     the rule that denied, or {@link AccessRule#PERMITTED}
     * @param reasonZh why, in Chinese
     * @param reasonEn why, in English
     */
    public AccessDecision {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(resource, "resource");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(reasonZh, "reasonZh");
        Objects.requireNonNull(reasonEn, "reasonEn");
    }

    /**
     * Whether access is permitted.
     *
     * @return true when access is permitted
     */
    public boolean permitted() {
        return rule == AccessRule.PERMITTED;
    }

    /**
     * The stable code of the denying rule ({@code SB-CONF-02xx}); empty for a permit.
     *
     * @return the stable code of the denying rule ({@code SB-CONF-02xx}); empty for a permit
     */
    public Optional<String> code() {
        return rule.error().map(e -> e.code());
    }
}
