package org.statsbase.testkit.fuzz;

import java.util.Random;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * A parser under fuzzing: its name, how hostile inputs for it are generated from a {@link Random}, and how it is
 * run on one. Immutable.
 *
 * @param name     the parser, as the READMEs name it
 * @param generate a hostile input from a random source
 * @param parse    the parser
 */
record Target<T>(String name, Function<Random, T> generate, Fuzz.Parse<T> parse) {

    /** The inputs as a jqwik arbitrary (reproducible from jqwik's seed). */
    Arbitrary<T> inputs() {
        return Arbitraries.randoms().map(generate::apply);
    }

    /** Asserts result-or-typed-error for one input. */
    void check(T input) {
        Fuzz.resultOrTypedError(input, parse);
    }
}
