package org.statsbase.testkit.fuzz;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import org.statsbase.core.code.UnifiedSocialCreditCode;

/** The fuzz assertion itself fails on what it must catch, so that a green fuzz run means something. */
class FuzzTest {

    @Test
    void aResultOrATypedErrorPasses() {
        assertThatCode(() -> Fuzz.resultOrTypedError("915001058748382148", UnifiedSocialCreditCode::parse))
                .doesNotThrowAnyException();
        assertThatCode(() -> Fuzz.resultOrTypedError("x", UnifiedSocialCreditCode::parse))
                .doesNotThrowAnyException();
    }

    @Test
    void aRawExceptionAnErrorOrAHangFails() {
        assertThatThrownBy(() -> Fuzz.resultOrTypedError("x", s -> {
            throw new IllegalStateException("boom");
        })).isInstanceOf(AssertionFailedError.class).hasMessageContaining("raw java.lang.IllegalStateException");
        assertThatThrownBy(() -> Fuzz.resultOrTypedError("x", s -> recurse(1)))
                .isInstanceOf(AssertionFailedError.class).hasMessageContaining("StackOverflowError");
        assertThatThrownBy(() -> Fuzz.resultOrTypedError(new byte[] {1}, b -> {
            while (!Thread.currentThread().isInterrupted()) {
                Thread.onSpinWait();
            }
            return null;
        }, java.time.Duration.ofMillis(200))).isInstanceOf(AssertionFailedError.class).hasMessageContaining("hang");
    }

    @Test
    void theGeneratorsGiveHostileInput() {
        Random r = new Random(8);
        List<String> texts = new java.util.ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            texts.add(Hostile.text(r, List.of("2026-10")));
        }
        org.assertj.core.api.Assertions.assertThat(texts)
                .anyMatch(t -> t.length() > 10_000)
                .anyMatch(t -> t.chars().anyMatch(c -> c >= '０' && c <= '９'))
                .anyMatch(t -> t.chars().anyMatch(Character::isISOControl))
                .anyMatch(t -> t.startsWith("[[[[[") || t.startsWith("(((((") || t.startsWith("{\"a\":{\"a\":"));
    }

    private static int recurse(int n) {
        return recurse(n + 1) + 1;
    }
}
