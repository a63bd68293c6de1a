package org.statsbase.validation.internal.lang;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.statsbase.validation.data.Column;
import org.statsbase.validation.data.ColumnType;
import org.statsbase.validation.data.Schema;
import org.statsbase.validation.rules.RuleLimits;

/**
 * Which comparisons the compiler puts on the numeric fast path (scaled longs, {@link Node.Compare#numeric}): those
 * whose operands may be numbers (numbers, and fields whose type no form or schema tells), never those it knows to
 * be texts, dates or conditions (the fast path would only find out per record that it cannot take them). One
 * operand of unknown type takes the type of the other; {@code between} takes the first known of value, low, high.
 * Without a form or schema only literals have a known type.
 */
class CompilerTest {

    private static final Schema SCHEMA = Schema.of(List.of(Column.of("id", ColumnType.TEXT),
            Column.of("B01", ColumnType.NUMBER), Column.of("B02", ColumnType.NUMBER), Column.of("C", ColumnType.TEXT),
            Column.of("D", ColumnType.DATE), Column.of("A", ColumnType.BOOLEAN)), List.of("id"));

    private static Node compile(String text, Environment environment) {
        List<Problem> problems = new ArrayList<>();
        Compiler compiler = new Compiler(environment, new Slots(), BigDecimal.ZERO, RuleLimits.defaults());
        Node node = compiler.compile(text, "R1", "check", true, problems).orElseThrow().node();
        assertThat(problems).isEmpty();
        return node;
    }

    @ParameterizedTest(name = "{0}: numeric {1}, without a schema {2}")
    @CsvSource(delimiter = '|', value = {
        "B01 = B02                  | true  | true",
        "B01 < 3                    | true  | true",
        "form(\"X\").F >= B01       | true  | true",
        "B01 != form(\"X\").F       | true  | true",
        "form(\"X\").F = form(\"X\").G | true  | true",
        "C = 'x'                    | false | false",
        "D < D                      | false | true",
        "A = true                   | false | false",
        "form(\"X\").F = C          | false | true",
        "C > form(\"X\").F          | false | true",
        "form(\"X\").F != A         | false | true",
    })
    void aComparisonIsNumericUnlessItsOperandsAreKnownNotToBe(String text, boolean numeric, boolean untyped) {
        Node node = compile(text, Environment.of(SCHEMA));
        assertThat(node).isInstanceOf(Node.Compare.class);
        assertThat(((Node.Compare) node).numeric).isEqualTo(numeric);
        // without a schema only literals have a known type
        assertThat(((Node.Compare) compile(text, Environment.none())).numeric).isEqualTo(untyped);
    }

    @ParameterizedTest(name = "{0}: numeric {1}, without a schema {2}")
    @CsvSource(delimiter = '|', value = {
        "B01 between 1 and 2                                | true  | true",
        "B01 between form(\"X\").F and form(\"X\").G        | true  | true",
        "form(\"X\").F between 1 and form(\"X\").G          | true  | true",
        "form(\"X\").F between form(\"X\").G and 2          | true  | true",
        "form(\"X\").F between form(\"X\").G and form(\"X\").H | true  | true",
        "C between 'a' and 'z'                              | false | false",
        "C not between form(\"X\").F and form(\"X\").G      | false | true",
        "form(\"X\").F between C and form(\"X\").G          | false | true",
        "form(\"X\").F between form(\"X\").G and C          | false | true",
        "D between D and form(\"X\").F                      | false | true",
        "form(\"X\").F between 'a' and C                    | false | false",
        "form(\"X\").F between form(\"X\").G and 'z'        | false | false",
    })
    void aBetweenIsNumericUnlessItsValueOrBoundsAreKnownNotToBe(String text, boolean numeric, boolean untyped) {
        Node node = compile(text, Environment.of(SCHEMA));
        assertThat(node).isInstanceOf(Node.Between.class);
        assertThat(((Node.Between) node).low.numeric).isEqualTo(numeric);
        assertThat(((Node.Between) node).high.numeric).isEqualTo(numeric);
        assertThat(((Node.Between) compile(text, Environment.none())).low.numeric).isEqualTo(untyped);
    }
}
