package org.statsbase.validation.rules.file;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.statsbase.core.level.Severity;
import org.statsbase.validation.rules.LocalizedText;
import org.statsbase.validation.rules.RuleDefinition;
import org.statsbase.validation.rules.RuleSetDefinition;
import org.statsbase.validation.rules.SourceLocation;

/**
 * Any rule set written out as JSON or as YAML (by Jackson's own writers, so by rules the reader
 * did not write) reads back to the same definition, and every check location points at its text.
 */
class RuleSetFilesProperties {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final YAMLMapper YAML = new YAMLMapper(YAMLFactory.builder()
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES).build());

    @Property(tries = 200)
    void writtenAsJsonOrYamlItReadsBackTheSame(@ForAll("ruleSets") RuleSetDefinition set) throws Exception {
        ObjectNode document = toTree(set);
        String json = JSON.writerWithDefaultPrettyPrinter().writeValueAsString(document);
        String yaml = YAML.writeValueAsString(document);
        RuleSetDefinition fromJson = RuleSetFiles.parse(json, "p.json", RuleSetFormat.JSON);
        RuleSetDefinition fromYaml = RuleSetFiles.parse(yaml, "p.yaml", RuleSetFormat.YAML);
        assertThat(RuleSetFilesTest.content(fromJson)).isEqualTo(RuleSetFilesTest.content(set));
        assertThat(RuleSetFilesTest.content(fromYaml)).isEqualTo(RuleSetFilesTest.content(set));
        assertPointsAtText(json, fromJson);
        assertPointsAtText(yaml, fromYaml);
    }

    /** Checks without escapes or line breaks: the text at the location is the check. */
    private static void assertPointsAtText(String text, RuleSetDefinition set) {
        List<String> lines = text.lines().toList();
        for (RuleDefinition rule : set.rules()) {
            SourceLocation at = rule.checkLocation();
            String line = lines.get(at.line() - 1);
            assertThat(line.substring(line.offsetByCodePoints(0, at.column() - 1))).as("%s in%n%s", at, text)
                    .startsWith(rule.check());
        }
    }

    private static ObjectNode toTree(RuleSetDefinition set) {
        ObjectNode root = JSON.createObjectNode();
        root.put("id", set.id());
        set.version().ifPresent(v -> root.put("version", v));
        root.put("tolerance", set.tolerance());
        ArrayNode rules = root.putArray("rules");
        for (RuleDefinition rule : set.rules()) {
            ObjectNode node = rules.addObject();
            node.put("id", rule.id());
            node.put("check", rule.check());
            rule.when().ifPresent(w -> node.put("when", w));
            if (rule.severity() != Severity.MANDATORY) {
                node.put("severity", rule.severity().name());
            }
            if (!rule.name().isEmpty()) {
                node.putObject("name").put("zh", rule.name().zh()).put("en", rule.name().en());
            }
            if (!rule.message().isEmpty()) {
                ObjectNode message = node.putObject("message");
                if (!rule.message().zh().isEmpty()) {
                    message.put("zh", rule.message().zh());
                }
                if (!rule.message().en().isEmpty()) {
                    message.put("en", rule.message().en());
                }
            }
            if (!rule.meta().isEmpty()) {
                ObjectNode meta = node.putObject("meta");
                rule.meta().forEach(meta::put);
            }
        }
        return root;
    }

    @Provide
    Arbitrary<RuleSetDefinition> ruleSets() {
        Arbitrary<String> ids = Arbitraries.strings().withChars("ABCRabc019-_.").ofMinLength(1).ofMaxLength(8)
                .filter(s -> !s.isBlank());
        // texts a real rule set may hold: CJK, quotes, YAML words (yes, no, null, 1.0), symbols, emoji
        Arbitrary<String> texts = Arbitraries.oneOf(
                Arbitraries.strings().withChars("营业收入小于主营业务 {B01}#:-'\"%!&*|>").ofMinLength(1).ofMaxLength(20),
                Arbitraries.of("yes", "no", "on", "off", "null", "~", "1.0", "0x1F", "true", "- x", "a: b", "😀 ok",
                        "[B204-1.01] > 0", "#not a comment", "line\nbreak"))
                .filter(s -> !s.isBlank());
        // checks on one line, without characters JSON escapes, so locations can be compared with the text
        Arbitrary<String> checks = Arbitraries.oneOf(
                Arbitraries.strings().withChars("B0123 >=<+-*/().,andor").ofMinLength(1).ofMaxLength(30),
                Arbitraries.of("B01 >= B02", "growth(B01, prev.B01) between -0.5 and 0.5", "[B204-1.01] > 0",
                        "matches(NAME, '^[A-Z]+$')", "if B04 > 0 then B01 > 0", "B01 in (1, 2, 3)", "营业收入 > 0"))
                .filter(s -> !s.isBlank() && s.strip().equals(s));
        Arbitrary<Map<String, String>> metas = Arbitraries.maps(ids, texts).ofMaxSize(3).map(LinkedHashMap::new);
        Arbitrary<LocalizedText> localized = Combinators.combine(texts, texts).as(LocalizedText::of);
        Arbitrary<RuleDefinition> rules = Combinators.combine(ids, checks, checks.optional(),
                Arbitraries.of(Severity.class), localized.injectNull(0.5), localized.injectNull(0.5), metas)
                .as((id, check, when, severity, name, message, meta) -> new RuleDefinition(id, check,
                        SourceLocation.of(""), when, SourceLocation.of(""), severity,
                        name == null ? LocalizedText.EMPTY : name, message == null ? LocalizedText.EMPTY : message,
                        meta, SourceLocation.of("")));
        Arbitrary<List<RuleDefinition>> ruleLists = rules.list().ofMaxSize(5)
                .uniqueElements(RuleDefinition::id);
        Arbitrary<BigDecimal> tolerances = Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("1000"))
                .ofScale(4);
        return Combinators.combine(ids, texts.optional(), tolerances, ruleLists)
                .as((id, version, tolerance, list) -> new RuleSetDefinition(id, version.map(String::strip)
                        .filter(v -> !v.isBlank()), tolerance, list, ""));
    }
}
