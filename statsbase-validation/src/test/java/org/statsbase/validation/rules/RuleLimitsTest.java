package org.statsbase.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.statsbase.testdata.ValueSemantics;

/** {@link RuleLimits} as a value: documented defaults, copies, argument checks, equality. */
class RuleLimitsTest {

    @Test
    void defaultsAreTheDocumentedValues() {
        RuleLimits d = RuleLimits.defaults();
        assertThat(d.maxTextLength()).isEqualTo(100_000);
        assertThat(d.maxNumberDigits()).isEqualTo(40);
        assertThat(d.maxStringLength()).isEqualTo(10_000);
        assertThat(d.maxPatternLength()).isEqualTo(1_000);
        assertThat(d.maxDepth()).isEqualTo(200);
        assertThat(d.maxItems()).isEqualTo(10_000);
        assertThat(RuleLimits.defaults()).isSameAs(d);
    }

    @Test
    void withReturnsACopyChangingOneLimitAndLeavesTheOriginal() {
        RuleLimits d = RuleLimits.defaults();
        RuleLimits changed = d.withMaxTextLength(11).withMaxNumberDigits(12).withMaxStringLength(13)
                .withMaxPatternLength(14).withMaxDepth(15).withMaxItems(16);
        assertThat(List.of(changed.maxTextLength(), changed.maxNumberDigits(), changed.maxStringLength(),
                changed.maxPatternLength(), changed.maxDepth(), changed.maxItems()))
                .containsExactly(11, 12, 13, 14, 15, 16);
        assertThat(d).isEqualTo(RuleLimits.defaults());
        assertThat(d.maxTextLength()).isEqualTo(100_000);
        assertThat(d.withMaxDepth(7).maxItems()).isEqualTo(10_000);
        assertThat(d.withMaxItems(7).maxDepth()).isEqualTo(200);
    }

    @Test
    void everyLimitMustBePositive() {
        List<Function<Integer, RuleLimits>> withers = List.of(RuleLimits.defaults()::withMaxTextLength,
                RuleLimits.defaults()::withMaxNumberDigits, RuleLimits.defaults()::withMaxStringLength,
                RuleLimits.defaults()::withMaxPatternLength, RuleLimits.defaults()::withMaxDepth,
                RuleLimits.defaults()::withMaxItems);
        for (Function<Integer, RuleLimits> with : withers) {
            assertThatThrownBy(() -> with.apply(0)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("must be positive, was 0");
            assertThatThrownBy(() -> with.apply(-5)).isInstanceOf(IllegalArgumentException.class);
            assertThat(with.apply(1)).isNotEqualTo(RuleLimits.defaults());
        }
    }

    @Test
    void depthIsCappedSoThatItStillProtectsTheStack() {
        assertThat(RuleLimits.defaults().withMaxDepth(RuleLimits.MAX_DEPTH_CEILING).maxDepth()).isEqualTo(400);
        assertThatThrownBy(() -> RuleLimits.defaults().withMaxDepth(RuleLimits.MAX_DEPTH_CEILING + 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at most 400, was 401");
    }

    @Test
    void valueSemantics() {
        RuleLimits d = RuleLimits.defaults();
        ValueSemantics.assertValue(d, d.withMaxDepth(200), d.withMaxTextLength(1), d.withMaxNumberDigits(1),
                d.withMaxStringLength(1), d.withMaxPatternLength(1), d.withMaxDepth(1), d.withMaxItems(1));
        assertThat(d.withMaxDepth(32).toString()).contains("maxDepth=32").contains("maxTextLength=100000");
    }
}
