package org.statsbase.cli;

import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The long run of the {@code fuzz} Maven profile (issue 8 §1: at least 1,000,000 inputs per parser):
 * {@code mvn -B -o verify -pl statsbase-cli -am -Pfuzz -Dtest=CliFuzzMarathonTest -Dsurefire.failIfNoSpecifiedTests=false}
 * runs {@code statsbase.fuzz.tries} command lines of the reading commands and as many sessions of the writing
 * commands (or only those named by {@code statsbase.fuzz.only}: {@code reading}, {@code writing}), with
 * {@code statsbase.fuzz.seed}, and prints the count and time. Skipped in the normal build, where
 * {@link CliArgumentsFuzzProperties} and {@link CliWritingCommandsFuzzProperties} run.
 */
@EnabledIfSystemProperty(named = "statsbase.fuzz.tries", matches = "\\d+")
class CliFuzzMarathonTest {

    @Test
    void everyCommandLineEndsInAResultOrATypedError() {
        long tries = Long.getLong("statsbase.fuzz.tries");
        long seed = Long.getLong("statsbase.fuzz.seed", System.nanoTime());
        String only = System.getProperty("statsbase.fuzz.only", "");
        System.out.printf("cli fuzz marathon: %,d inputs, seed %d%n", tries, seed);
        if (only.isEmpty() || only.contains("reading")) {
            Random random = new Random(seed);
            Path files = CliArguments.files();
            long start = System.nanoTime();
            for (long i = 0; i < tries; i++) {
                CliFuzz.check(CliArguments.reading(random, files));
            }
            report("reading commands: command lines", tries, start);
        }
        if (only.isEmpty() || only.contains("writing")) {
            Random random = new Random(seed);
            long start = System.nanoTime();
            for (long i = 0; i < tries; i++) {
                CliWritingCommandsFuzzProperties.session(random);
            }
            report("writing commands: sessions", tries, start);
        }
    }

    private static void report(String what, long tries, long start) {
        System.out.printf("cli fuzz marathon: %-40s %,d in %.1f s, no finding; exit codes and first codes:%n%s",
                what, tries, (System.nanoTime() - start) / 1e9, CliFuzz.outcomes());
    }
}
