package org.statsbase.validation.spi;

import java.util.List;
import org.statsbase.core.error.StatsbaseException;
import org.statsbase.validation.error.ValidationError;

/**
 * No provider of a {@link RuleSets} lookup knows the rule set asked for ({@code SB-VAL-0415});
 * says which id and where the lookup looked.
 *
 * <p>Thread safety: immutable.
 */
public final class RuleSetNotFoundException extends StatsbaseException {

    private static final long serialVersionUID = 1L;

    /** The id asked for; part of the serialized form. */
    private final String id;
    /** Where the lookup looked, in order; part of the serialized form. */
    private final List<String> lookedIn;

    /**
     * @param id       the id asked for
     * @param lookedIn the descriptions of the providers asked, in order
     */
    public RuleSetNotFoundException(String id, List<String> lookedIn) {
        super(ValidationError.RULE_SET_NOT_FOUND, id, lookedIn.isEmpty() ? "(no providers)" : String.join("; ",
                lookedIn));
        this.id = id;
        this.lookedIn = List.copyOf(lookedIn);
    }

    /**
     * The id asked for.
     *
     * @return the id, never null
     */
    public String id() {
        return id;
    }

    /**
     * Where the lookup looked, in order.
     *
     * @return one description per provider asked, in order
     */
    public List<String> lookedIn() {
        return lookedIn;
    }
}
