package org.statsbase.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Issue 8 §1: hostile command lines ({@link CliArguments#reading}) given to the commands that only read. Every run
 * ends as {@link CliFuzz} requires: exit code 0, 1 or 2, a typed bilingual error with its code for 2, never exit 3
 * (an untyped exception), an escaping exception, a stack trace or a hang. The commands that open stores are fuzzed
 * by {@link CliWritingCommandsFuzzProperties}; the long run is {@link CliFuzzMarathonTest}.
 */
class CliArgumentsFuzzProperties {

    private static final Path FILES = CliArguments.files();

    @Property(tries = CliFuzz.TRIES)
    void everyRunEndsInAResultOrATypedError(@ForAll("reading") List<String> args) {
        CliFuzz.check(args);
    }

    /** What makes the fuzzing cheap (one command tree for every run) changes no answer. */
    @Property(tries = 100)
    void aReusedCommandTreeAnswersAsAFreshOne(@ForAll("reading") List<String> args) {
        CliRun reused = CliFuzz.run(args);
        CliRun fresh = CliRun.of(args.toArray(String[]::new));
        assertThat(reused).as("reused tree vs fresh tree for %s", CliFuzz.show(args)).isEqualTo(fresh);
    }

    @Provide
    Arbitrary<List<String>> reading() {
        return Arbitraries.randoms().map(r -> CliArguments.reading(r, FILES));
    }
}
