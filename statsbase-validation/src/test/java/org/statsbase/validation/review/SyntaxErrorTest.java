package org.statsbase.validation.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.statsbase.core.level.Severity;
import org.statsbase.validation.error.RuleProblem;
import org.statsbase.validation.error.RuleSetException;
import org.statsbase.validation.rules.LocalizedText;
import org.statsbase.validation.rules.RuleDefinition;
import org.statsbase.validation.rules.RuleSetDefinition;
import org.statsbase.validation.rules.SourceLocation;

/** Every parse error: its code, line, column, what was found and what was expected. */
class SyntaxErrorTest {

    static List<RuleProblem> problems(String... checks) {
        RuleSetException e = catchThrowableOfType(() -> RuleSet.compile(Rules.of(checks)), RuleSetException.class);
        assertThat(e).as("compiling %s should fail", List.of(checks)).isNotNull();
        return e.problems();
    }

    static RuleProblem only(String check) {
        List<RuleProblem> p = problems(check);
        assertThat(p).hasSize(1);
        return p.get(0);
    }

    static void assertProblem(RuleProblem p, String code, int line, int column, String found, String expected) {
        assertThat(p.code()).isEqualTo(code);
        assertThat(p.location().line()).as("line").isEqualTo(line);
        assertThat(p.location().column()).as("column").isEqualTo(column);
        assertThat(p.found()).as("found").isEqualTo(found);
        assertThat(p.expected()).as("expected").contains(expected);
        assertThat(p.messageZh()).isNotBlank();
        assertThat(p.messageEn()).isNotBlank();
    }

    @Test
    void unexpectedCharacterNamesItsCodePoint() {
        assertProblem(only("B01 > 1 # 2"), "SB-VAL-0101", 1, 9, "'#' (U+0023)", "an operator");
    }

    @Test
    void fullWidthParenthesisIsAnUnexpectedCharacter() {
        List<RuleProblem> p = problems("B01 >（1）");
        assertProblem(p.get(0), "SB-VAL-0101", 1, 6, "'（' (U+FF08)", "parenthesis");
        assertProblem(p.get(1), "SB-VAL-0101", 1, 8, "'）' (U+FF09)", "parenthesis");
    }

    @Test
    void everyLexicalProblemIsReported() {
        List<RuleProblem> p = problems("B01 # 1 @ 2");
        assertThat(p).extracting(RuleProblem::code).containsExactly("SB-VAL-0101", "SB-VAL-0101");
        assertThat(p).extracting(q -> q.location().column()).containsExactly(5, 9);
    }

    @Test
    void invisibleCharacterIsShownByCodePoint() {
        assertProblem(only("B01 >\u200b 1"), "SB-VAL-0101", 1, 6, "(U+200B)", "an operator");
    }

    @Test
    void endOfTextWhereAnOperandIsExpected() {
        assertProblem(only("B01 > "), "SB-VAL-0102", 1, 7, "the end of the text", "a number, a text, a field");
    }

    @Test
    void twoOperandsWithoutOperator() {
        assertProblem(only("B01 >= B02 B03"), "SB-VAL-0102", 1, 12, "a name B03", "an operator or the end");
    }

    @Test
    void errorOnALaterLine() {
        // line 2 is "  and (B02 > " : the text ends at line 2, column 14
        assertProblem(only("B01 >= 1\n  and (B02 > "), "SB-VAL-0102", 2, 14, "the end of the text", "a number");
    }

    @Test
    void missingThen() {
        assertProblem(only("if B01 > 1 B02 > 1"), "SB-VAL-0102", 1, 12, "a name B02", "'then'");
    }

    @Test
    void betweenWithoutAnd() {
        assertProblem(only("B01 between 1 2"), "SB-VAL-0102", 1, 15, "a number 2", "'and'");
    }

    @Test
    void comparisonsDoNotChain() {
        assertProblem(only("1 < B01 < 3"), "SB-VAL-0102", 1, 9, "'<'", "an operator or the end");
    }

    @Test
    void unclosedParenthesis() {
        assertProblem(only("(B01 > 1"), "SB-VAL-0102", 1, 9, "the end of the text", "')'");
    }

