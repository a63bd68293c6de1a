package org.statsbase.core.form;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.statsbase.core.error.CoreError;
import org.statsbase.core.internal.config.ConfigIds;
import org.statsbase.core.internal.config.JsonFiles;
import org.statsbase.core.internal.config.JsonObject;
import org.statsbase.core.internal.config.JsonProblems;
import org.statsbase.core.io.InputLimits;
import org.statsbase.core.period.Frequency;
import org.statsbase.core.period.ReportingPeriod;

/**
 * Reads the JSON form of a {@link SurveySystem} (documented in the package description of
 * {@code org.statsbase.core.form}), collecting every problem with its JSON path before failing once.
 */
final class SurveySystemReader {

    private static final String TYPES = "NUMBER, INTEGER, TEXT, CODE, DATE, BOOLEAN";

    private SurveySystemReader() {
    }

    /** Reads a file. */
    static SurveySystem read(Path file, InputLimits limits) {
        return read(file.toString(), JsonFiles.read(file, limits));
    }

    /** Reads a stream. */
    static SurveySystem read(String source, InputStream in, InputLimits limits) {
        return read(source, JsonFiles.read(source, in, limits));
    }

    private record Name(String zh, String en) {
    }

    private static SurveySystem read(String source, JsonNode root) {
        JsonProblems problems = new JsonProblems(source);
        if (!root.isObject()) {
            problems.add("$", CoreError.CONFIG_NOT_AN_OBJECT);
            problems.throwIfAny();
        }
        JsonObject top = JsonObject.of(root, "$", problems).orElseThrow();
        top.allow("id", "name", "year", "version", "forms");
        Optional<String> id = id(top, "id");
        Optional<Name> name = name(top);
        Optional<Integer> year = top.integer("year", true).filter(y -> {
            boolean ok = y >= ReportingPeriod.MIN_YEAR && y <= ReportingPeriod.MAX_YEAR;
            if (!ok) {
                problems.add(top.path("year"), CoreError.FORM_YEAR_OUT_OF_RANGE, y,
                        ReportingPeriod.MIN_YEAR + "-" + ReportingPeriod.MAX_YEAR);
            }
            return ok;
        });
        Optional<String> version = top.has("version") ? top.text("version", false) : Optional.of("");

        List<ReportForm> forms = new ArrayList<>();
        Map<String, String> firstPath = new HashMap<>();
        List<JsonNode> formNodes = top.array("forms", true).orElse(List.of());
        for (int i = 0; i < formNodes.size(); i++) {
            String path = JsonProblems.element("$.forms", i);
            Optional<ReportForm> form = JsonObject.of(formNodes.get(i), path, problems).flatMap(SurveySystemReader::form);
            // A duplicate is reported even when the form has other problems, as long as its id reads.
            Optional<String> formId = JsonObject.of(formNodes.get(i), path, new JsonProblems(source))
                    .flatMap(o -> o.text("id", false)).flatMap(ConfigIds::normalize);
            if (formId.isPresent()) {
                String first = firstPath.putIfAbsent(formId.get(), path);
                if (first != null) {
                    problems.add(path + ".id", CoreError.FORM_DUPLICATE_ID, formId.get(), first);
                    continue;
                }
            }
            form.ifPresent(forms::add);
        }
        problems.throwIfAny();
        SurveySystem system = SurveySystem.of(id.orElseThrow(), name.orElseThrow().zh(), year.orElseThrow(), forms)
                .withNameEn(name.get().en());
        return system.withVersion(version.orElseThrow());
    }

