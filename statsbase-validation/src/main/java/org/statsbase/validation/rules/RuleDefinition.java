package org.statsbase.validation.rules;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.statsbase.core.level.Severity;

/**
 * One review rule (审核公式) as written in a rule-set file, before compilation: its id, the
 * {@code check} expression, the optional {@code when} condition, its {@link Severity}, its name
 * and message in Chinese and English (messages may quote values: {@code {B01}}), free
 * {@code meta} and where each part was written.
 *
 * @param id            the rule id, unique within a rule set and its includes
 * @param check         the check expression text
 * @param checkLocation where the check text starts
 * @param when          the condition text, if any
 * @param whenLocation  where the condition text starts (the rule's location when there is none)
 * @param severity      the rule's level; {@link Severity#MANDATORY} by default
 * @param name          the rule's name
 * @param message       the message shown for a failure
 * @param meta          free string metadata, in file order
 * @param location      where the rule starts
 *
 * <p>Thread safety: immutable.
 */
public record RuleDefinition(String id, String check, SourceLocation checkLocation, Optional<String> when,
        SourceLocation whenLocation, Severity severity, LocalizedText name, LocalizedText message,
        Map<String, String> meta, SourceLocation location) {

    /**
     * Validates the components and copies {@code meta}; none may be null.
     *
     * @param id the rule id, unique within a rule set and its includes
     * @param check the check expression text
     * @param checkLocation where the check text starts
     * @param when the condition text, if any
     * @param whenLocation where the condition text starts (the rule's location when there is none)
     * @param severity the rule's level; {@link Severity#MANDATORY} by default
     * @param name the rule's name
     * @param message the message shown for a failure
     * @param meta free string metadata, in file order
     * @param location where the rule starts
     */
    public RuleDefinition {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(check, "check");
        Objects.requireNonNull(checkLocation, "checkLocation");
        Objects.requireNonNull(when, "when");
        Objects.requireNonNull(whenLocation, "whenLocation");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(message, "message");
        meta = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(Objects.requireNonNull(meta, "meta")));
        Objects.requireNonNull(location, "location");
    }

    /**
     * A mandatory rule with only an id and a check, for rules built in code.
     *
     * @param id the rule id
     * @param check the check expression, for example {@code B01 >= B02}
     * @return the rule, located at {@code id}
     */
    public static RuleDefinition of(String id, String check) {
        SourceLocation here = SourceLocation.of(id);
        return new RuleDefinition(id, check, here, Optional.empty(), here, Severity.MANDATORY, LocalizedText.EMPTY,
                LocalizedText.EMPTY, Map.of(), here);
    }

    /**
     * This rule with a {@code when} condition.
     *
     * @param condition the {@code when} expression
     * @return a new rule; this one is unchanged
     */
    public RuleDefinition withWhen(String condition) {
        return new RuleDefinition(id, check, checkLocation, Optional.of(condition), whenLocation, severity, name,
                message, meta, location);
    }

    /**
     * This rule at another level.
     *
     * @param level the level (强制性, 准强制性, 核实性 or 提示性)
     * @return a new rule; this one is unchanged
     */
    public RuleDefinition withSeverity(Severity level) {
        return new RuleDefinition(id, check, checkLocation, when, whenLocation, level, name, message, meta, location);
    }

    /**
     * This rule with a name.
     *
     * @param text the name in Chinese and English
     * @return a new rule; this one is unchanged
     */
    public RuleDefinition withName(LocalizedText text) {
        return new RuleDefinition(id, check, checkLocation, when, whenLocation, severity, text, message, meta,
                location);
    }

    /**
     * This rule with a message.
     *
     * @param text the message in Chinese and English, {@code {B01}}-style placeholders allowed
     * @return a new rule; this one is unchanged
     */
    public RuleDefinition withMessage(LocalizedText text) {
        return new RuleDefinition(id, check, checkLocation, when, whenLocation, severity, name, text, meta,
                location);
    }
}
