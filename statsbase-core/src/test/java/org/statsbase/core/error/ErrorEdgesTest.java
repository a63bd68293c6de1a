package org.statsbase.core.error;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The message templates ({@code {0}}…{@code {99}} placeholders filled from the arguments, anything
 * else kept as written) and the bilingual data-file problems built from them.
 */
class ErrorEdgesTest {

    @Test
    void placeholdersAreOneOrTwoDigitIndexesInRange() {
        Object[] eleven = {"a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k"};
        assertThat(Templates.fill("x {0} y", "A")).isEqualTo("x A y");
        assertThat(Templates.fill("{0}{9}{10}", eleven)).isEqualTo("ajk");
        assertThat(Templates.fill("{100}", eleven)).isEqualTo("{100}");
        assertThat(Templates.fill("{}", "A")).isEqualTo("{}");
        assertThat(Templates.fill("{1}", "A")).isEqualTo("{1}");
        assertThat(Templates.fill("{/}{:}{a}", "A")).isEqualTo("{/}{:}{a}");
        assertThat(Templates.fill("{0", "A")).isEqualTo("{0");
        assertThat(Templates.fill("}{0}", "A")).isEqualTo("}A");
        assertThat(Templates.fill("{0}", (Object[]) null)).isEqualTo("{0}");
        assertThat(Templates.fill("{0}")).isEqualTo("{0}");
        assertThat(Templates.fill("no placeholder", "A")).isEqualTo("no placeholder");
    }

    @Test
    void anArgumentOfMoreThanTenThousandCharactersIsAbbreviated() {
        // found by the fuzz tests under a small heap: an 8 MiB period echoed into four message strings
        String limit = "y".repeat(10_000);
        assertThat(Templates.fill("<{0}>", limit)).isEqualTo("<" + limit + ">");
        String hostile = "x".repeat(10_001);
        assertThat(Templates.fill("<{0}>", hostile)).isEqualTo("<" + "x".repeat(1_000) + "…[10001]>");
        // a surrogate pair is not cut in half
        String emoji = "x".repeat(999) + "\uD83D\uDE00" + "x".repeat(20_000);
        assertThat(Templates.fill("{0}", emoji)).isEqualTo("x".repeat(999) + "…[" + emoji.length() + "]");
        StatsbaseException e = new StatsbaseException(CoreError.DATA_FILE_UNREADABLE, hostile, "z");
        assertThat(e.messageEn()).hasSizeLessThan(1_100).contains("…[10001]");
        assertThat(e.getMessage()).isEqualTo(e.code() + " " + e.messageEn() + " / " + e.messageZh());
    }

    @Test
    void dataProblemsSayWhere() {
        assertThat(new DataProblem("f.csv", 3, "code", "错", "wrong").toString()).isEqualTo("f.csv:3 [code] wrong / 错");
        assertThat(new DataProblem("f.csv", 1, "", "错", "wrong").toString()).isEqualTo("f.csv:1 wrong / 错");
        assertThat(new DataProblem("f.json", 0, "$.a", "错", "wrong").toString()).isEqualTo("f.json [$.a] wrong / 错");
        assertThat(new DataProblem("f.json", 0, "", "错", "wrong").line()).isZero();
        assertThatThrownBy(() -> new DataProblem("f", -1, "", "错", "wrong")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DataFileException.malformed("f", List.of())).isInstanceOf(IllegalArgumentException.class);
        DataFileException noCause = DataFileException.unreadable("f", null);
        assertThat(noCause.problems()).singleElement().satisfies(p -> assertThat(p.messageEn()).contains("null"));
        DataFileException noMessage = DataFileException.unreadable("f", new IOException());
        assertThat(noMessage.problems().get(0).messageEn()).contains("java.io.IOException");
        DataFileException withMessage = DataFileException.unreadable("f", new IOException("disk on fire"));
        assertThat(withMessage.problems().get(0).messageEn()).contains("disk on fire");
        DataFileException two = DataFileException.malformed("f", List.of(
                new DataProblem("f", 1, "", "一", "one"), new DataProblem("f", 2, "", "二", "two")));
        assertThat(two.getMessage()).contains("one");
        assertThat(two.problems()).hasSize(2);
    }
}
