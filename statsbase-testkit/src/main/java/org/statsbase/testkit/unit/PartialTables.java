package org.statsbase.testkit.unit;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.statsbase.core.code.IndustryCode;
import org.statsbase.core.code.IndustrySection;
import org.statsbase.core.unit.AboveScaleClassifier;
import org.statsbase.core.unit.EnterpriseSizeClassifier;

/**
 * Made-up user tables that leave a gap, for the reason {@code INDUSTRY_NOT_COVERED}, which the
 * shipped tables (covering every code) can never give. Every section but C is one row, every
 * division of C but 13 another; division 13 (农副食品加工业) is split into two rows holding the
 * groups 131 and 132 only — so the loaders accept the table (every division is covered or split
 * below) while the groups 133–139 and the classes below them belong to no row.
 *
 * <p>Thread safety: the tables are immutable and loaded once, by the JVM's class initialisation.
 */
final class PartialTables {

    static final EnterpriseSizeClassifier SIZE = EnterpriseSizeClassifier.load(stream(sizeJson()), "testkit-partial-size");
    static final AboveScaleClassifier ABOVE_SCALE =
            AboveScaleClassifier.load(stream(aboveScaleJson()), "testkit-partial-above-scale");

    private PartialTables() {
    }

    /** Groups 133–139 and classes below them: in no row of the partial tables. */
    static Arbitrary<IndustryCode> uncoveredCodes() {
        Arbitrary<String> group = Arbitraries.integers().between(3, 9).map(g -> "13" + g);
        Arbitrary<String> classes = Combinators.combine(group, Arbitraries.integers().between(1, 9))
                .as((g, c) -> g + c);
        return Arbitraries.oneOf(group, classes).map(d -> IndustryCode.parse("C" + d));
    }

    private static List<String> includesOfTheRest() {
        List<String> codes = new ArrayList<>();
        for (IndustrySection s : IndustrySection.values()) {
            if (s != IndustrySection.C) {
                codes.add(String.valueOf(s.letter()));
            }
        }
        for (int d = IndustrySection.C.firstDivision(); d <= IndustrySection.C.lastDivision(); d++) {
            if (d != 13) {
                codes.add(String.format("%02d", d));
            }
        }
        return codes;
    }

    private static String quoted(List<String> codes) {
        return codes.stream().map(c -> "\"" + c + "\"").collect(Collectors.joining(", "));
    }

    private static String sizeJson() {
        String metrics = "\"metrics\": [{\"metric\": \"REVENUE\", \"large\": 20000, \"medium\": 500, \"small\": 50}]";
        return "{\"id\": \"testkit-partial-size\", \"title\": \"made up\", \"document\": \"none\","
                + " \"issued\": \"2017-12-28\", \"source\": \"statsbase-testkit, made up to leave a gap\", \"rows\": ["
                + "{\"id\": \"REST\", \"name_zh\": \"其余\", \"includes\": [" + quoted(includesOfTheRest()) + "], "
                + metrics + "},"
                + "{\"id\": \"G131\", \"name_zh\": \"谷物磨制\", \"includes\": [\"131\"], " + metrics + "},"
                + "{\"id\": \"G132\", \"name_zh\": \"饲料加工\", \"includes\": [\"132\"], " + metrics + "}]}";
    }

    private static String aboveScaleJson() {
        String rule = "\"category\": \"INDUSTRY\", \"criterion\": \"REVENUE\", \"threshold\": 2000,"
                + " \"revenue_measure_zh\": \"营业收入\", \"unit_kinds\": [\"LEGAL_ENTITY\"]";
        return "{\"id\": \"testkit-partial-above-scale\", \"title\": \"made up\", \"as_of\": \"2024-01-01\","
                + " \"source\": \"statsbase-testkit, made up to leave a gap\", \"rows\": ["
                + "{\"id\": \"REST\", \"name_zh\": \"其余\", \"includes\": [" + quoted(includesOfTheRest()) + "], "
                + rule + "},"
                + "{\"id\": \"G131\", \"name_zh\": \"谷物磨制\", \"includes\": [\"131\"], " + rule + "},"
                + "{\"id\": \"G132\", \"name_zh\": \"饲料加工\", \"includes\": [\"132\"], " + rule + "}]}";
    }

    private static ByteArrayInputStream stream(String json) {
        return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
    }
}
