package org.statsbase.validation.spi;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.SortedSet;
import java.util.TreeSet;
import org.statsbase.core.error.StatsbaseException;
import org.statsbase.validation.error.ValidationError;
import org.statsbase.validation.rules.RuleSetDefinition;

/**
 * Finds rule sets by id across {@link RuleSetProvider}s (DESIGN.md "Review rules": rule sets are
 * found by id through a provider SPI).
 *
 * <p>Precedence, when several providers know an id: explicitly given providers come first, in
 * the order given, and the first that has the id wins, so an office's directory can deliberately
 * override a rule set shipped in a jar. Providers found by {@link ServiceLoader} come after them;
 * their order depends on the class path, which nobody chooses, so an id that two discovered
 * providers both know is an error ({@code SB-VAL-0416}) rather than a silent pick.
 *
 * <p>Rule sets are read at each lookup (no cache): compile a rule set once and keep the result.
 *
 * <p>Thread safety: immutable; safe for concurrent use when its providers are (the built-in ones
 * are).
 */
public final class RuleSets {

    private final List<RuleSetProvider> explicit;
    private final List<RuleSetProvider> discovered;

    private RuleSets(List<RuleSetProvider> explicit, List<RuleSetProvider> discovered) {
        this.explicit = List.copyOf(explicit);
        this.discovered = List.copyOf(discovered);
    }

    /**
     * A lookup over exactly these providers, the first having an id winning.
     *
     * @param providers the providers, in order of precedence
     * @return the lookup
     */
    public static RuleSets of(RuleSetProvider... providers) {
        return of(Arrays.asList(providers));
    }

    /**
     * A lookup over exactly these providers, the first having an id winning.
     *
     * @param providers the providers, in order of precedence
     * @return the lookup
     */
    public static RuleSets of(List<RuleSetProvider> providers) {
        Objects.requireNonNull(providers, "providers");
        providers.forEach(p -> Objects.requireNonNull(p, "provider"));
        return new RuleSets(providers, List.of());
    }

    /**
     * A lookup over {@code first} (in order, taking precedence) and then every provider
     * {@link ServiceLoader} finds for the thread's context class loader (or this module's),
     * which includes the built-in {@link ClassPathRuleSetProvider}. The service providers are
     * looked up once, now.
     *
     * @param first providers taking precedence over the discovered ones
     * @return the lookup
     */
    public static RuleSets discover(RuleSetProvider... first) {
        List<RuleSetProvider> explicit = Arrays.asList(first);
        explicit.forEach(p -> Objects.requireNonNull(p, "provider"));
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        ServiceLoader<RuleSetProvider> loader = context != null
                ? ServiceLoader.load(RuleSetProvider.class, context)
                : ServiceLoader.load(RuleSetProvider.class);
        List<RuleSetProvider> found = new ArrayList<>();
        loader.forEach(found::add);
        return new RuleSets(explicit, found);
    }

    /**
     * This lookup with {@code provider} added after the explicitly given ones.
     *
     * @param provider the provider to ask after the others
     * @return a new lookup; this one is unchanged
     */
    public RuleSets with(RuleSetProvider provider) {
        Objects.requireNonNull(provider, "provider");
        List<RuleSetProvider> more = new ArrayList<>(explicit);
        more.add(provider);
        return new RuleSets(more, discovered);
    }

    /**
     * The rule set {@code id}, includes resolved.
     *
     * @param id the rule-set id
     * @return the rule set, never null
     * @throws RuleSetNotFoundException when no provider has it, naming where the lookup looked
     * @throws org.statsbase.validation.error.RuleSetException when its file is bad
     * @throws StatsbaseException {@code SB-VAL-0416} when it is ambiguous, {@code SB-VAL-0418}
     *         when {@code id} cannot name a rule set
     */
    public RuleSetDefinition find(String id) {
        return lookup(id).orElseThrow(() -> new RuleSetNotFoundException(id, lookedIn()));
    }

    /**
     * The rule set {@code id}, or empty when no provider has it; otherwise as {@link #find(String)}.
     *
     * @param id the rule-set id
     * @return the rule set; empty when no provider has it
     */
    public Optional<RuleSetDefinition> lookup(String id) {
        RuleSetIds.requireValid(id);
        for (RuleSetProvider provider : explicit) {
            Optional<RuleSetDefinition> found = provider.find(id);
            if (found.isPresent()) {
                return found;
            }
        }
        RuleSetDefinition result = null;
        String from = null;
        for (RuleSetProvider provider : discovered) {
            Optional<RuleSetDefinition> found = provider.find(id);
            if (found.isPresent()) {
                if (result != null) {
                    throw new StatsbaseException(ValidationError.RULE_SET_AMBIGUOUS, id,
                            List.of(from, found.get().source()));
                }
                result = found.get();
                from = result.source();
            }
        }
        return Optional.ofNullable(result);
    }

    /**
     * Every id some provider can list, sorted.
     *
     * @return the ids; empty when no provider can list any
     */
    public SortedSet<String> ids() {
        SortedSet<String> ids = new TreeSet<>();
        providers().forEach(p -> ids.addAll(p.ids()));
        return Collections.unmodifiableSortedSet(ids);
    }

    /**
     * The providers asked, in order: the explicit ones, then the discovered ones.
     *
     * @return the providers, in order of precedence
     */
    public List<RuleSetProvider> providers() {
        List<RuleSetProvider> all = new ArrayList<>(explicit);
        all.addAll(discovered);
        return Collections.unmodifiableList(all);
    }

    private List<String> lookedIn() {
        return providers().stream().map(RuleSetProvider::description).toList();
    }

    @Override
    public String toString() {
        return "RuleSets" + lookedIn();
    }
}
