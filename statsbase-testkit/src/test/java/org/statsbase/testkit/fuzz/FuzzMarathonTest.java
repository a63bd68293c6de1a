package org.statsbase.testkit.fuzz;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The long run of the {@code fuzz} Maven profile ({@code mvn -B -o verify -pl statsbase-testkit -am -Pfuzz}):
 * {@code statsbase.fuzz.tries} inputs (the profile's default 1,000,000) for every target of {@link Targets}, or only
 * those whose name contains one of the comma-separated {@code statsbase.fuzz.only}; prints inputs and time
 * per target. Skipped in the normal build, where the *FuzzProperties run {@link Fuzz#TRIES} inputs each.
 */
@EnabledIfSystemProperty(named = "statsbase.fuzz.tries", matches = "\\d+")
class FuzzMarathonTest {

    @Test
    void everyTargetEndsInAResultOrATypedErrorForEveryInput() {
        long tries = Long.getLong("statsbase.fuzz.tries");
        long seed = Long.getLong("statsbase.fuzz.seed", System.nanoTime());
        String only = System.getProperty("statsbase.fuzz.only", "");
        System.out.printf("fuzz marathon: %d inputs per target, seed %d%n", tries, seed);
        for (Target<?> target : Targets.all()) {
            if (only.isEmpty()
                    || java.util.Arrays.stream(only.split(",")).anyMatch(o -> target.name().contains(o))) {
                run(target, tries, new Random(seed));
            }
        }
    }

    private static <T> void run(Target<T> target, long tries, Random random) {
        long start = System.nanoTime();
        for (long i = 0; i < tries; i++) {
            target.check(target.generate().apply(random));
        }
        System.out.printf("fuzz marathon: %-40s %,d inputs in %.1f s, no finding%n", target.name(), tries,
                (System.nanoTime() - start) / 1e9);
    }
}
