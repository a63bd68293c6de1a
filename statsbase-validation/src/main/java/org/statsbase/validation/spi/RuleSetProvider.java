package org.statsbase.validation.spi;

import java.util.Optional;
import java.util.SortedSet;
import org.statsbase.validation.rules.RuleSetDefinition;

/**
 * A source of rule sets (审核公式集) by id, the service interface DESIGN.md names
 * ("Rule sets are found by id through a RuleSetProvider SPI"). Implementations are found with
 * {@link java.util.ServiceLoader} (declare them with {@code provides} in module-info or in
 * {@code META-INF/services/org.statsbase.validation.spi.RuleSetProvider}) or given to
 * {@link RuleSets} explicitly.
 *
 * <p>Thread safety: implementations must be safe for concurrent use; the built-in ones are
 * immutable.
 */
public interface RuleSetProvider {

    /**
     * The rule set filed under {@code id}, includes resolved, or empty when this provider has none.
     *
     * @param id the rule-set id, for example {@code b204-1-monthly}
     * @return the rule set; empty when this provider has none
     * @throws org.statsbase.validation.error.RuleSetException when the rule set's file is bad
     *         (every problem, with file:line:column) or declares another id
     * @throws org.statsbase.core.error.StatsbaseException {@code SB-VAL-0416} when several files
     *         claim the id, {@code SB-VAL-0418} when {@code id} cannot name a file
     */
    Optional<RuleSetDefinition> find(String id);

    /**
     * The ids of the rule sets this provider can find, sorted; empty when it cannot tell.
     *
     * @return the ids; empty when there are none or the provider cannot list them
     */
    SortedSet<String> ids();

    /**
     * Where this provider looks, for messages, for example {@code directory /etc/statsbase/rules}.
     *
     * @return a short description, never null
     */
    String description();
}
