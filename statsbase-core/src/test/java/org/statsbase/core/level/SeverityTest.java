package org.statsbase.core.level;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** DOMAIN.md, review levels: only 强制性 and 准强制性 failures block acceptance outright. */
class SeverityTest {

    @Test
    void onlyMandatoryAndQuasiMandatoryBlockAcceptance() {
        assertThat(Severity.MANDATORY.blocksAcceptance()).isTrue();
        assertThat(Severity.QUASI_MANDATORY.blocksAcceptance()).isTrue();
        assertThat(Severity.VERIFY.blocksAcceptance()).isFalse();
        assertThat(Severity.HINT.blocksAcceptance()).isFalse();
    }

    @Test
    void namesInBothLanguages() {
        assertThat(Severity.values()).extracting(Severity::nameZh)
                .containsExactly("强制性", "准强制性", "核实性", "提示性");
        assertThat(Severity.values()).allSatisfy(s -> assertThat(s.nameEn()).isNotBlank());
    }
}
