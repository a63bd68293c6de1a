package org.statsbase.validation.constraints;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.statsbase.core.level.Severity;

/** The message template of a {@code @ReviewRules} violation: read back exactly, anything else refused. */
class ReviewTemplateTest {

    private static final String K = "{" + ReviewTemplate.KEY;

    private static String template(String head, String rule, String zh, String en, String end) {
        return head + rule + K + "detail.message}" + zh + K + "detail.other}" + en + end;
    }

    @Test
    void aWellFormedTemplateIsReadBack() {
        ReviewTemplate t = ReviewTemplate.parse(template(K + "ERROR}" + K + "VERIFY}", "R1", "中文", "English",
                K + "detail.otherEnd}")).orElseThrow();
        assertThat(t).isEqualTo(new ReviewTemplate(true, Severity.VERIFY, "R1", "中文", "English"));
        ReviewTemplate hint = ReviewTemplate.parse(template(K + "HINT}", "R2", "z", "e", K + "detail.otherEnd}"))
                .orElseThrow();
        assertThat(hint).isEqualTo(new ReviewTemplate(false, Severity.HINT, "R2", "z", "e"));
        assertThat(hint.message(Locale.CHINA)).isEqualTo("z");
        assertThat(hint.message(Locale.FRANCE)).isEqualTo("e");
    }

    @Test
    void escapesSurviveTheRoundTrip() {
        ReviewTemplate t = new ReviewTemplate(false, Severity.MANDATORY, "R{1}", "a\\b $x {y}", "plain");
        String written = t.template(Locale.CHINA);
        assertThat(written).isEqualTo(K + "MANDATORY}R\\{1\\}" + K + "detail.message}a\\\\b \\$x \\{y\\}");
        String full = written + K + "detail.other}" + "plain" + K + "detail.otherEnd}";
        assertThat(ReviewTemplate.parse(full)).contains(t);
        assertThat(t.template(Locale.ENGLISH)).endsWith("detail.message}plain");
    }

    @Test
    void anythingElseIsNotAReviewTemplate() {
        String end = K + "detail.otherEnd}";
        assertThat(ReviewTemplate.parse(null)).isEmpty();
        assertThat(ReviewTemplate.parse("my own message")).isEmpty();
        assertThat(ReviewTemplate.parse(template(K + "SEVERE}", "R1", "z", "e", end))).isEmpty();
        assertThat(ReviewTemplate.parse(K + "HINT}R1" + K + "detail.other}e" + end)).isEmpty();
        assertThat(ReviewTemplate.parse(K + "HINT}R1" + K + "detail.message}z" + end)).isEmpty();
        assertThat(ReviewTemplate.parse(template(K + "HINT}", "R1", "z", "e", ""))).isEmpty();
        assertThat(ReviewTemplate.parse(template(K + "HINT}", "R1", "z", "e", end + "x"))).isEmpty();
        // a trailing backslash has nothing to escape: refused, not an exception
        assertThat(ReviewTemplate.parse(template(K + "HINT}", "R1", "z", "e\\", ""))).isEmpty();
        assertThat(ReviewTemplate.parse(K + "HINT}R1\\")).isEmpty();
    }
}