    private static Optional<ReportForm> form(JsonObject o) {
        o.allow("id", "name", "frequency", "indicators");
        Optional<String> id = id(o, "id");
        Optional<Name> name = name(o);
        Optional<Frequency> frequency = o.text("frequency", true).flatMap(text -> {
            Optional<Frequency> f = Frequency.lookup(text);
            if (f.isEmpty()) {
                o.problems().add(o.path("frequency"), CoreError.FREQUENCY_UNKNOWN, text);
            }
            return f;
        });
        List<Indicator> indicators = new ArrayList<>();
        boolean ok = true;
        Map<String, String> firstPath = new HashMap<>();
        Optional<List<JsonNode>> nodes = o.array("indicators", true);
        if (nodes.isPresent() && nodes.get().isEmpty()) {
            o.problems().add(o.path("indicators"), CoreError.FORM_NO_INDICATORS, id.orElse("?"));
            ok = false;
        }
        List<JsonNode> list = nodes.orElse(List.of());
        for (int i = 0; i < list.size(); i++) {
            String path = JsonProblems.element(o.path("indicators"), i);
            Optional<JsonObject> object = JsonObject.of(list.get(i), path, o.problems());
            Optional<Indicator> indicator = object.flatMap(SurveySystemReader::indicator);
            Optional<String> code = object.flatMap(x -> x.text("code", false).flatMap(ConfigIds::normalize));
            if (code.isPresent()) {
                String first = firstPath.putIfAbsent(code.get(), path);
                if (first != null) {
                    o.problems().add(path + ".code", CoreError.FORM_DUPLICATE_INDICATOR, id.orElse("?"), code.get(),
                            first);
                    ok = false;
                    continue;
                }
            }
            ok &= indicator.isPresent();
            indicator.ifPresent(indicators::add);
        }
        if (!ok || id.isEmpty() || name.isEmpty() || frequency.isEmpty() || nodes.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(ReportForm.of(id.get(), name.get().zh(), frequency.get(), indicators)
                .withNameEn(name.get().en()));
    }

    private static Optional<Indicator> indicator(JsonObject o) {
        JsonProblems problems = o.problems();
        o.allow("code", "name", "unit", "type", "decimals");
        Optional<String> code = id(o, "code");
        Optional<Name> name = name(o);
        Optional<String> unit = o.has("unit") ? o.text("unit", false) : Optional.of("");
        Optional<IndicatorType> type = o.text("type", true).flatMap(text -> {
            Optional<IndicatorType> t = IndicatorType.lookup(text);
            if (t.isEmpty()) {
                problems.add(o.path("type"), CoreError.FORM_UNKNOWN_INDICATOR_TYPE, text, TYPES);
            }
            return t;
        });
        Optional<Integer> decimals = Optional.empty();
        boolean decimalsOk = true;
        if (o.has("decimals")) {
            decimals = o.integer("decimals", false);
            decimalsOk = decimals.isPresent();
            if (decimals.isPresent() && type.isPresent() && !type.get().allowsDecimals()) {
                problems.add(o.path("decimals"), CoreError.FORM_DECIMALS_NOT_ALLOWED, type.get());
                decimalsOk = false;
            } else if (decimals.isPresent() && (decimals.get() < 0 || decimals.get() > Indicator.MAX_DECIMALS)) {
                problems.add(o.path("decimals"), CoreError.FORM_DECIMALS_OUT_OF_RANGE, decimals.get(),
                        Indicator.MAX_DECIMALS);
                decimalsOk = false;
            }
        }
        if (code.isEmpty() || name.isEmpty() || unit.isEmpty() || type.isEmpty() || !decimalsOk) {
            return Optional.empty();
        }
        Indicator indicator = Indicator.of(code.get(), name.get().zh(), type.get()).withNameEn(name.get().en())
                .withUnit(unit.get());
        return Optional.of(decimals.isPresent() ? indicator.withDecimals(decimals.get()) : indicator);
    }

    private static Optional<String> id(JsonObject o, String key) {
        return o.text(key, true).flatMap(text -> {
            Optional<String> id = ConfigIds.normalize(text);
            if (id.isEmpty()) {
                o.problems().add(o.path(key), CoreError.FORM_BAD_ID, text);
            }
            return id;
        });
    }

    /** {@code "name": "中文"} or {@code "name": {"zh": "中文", "en": "English"}}. */
    private static Optional<Name> name(JsonObject o) {
        Optional<JsonNode> node = o.node("name", true);
        if (node.isEmpty()) {
            return Optional.empty();
        }
        if (node.get().isTextual()) {
            return JsonObject.text(node.get(), o.path("name"), o.problems()).map(zh -> new Name(zh, ""));
        }
        if (!node.get().isObject()) {
            o.problems().add(o.path("name"), CoreError.CONFIG_WRONG_TYPE, "string or {zh, en}",
                    JsonObject.describe(node.get()));
            return Optional.empty();
        }
        JsonObject name = JsonObject.of(node.get(), o.path("name"), o.problems()).orElseThrow().allow("zh", "en");
        Optional<String> zh = name.text("zh", true);
        Optional<String> en = name.has("en") ? name.text("en", false) : Optional.of("");
        return zh.isPresent() && en.isPresent() ? Optional.of(new Name(zh.get(), en.get())) : Optional.empty();
    }
}
