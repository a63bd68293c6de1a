package org.statsbase.validation.internal.lang;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Which RE2 patterns {@link SimplePattern} takes over (the subset its class comment defines: the JDK matcher
 * then runs in linear time with RE2's meaning), what it translates them to, and that its direct matcher
 * answers as RE2 does, on strings and on Latin-1 bytes at any offset.
 */
class SimplePatternTest {

    private static SimplePattern simple(String re) {
        Optional<SimplePattern> p = SimplePattern.translate(re);
        assertThat(p).as(re).isPresent();
        return p.get();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "^[0-9]{6}$      | ^[0-9]{6}\\z       | true",
        "\\d{4}-\\d{2}   | \\d{4}\\-\\d{2}    | true",
        "\\w             | \\w                | true",
        "[a-z0-9]        | [a-z0-9]           | true",
        "[^a-c]x         | [^a-c]x            | true",
        "a{1,1}          | a{1,1}             | true",
        "a{100}          | a{100}             | true",
        "a{19}[a-a]      | a{19}[a-a]         | true",
        "a{0}b           | a{0}b              | true",
        "中1             | 中1                 | true",
        "'_ /:@,#%&=~!<>-| \\'\\_\\ \\/\\:\\@\\,\\#\\%\\&\\=\\~\\!\\<\\>\\- | true",
        "a?b             | a?b                | false",
        "a{1,3}b         | a{1,3}b            | false",
        "^a+             | ^a+                | false",
        "^a*b            | ^a*b               | false",
        "^x{2,}          | ^x{2,}             | false",
        "^[A-Z]{2,}$     | ^[A-Z]{2,}\\z      | false",
    })
    void translatesTheSubset(String re, String jdk, boolean fixed) {
        SimplePattern p = simple(re.strip());
        assertThat(p.jdk.pattern()).isEqualTo(jdk.strip());
        assertThat(p.findsLatin1()).isEqualTo(fixed);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\\s", "\\", "\\D", "[abc", "[]", "[^]", "[a-z_]", "[z-a]", "[a-\u4e2d]", "[a-]x",
        "[-a]", "a{2,1}", "a{101}", "a{1,2,3}", "a{x}", "a{}", "a{1000}", "a{,2}", "a{2", "a{1,x}", "a{1,1000}",
        "^a{2,}{3}", "a*?", "^a++", "a{2}{3}", "a{2}?", "a{2}+", "a{2}*", "a?b?", "^a*b*", "a+", "a*", "^a{2,}x?",
        "a$b", ".", "a|b", "(a)", "a\n", "\ud835\udd38", "a.b", "$a", "a{1,0}", "a{99999999999}", "a{1,99999999999}"})
    void leavesEverythingElseToRe2(String re) {
        assertThat(SimplePattern.translate(re)).as(re).isEmpty();
    }

    @Test
    void rangesAndClassesTakeExactlyTheirCharacters() {
        SimplePattern range = simple("^[b-dX-Y5-6]$");
        assertThat(List.of("b", "c", "d", "X", "Y", "5", "6")).allSatisfy(s -> assertThat(range.find(s)).as(s).isOne());
        assertThat(List.of("a", "e", "W", "Z", "4", "7", "-", "中", "")).allSatisfy(
                s -> assertThat(range.find(s)).as(s).isZero());
        SimplePattern literalDash = simple("^[a]-[b]$");
        assertThat(literalDash.find("a-b")).isOne();
        assertThat(literalDash.find("aab")).isZero();
        SimplePattern negated = simple("^[^0-9a]$");
        assertThat(List.of("b", "中", "_", " ")).allSatisfy(s -> assertThat(negated.find(s)).as(s).isOne());
        assertThat(List.of("0", "9", "a")).allSatisfy(s -> assertThat(negated.find(s)).as(s).isZero());
    }

    @Test
    void theCaretOfANegatedClassIsNoCharacterOfIt() {
        SimplePattern notA = simple("^[^a]$");
        for (String t : List.of("^", "b", "a")) {
            assertThat(notA.find(t) == 1).as(t).isEqualTo(notA.jdk.matcher(t).find()).isEqualTo(!t.equals("a"));
            assertThat(latin1(notA, t)).as(t).isEqualTo(!t.equals("a"));
        }
    }

    @Test
    void digitAndWordAreAscii() {
        SimplePattern digit = simple("^\\d$");
        SimplePattern word = simple("^\\w$");
        for (char ch : "09".toCharArray()) {
            assertThat(digit.find(String.valueOf(ch))).isOne();
            assertThat(word.find(String.valueOf(ch))).isOne();
        }
        for (char ch : "azAZ_".toCharArray()) {
            assertThat(digit.find(String.valueOf(ch))).as("%s", ch).isZero();
            assertThat(word.find(String.valueOf(ch))).as("%s", ch).isOne();
        }
        for (char ch : "/:@[`{-中١".toCharArray()) {
            assertThat(digit.find(String.valueOf(ch))).as("%s", ch).isZero();
            assertThat(word.find(String.valueOf(ch))).as("%s", ch).isZero();
        }
    }

    @Test
    void literalsBeyondAsciiMatchOnlyThemselves() {
        SimplePattern p = simple("中");
        assertThat(p.find("一中")).isOne();
        assertThat(p.find("一二")).isZero();
        assertThat(p.find("a")).isZero();
    }

    @Test
    void anchorsDecideWhereTheFixedPatternMayStand() {
        // unanchored: anywhere; ^: at the start only; $: at the end only; both: the whole text
        String[] texts = {"ab", "xab", "abx", "xabx", "a", "b", ""};
        int[][] expected = {
            {1, 1, 1, 1, 0, 0, 0}, // ab
            {1, 0, 1, 0, 0, 0, 0}, // ^ab
            {1, 1, 0, 0, 0, 0, 0}, // ab$
            {1, 0, 0, 0, 0, 0, 0}, // ^ab$
        };
        String[] patterns = {"ab", "^ab", "ab$", "^ab$"};
        for (int p = 0; p < patterns.length; p++) {
            SimplePattern sp = simple(patterns[p]);
            for (int t = 0; t < texts.length; t++) {
                assertThat(sp.find(texts[t])).as(patterns[p] + " in " + texts[t]).isEqualTo(expected[p][t]);
                assertThat(latin1(sp, texts[t])).as(patterns[p] + " in bytes " + texts[t]).isEqualTo(expected[p][t] == 1);
            }
        }
    }

    @Test
    void textsWithSurrogatesAndVariableCountsGoToTheJdkMatcher() {
        assertThat(simple("a").find("x\ud835\udd38a")).isEqualTo(-1);
        assertThat(simple("a?b").find("ab")).isEqualTo(-1);
        assertThat(simple("a?b").jdk.matcher("xb").find()).isTrue();
        // $ is the end of the text, as RE2's: no match before a final line break
        assertThat(simple("^a{1,2}$").jdk.matcher("a\n").find()).isFalse();
        assertThat(simple("^a$").find("a\n")).isZero();
    }

    @Test
    void latin1BytesAnswerAsStringsAtAnyOffset() {
        List<String> patterns = List.of("ab", "^ab", "ab$", "^ab$", "^[0-9]{3}$", "\\d-\\w", "[^a-c]{2}", "^\\d{2}", "x$");
        List<String> texts = List.of("", "a", "ab", "xab", "abx", "123", "1234", "12", "9-_", "zz-a9-b", "dd", "aé",
                "ééx", "ab\n", "12a");
        for (String re : patterns) {
            SimplePattern p = simple(re);
            for (String t : texts) {
                boolean byString = p.find(t) == 1;
                assertThat(byString).as(re + " in " + t).isEqualTo(p.jdk.matcher(t).find());
                assertThat(latin1(p, t)).as(re + " in bytes " + t).isEqualTo(byString);
            }
        }
    }

    /** {@code text} matched as Latin-1 bytes in the middle of other bytes. */
    private static boolean latin1(SimplePattern p, String text) {
        byte[] t = text.getBytes(StandardCharsets.ISO_8859_1);
        byte[] padded = new byte[t.length + 6];
        byte[] filler = "ab1ab1".getBytes(StandardCharsets.ISO_8859_1);
        System.arraycopy(filler, 0, padded, 0, 3);
        System.arraycopy(t, 0, padded, 3, t.length);
        System.arraycopy(filler, 3, padded, 3 + t.length, 3);
        return p.find(padded, 3, 3 + t.length);
    }
}
