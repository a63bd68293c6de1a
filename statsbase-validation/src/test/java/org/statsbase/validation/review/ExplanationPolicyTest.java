package org.statsbase.validation.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which explanations count: long enough, not only set phrases, with an author. */
class ExplanationPolicyTest {

    static Explanation text(String s) {
        return Explanation.of(s, "王五", Instant.EPOCH);
    }

    @Test
    void setPhrasesAloneAreBoilerplate() {
        ExplanationPolicy p = ExplanationPolicy.defaults();
        for (String s : List.of("核实无误", "无误", "正常", " 核实无误！", "数据正常，核实无误。", "ＯＫ", "Checked.",
                "经核实，数据无误", "正常正常正常正常正常")) {
            assertThat(p.judge(text(s))).as(s).hasValueSatisfying(r -> assertThat(r.code()).isEqualTo("SB-VAL-0606"));
        }
    }

    @Test
    void shortOrEmptyTextsAreTooShort() {
        ExplanationPolicy p = ExplanationPolicy.defaults();
        for (String s : List.of("", "   ", "。。。", "新客户", "涨价")) {
            assertThat(p.judge(text(s))).as(s).hasValueSatisfying(r -> assertThat(r.code()).isEqualTo("SB-VAL-0605"));
        }
        assertThat(p.judge(text("涨价"))).get().extracting(ExplanationRejection::messageEn).asString()
                .contains("2 meaningful").contains("at least 6");
    }

    @Test
    void realReasonsAreAccepted() {
        ExplanationPolicy p = ExplanationPolicy.defaults();
        assertThat(p.accepts(text("本月新增两家大客户，销售额上升"))).isTrue();
        assertThat(p.accepts(text("核实无误：10月新厂投产，产量翻倍"))).isTrue();
    }

    @Test
    void anAuthorIsNeeded() {
        assertThat(ExplanationPolicy.defaults().judge(Explanation.of("本月新增两家大客户，销售额上升", " ", Instant.EPOCH)))
                .hasValueSatisfying(r -> assertThat(r.code()).isEqualTo("SB-VAL-0609"));
    }

    @Test
    void configurable() {
        ExplanationPolicy p = ExplanationPolicy.defaults().withMinimumLength(2).withRejectedPhrases(List.of("没事"));
        assertThat(p.accepts(text("涨价"))).isTrue();
        assertThat(p.accepts(text("没事！"))).isFalse();
        assertThat(p.accepts(text("核实无误"))).isTrue();
        assertThat(p.minimumLength()).isEqualTo(2);
        assertThat(p).isEqualTo(ExplanationPolicy.defaults().withMinimumLength(2).withRejectedPhrases(List.of("没事")));
    }
    @Test
    void longBoilerplateIsShownCutAndTheLongestPhrasesComeFirst() {
        String long41 = "核实无误，".repeat(8) + "！";
        assertThat(long41).hasSize(41);
        assertThat(ExplanationPolicy.defaults().judge(text(long41))).hasValueSatisfying(r -> {
            assertThat(r.code()).isEqualTo("SB-VAL-0606");
            assertThat(r.messageEn()).contains(long41.substring(0, 37) + "...").doesNotContain(long41);
        });
        String exactly40 = "核实无误，".repeat(8);
        assertThat(ExplanationPolicy.defaults().judge(text(exactly40 + " "))).hasValueSatisfying(
                r -> assertThat(r.messageEn()).contains(exactly40).doesNotContain("..."));
        // normalised (NFKC, lower case, letters and digits only), without duplicates, longest first
        assertThat(ExplanationPolicy.defaults().withRejectedPhrases(List.of("ＯＫ!", "没 问题", "ok", "…", "确认无误"))
                .rejectedPhrases()).containsExactly("确认无误", "没问题", "ok");
        assertThat(ExplanationPolicy.defaults().withMinimumLength(0).accepts(text("x"))).isTrue();
        assertThat(ExplanationPolicy.defaults().judge(text("涨价了"))).hasValueSatisfying(
                r -> assertThat(r.messageEn()).contains("3").contains("6"));
    }

    @Test
    void aNegativeMinimumIsRefused() {
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> ExplanationPolicy.defaults().withMinimumLength(-1));
    }
}
