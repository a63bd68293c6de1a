package org.statsbase.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SourceLocationTest {

    @Test
    void positionsInsideARuleTextMapToTheFile() {
        SourceLocation check = new SourceLocation("b204.yaml", 7, 12);
        assertThat(check.within(1, 1)).isEqualTo(new SourceLocation("b204.yaml", 7, 12));
        assertThat(check.within(1, 5)).isEqualTo(new SourceLocation("b204.yaml", 7, 16));
        assertThat(check.within(3, 2)).isEqualTo(new SourceLocation("b204.yaml", 9, 2));
        assertThat(SourceLocation.of("R001").within(1, 4)).isEqualTo(new SourceLocation("R001", 1, 4));
    }

    @Test
    void printsLikeACompiler() {
        assertThat(new SourceLocation("f.yaml", 3, 9)).hasToString("f.yaml:3:9");
        assertThat(new SourceLocation("f.yaml", 3, 0)).hasToString("f.yaml:3");
        assertThat(SourceLocation.of("f.yaml")).hasToString("f.yaml");
    }
}
