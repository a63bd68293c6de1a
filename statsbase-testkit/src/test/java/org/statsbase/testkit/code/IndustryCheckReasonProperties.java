package org.statsbase.testkit.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Arbitrary;
import org.statsbase.core.code.IndustryCheck;
import org.statsbase.core.code.IndustryClassification;
import org.statsbase.core.code.IndustryLevel;
import org.statsbase.core.code.InvalidCodeException;

/** {@link IndustryCheck.Reason#UNKNOWN_CODE}: the inputs of {@link IndustryCodes#invalid(IndustryCheck.Reason)} fail for exactly it. */
class IndustryCheckReasonProperties {

    private static final IndustryClassification FULL = IndustryCodes.syntheticFullTable();

    @Example
    void theSyntheticTableIsFullDepth() {
        assertThat(FULL.depth()).isEqualTo(IndustryLevel.CLASS);
    }

    @Property(tries = 500)
    void everyUnknownCodeFailsForExactlyThatReason(@ForAll("unknown") String input) {
        IndustryCheck check = FULL.check(input);
        assertThat(check.isValid()).isFalse();
        assertThat(check.codeCheck().isValid()).as("well formed").isTrue();
        assertThat(check.reason()).contains(IndustryCheck.Reason.UNKNOWN_CODE);
        assertThat(check.checkedTo()).isEqualTo(check.codeCheck().value().orElseThrow().level());
        assertThatThrownBy(() -> check.result().orElseThrow())
                .isExactlyInstanceOf(InvalidCodeException.class)
                .satisfies(e -> assertThat(((InvalidCodeException) e).reason())
                        .isEqualTo(IndustryCheck.Reason.UNKNOWN_CODE));
        // The shipped table checks a group or class down to its division only: there it is valid.
        assertThat(IndustryClassification.shipped().check(input).isValid()).isTrue();
    }

    @Provide
    Arbitrary<String> unknown() {
        return IndustryCodes.invalid(IndustryCheck.Reason.UNKNOWN_CODE);
    }
}
