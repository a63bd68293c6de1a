package org.statsbase.core.unit.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.statsbase.core.code.IndustryCode;

/**
 * Picks the one row of a rule table whose industry scope holds a code.
 *
 * <p>A row holds a code when the code lies at or below one of the row's included codes and below
 * none of its excluded codes; among rows holding it, the one with the most specific included code
 * wins (so {@code 591} beats an include of {@code 59} that excludes it). A code is <em>too
 * coarse</em> when any scope code of the table (included or excluded, any row) lies strictly below
 * it: the code then spans parts that the table treats differently ({@code 70}, {@code 59},
 * {@code G}). Scope codes are compared in their coarsest equivalent form ({@link UndividedCodes}).
 *
 * @param <R> the row type
 *
 * <p>Thread safety: immutable once built.
 */
public final class ScopeResolver<R> {

    /**
     * The answer for one code.
     *
     * <p>Thread safety: immutable.
     */
    public static final class Resolution<R> {
        private final R row;
        private final List<R> spanned;

        private Resolution(R row, List<R> spanned) {
            this.row = row;
            this.spanned = spanned;
        }

        /** The row, when exactly one applies. */
        public Optional<R> row() {
            return spanned.isEmpty() ? Optional.ofNullable(row) : Optional.empty();
        }

        /** Whether the code is too coarse; then {@link #spanned()} lists the rows it spans. */
        public boolean tooCoarse() {
            return !spanned.isEmpty();
        }

        /** The rows a too-coarse code spans, in table order. */
        public List<R> spanned() {
            return spanned;
        }
    }

    private record Entry<R>(R row, int order, List<IndustryCode> includes, List<IndustryCode> excludes) {
    }

    private final List<Entry<R>> entries = new ArrayList<>();

    /** Adds a row with its scope codes as written in the table. */
    public void add(R row, List<IndustryCode> includes, List<IndustryCode> excludes) {
        entries.add(new Entry<>(Objects.requireNonNull(row, "row"), entries.size(),
                includes.stream().map(UndividedCodes::coarsest).toList(),
                excludes.stream().map(UndividedCodes::coarsest).toList()));
    }

    /** Resolves a code. */
    public Resolution<R> resolve(IndustryCode code) {
        Objects.requireNonNull(code, "code");
        Entry<R> best = null;
        int bestDepth = -1;
        Set<Entry<R>> spanned = new LinkedHashSet<>();
        for (Entry<R> e : entries) {
            if (holds(e, code)) {
                int depth = deepestInclude(e, code);
                if (depth > bestDepth) {
                    best = e;
                    bestDepth = depth;
                }
            }
            for (IndustryCode s : e.includes()) {
                if (strictlyBelow(s, code)) {
                    spanned.add(e);
                }
            }
            for (IndustryCode s : e.excludes()) {
                if (strictlyBelow(s, code)) {
                    spanned.add(e);
                }
            }
        }
        if (!spanned.isEmpty()) {
            if (best != null) {
                spanned.add(best);
            }
            return new Resolution<>(null, spanned.stream()
                    .sorted((a, b) -> Integer.compare(a.order(), b.order()))
                    .map(Entry::row).toList());
        }
        return new Resolution<>(best == null ? null : best.row(), List.of());
    }

    private static <R> boolean holds(Entry<R> e, IndustryCode code) {
        return e.includes().stream().anyMatch(code::isWithin) && e.excludes().stream().noneMatch(code::isWithin);
    }

    private static <R> int deepestInclude(Entry<R> e, IndustryCode code) {
        return e.includes().stream().filter(code::isWithin).mapToInt(i -> i.digits().length()).max().orElse(-1);
    }

    private static boolean strictlyBelow(IndustryCode scope, IndustryCode code) {
        return !scope.equals(code) && scope.isWithin(code);
    }
}
