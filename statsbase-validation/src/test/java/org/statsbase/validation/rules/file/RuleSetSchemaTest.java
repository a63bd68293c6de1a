package org.statsbase.validation.rules.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.statsbase.core.level.Severity;
import org.statsbase.validation.error.RuleSetException;

/**
 * The JSON Schema shipped with the module describes what the reader accepts: the same keys
 * (compared programmatically), and, checked by a small validator of the keywords the schema
 * uses, the same verdict on the samples and on a set of broken files.
 */
class RuleSetSchemaTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final YAMLMapper YAML = new YAMLMapper(YAMLFactory.builder()
            .enable(YAMLParser.Feature.PARSE_BOOLEAN_LIKE_WORDS_AS_STRINGS).build());

    private static JsonNode schema() throws IOException {
        return JSON.readTree(RuleSetFiles.schema());
    }

    private static List<String> names(Iterator<String> names) {
        List<String> list = new ArrayList<>();
        names.forEachRemaining(list::add);
        return list;
    }

    private static List<String> texts(JsonNode array) {
        List<String> list = new ArrayList<>();
        array.forEach(n -> list.add(n.asText()));
        return list;
    }

    @Test
    void isDraft2020JsonWithTheReadersKeys() throws IOException {
        JsonNode schema = schema();
        assertThat(schema.path("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(names(schema.path("properties").fieldNames())).containsExactlyElementsOf(RuleSetKeys.RULE_SET);
        assertThat(texts(schema.path("required"))).containsExactlyElementsOf(RuleSetKeys.RULE_SET_REQUIRED);
        assertThat(schema.path("additionalProperties").asBoolean(true)).isFalse();

        JsonNode rule = schema.path("$defs").path("rule");
        assertThat(names(rule.path("properties").fieldNames())).containsExactlyElementsOf(RuleSetKeys.RULE);
        assertThat(texts(rule.path("required"))).containsExactlyElementsOf(RuleSetKeys.RULE_REQUIRED);
        assertThat(rule.path("additionalProperties").asBoolean(true)).isFalse();
        assertThat(texts(rule.path("properties").path("severity").path("enum")))
                .containsExactlyElementsOf(Arrays.stream(Severity.values()).map(Enum::name).toList());

        JsonNode text = schema.path("$defs").path("localizedText").path("anyOf").get(1);
        assertThat(names(text.path("properties").fieldNames())).containsExactlyElementsOf(RuleSetKeys.TEXT);

        JsonNode tolerance = schema.path("properties").path("tolerance");
        assertThat(tolerance.path("minimum").decimalValue()).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(tolerance.path("maximum").decimalValue()).isEqualByComparingTo(RuleSetFileParser.MAX_TOLERANCE);
    }

    @Test
    void theSampleFilesConformByTheReaderAndBySchema() throws Exception {
        Path root = RuleSetIncludesTest.resource("samples").getParent();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".json"))
                    .filter(p -> Set.of("samples", "includes", "parts").contains(p.getParent().getFileName().toString()))
                    .sorted().toList();
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(8);
        for (Path file : files) {
            assertThatCode(() -> RuleSetFiles.read(file)).as(file.toString()).doesNotThrowAnyException();
            JsonNode document = file.toString().endsWith(".json") ? JSON.readTree(file.toFile())
                    : YAML.readTree(file.toFile());
            assertThat(new MiniValidator(schema()).errors(document)).as(file.toString()).isEmpty();
        }
    }

    /**
     * Each document is judged alike by the reader and by the schema. (Not used here: unquoted YAML
     * scalars that YAML reads as numbers or booleans, which the reader takes as text where text is
     * expected and a YAML-to-JSON conversion turns into numbers; the schema describes JSON.)
     */
    @ParameterizedTest
    @ValueSource(strings = {
        "id: ok",
        "id: ok\nversion: 3\ntolerance: 0.25\nrules:\n  - {id: R1, check: A > 0, when: B > 0, severity: HINT,"
                + " name: 名称, message: {en: m}, meta: {a: [1]}}",
        "idd: typo",
        "version: '1'",
        "id: [7]",
        "id: '  '",
        "id: x\ntolerance: -1",
        "id: x\ntolerance: 1e13",
        "id: x\ntolerance: '1'",
        "id: x\nversion: [true]",
        "id: x\nincludes: common.yaml",
        "id: x\nincludes: [/etc/common.yaml]",
        "id: x\nincludes: [common.txt]",
        "id: x\nrules: {id: R1}",
        "id: x\nrules: [R1]",
        "id: x\nrules: [{id: R1}]",
        "id: x\nrules: [{check: A}]",
        "id: x\nrules: [{id: R1, check: A, chek: B}]",
        "id: x\nrules: [{id: R1, check: A, severity: mandatory}]",
        "id: x\nrules: [{id: R1, check: A, name: {}}]",
        "id: x\nrules: [{id: R1, check: A, name: {zh: '', en: ' '}}]",
        "id: x\nrules: [{id: R1, check: A, name: {zh: 名称, fr: nom}}]",
        "id: x\nrules: [{id: R1, check: A, name: {zh: 名称, en: [7]}}]",
        "id: x\nrules: [{id: R1, check: A, meta: [a]}]",
        "id: x\nrules: [{id: R1, check: {a: 42}}]",
        "id: x\nrules: [{id: R1, check: A, when: ''}]",
        "[1, 2]",
    })
    void readerAndSchemaAgree(String yaml) throws IOException {
        boolean readerAccepts;
        try {
            RuleSetFiles.parse(yaml, "case.yaml", RuleSetFormat.YAML);
            readerAccepts = true;
        } catch (RuleSetException e) {
            // includes cannot be resolved from a text: judge the rest
            readerAccepts = e.problems().stream().allMatch(p -> p.code().equals("SB-VAL-0414"));
        }
        List<String> schemaErrors = new MiniValidator(schema()).errors(YAML.readTree(yaml));
        assertThat(schemaErrors.isEmpty()).as("schema errors %s", schemaErrors).isEqualTo(readerAccepts);
    }

    /**
     * The JSON Schema keywords rule-set.schema.json uses, and no others (an unknown keyword fails
     * the test rather than being ignored): $ref to $defs, type, properties, additionalProperties,
     * required, enum, items, minimum, maximum, pattern, anyOf.
     */
    static final class MiniValidator {
        private static final Set<String> ANNOTATIONS = Set.of("$schema", "$id", "$defs", "title", "description",
                "default");
        private final JsonNode root;

        MiniValidator(JsonNode root) {
            this.root = root;
        }

        List<String> errors(JsonNode document) {
            List<String> errors = new ArrayList<>();
            validate(root, document, "$", errors);
            return errors;
        }

        private void validate(JsonNode schema, JsonNode value, String path, List<String> errors) {
            schema.fieldNames().forEachRemaining(keyword -> {
                JsonNode argument = schema.get(keyword);
                switch (keyword) {
                    case "$ref" -> validate(root.at(argument.asText().substring(1)), value, path, errors);
                    case "type" -> {
                        if (!hasType(value, argument.asText())) {
                            errors.add(path + " is not " + argument.asText());
                        }
                    }
                    case "properties" -> {
                        if (value.isObject()) {
                            argument.fieldNames().forEachRemaining(name -> {
                                if (value.has(name)) {
                                    validate(argument.get(name), value.get(name), path + "." + name, errors);
                                }
                            });
                        }
                    }
                    case "additionalProperties" -> {
                        if (value.isObject() && !argument.asBoolean()) {
                            value.fieldNames().forEachRemaining(name -> {
                                if (!schema.path("properties").has(name)) {
                                    errors.add(path + " has " + name);
                                }
                            });
                        }
                    }
                    case "required" -> argument.forEach(name -> {
                        if (value.isObject() && !value.has(name.asText())) {
                            errors.add(path + " lacks " + name.asText());
                        }
                    });
                    case "enum" -> {
                        boolean found = false;
                        for (JsonNode allowed : argument) {
                            found |= allowed.equals(value);
                        }
                        if (!found) {
                            errors.add(path + " not in enum");
                        }
                    }
                    case "items" -> {
                        if (value.isArray()) {
                            for (int i = 0; i < value.size(); i++) {
                                validate(argument, value.get(i), path + "[" + i + "]", errors);
                            }
                        }
                    }
                    case "minimum" -> {
                        if (value.isNumber() && value.decimalValue().compareTo(argument.decimalValue()) < 0) {
                            errors.add(path + " below minimum");
                        }
                    }
                    case "maximum" -> {
                        if (value.isNumber() && value.decimalValue().compareTo(argument.decimalValue()) > 0) {
                            errors.add(path + " above maximum");
                        }
                    }
                    case "pattern" -> {
                        if (value.isTextual() && !Pattern.compile(argument.asText()).matcher(value.asText()).find()) {
                            errors.add(path + " does not match " + argument.asText());
                        }
                    }
                    case "anyOf" -> {
                        boolean any = false;
                        for (JsonNode option : argument) {
                            List<String> optionErrors = new ArrayList<>();
                            validate(option, value, path, optionErrors);
                            any |= optionErrors.isEmpty();
                        }
                        if (!any) {
                            errors.add(path + " matches no anyOf option");
                        }
                    }
                    default -> {
                        if (!ANNOTATIONS.contains(keyword)) {
                            throw new IllegalStateException("the test validator does not know " + keyword);
                        }
                    }
                }
            });
        }

        private static boolean hasType(JsonNode value, String type) {
            return switch (type) {
                case "object" -> value.isObject();
                case "array" -> value.isArray();
                case "string" -> value.isTextual();
                case "number" -> value.isNumber();
                case "boolean" -> value.isBoolean();
                case "null" -> value.isNull();
                default -> throw new IllegalStateException("unknown type " + type);
            };
        }
    }
}