    @Test
    void bangAloneIsNotAnOperator() {
        assertProblem(only("!B01"), "SB-VAL-0101", 1, 1, "'!' (U+0021)", "'!=' or 'not'");
    }

    @Test
    void notMustBeFollowedByInOrBetweenAfterAValue() {
        assertProblem(only("B01 not 3"), "SB-VAL-0102", 1, 9, "a number 3", "'in' or 'between'");
    }

    @Test
    void unterminatedString() {
        assertProblem(only("C1 = 'abc"), "SB-VAL-0103", 1, 6, "'abc", "a closing '");
    }

    @Test
    void unterminatedBracketCode() {
        assertProblem(only("[B204-1.01 > 1"), "SB-VAL-0104", 1, 1, "[B204-1.01 > 1", "']'");
    }

    @Test
    void malformedNumbers() {
        assertProblem(only("B01 > 1.2.3"), "SB-VAL-0105", 1, 7, "1.2.3", "a decimal number");
        assertProblem(only("B01 > 12a"), "SB-VAL-0105", 1, 7, "12a", "a decimal number");
        assertProblem(only("B01 > 1."), "SB-VAL-0105", 1, 7, "1.", "a decimal number");
    }

    @Test
    void unknownReferenceDataset() {
        assertProblem(only("last.B01 > 1"), "SB-VAL-0106", 1, 1, "last", "prev, yoy");
    }

    @Test
    void emptyBracketCode() {
        assertProblem(only("[] > 1"), "SB-VAL-0107", 1, 1, "[]", "an indicator code");
    }

    @Test
    void formNeedsATextId() {
        assertProblem(only("form(B204).B01 > 1"), "SB-VAL-0102", 1, 6, "a name B204", "the form id as a text");
    }

    @Test
    void unclosedMessagePlaceholder() {
        RuleDefinition rule = RuleDefinition.of("R1", "B01 > 0")
                .withMessage(LocalizedText.of("营业收入{B01 为负", "revenue {B01} negative"));
        RuleSetException e = catchThrowableOfType(
                () -> RuleSet.compile(RuleSetDefinition.of("test", List.of(rule))), RuleSetException.class);
        assertThat(e.problems()).extracting(RuleProblem::code).containsExactly("SB-VAL-0108");
    }

    @Test
    void locationsMapIntoTheFile() {
        // the check text starts at line 7, column 12 of rules.yaml
        SourceLocation at = new SourceLocation("rules.yaml", 7, 12);
        RuleDefinition rule = new RuleDefinition("R9", "B01 >\n   # 1", at, Optional.empty(), at,
                Severity.MANDATORY, LocalizedText.EMPTY, LocalizedText.EMPTY, Map.of(),
                new SourceLocation("rules.yaml", 6, 3));
        RuleSetException e = catchThrowableOfType(
                () -> RuleSet.compile(new RuleSetDefinition("s", Optional.empty(), java.math.BigDecimal.ZERO,
                        List.of(rule), "rules.yaml")), RuleSetException.class);
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.location()).isEqualTo(new SourceLocation("rules.yaml", 8, 4));
            assertThat(p.toString()).startsWith("rules.yaml:8:4: SB-VAL-0101");
        });
        assertThat(e.code()).isEqualTo("SB-VAL-0001");
        assertThat(e.messageEn()).contains("rules.yaml").contains("1 problem");
    }

    @Test
    void oneProblemPerBrokenRuleAndAllRulesReported() {
        List<RuleProblem> p = problems("B01 >", "B01 > 1", "(B02", "C = 'x");
        assertThat(p).extracting(RuleProblem::code).containsExactly("SB-VAL-0102", "SB-VAL-0102", "SB-VAL-0103");
        assertThat(p).extracting(q -> q.location().source()).containsExactly("R1", "R3", "R4");
    }

    @Test
    void keywordsAreCaseInsensitiveAndCodesMayHaveSymbols() {
        Table t = Table.with("id:TEXT", "B204-1.01", "B01").key("id").row("u", 3, 2).build();
        ReviewReport r = RuleSet.compile(Rules.of("[B204-1.01] > B01 AND NOT B01 = 3 Or False")).review(t);
        assertThat(r.summaries().get(0).passes()).isEqualTo(1);
    }
}
