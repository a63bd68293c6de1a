package org.statsbase.core.unit;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.statsbase.core.code.IndustryCode;
import org.statsbase.core.unit.internal.ScopeChecks;
import org.statsbase.core.unit.internal.TableJson;

/** Reads and validates an above-scale threshold table (format: see {@link AboveScaleClassifier}). */
final class AboveScaleTableReader {

    private AboveScaleTableReader() {
    }

    static AboveScaleClassifier read(InputStream in, String source) {
        TableJson json = new TableJson(source);
        JsonNode root = json.parse(in);
        Optional<String> id = json.text(root, "id", "");
        Optional<String> title = json.text(root, "title", "");
        Optional<LocalDate> asOf = json.date(root, "as_of", "");
        Optional<String> origin = json.text(root, "source", "");
        List<AboveScaleRow> rows = new ArrayList<>();
        List<ScopeChecks.ScopedRow> scoped = new ArrayList<>();
        List<JsonNode> rowNodes = json.array(root, "rows", "", true);
        for (int r = 0; r < rowNodes.size(); r++) {
            String path = "rows[" + r + "]";
            JsonNode node = rowNodes.get(r);
            if (!node.isObject()) {
                json.invalid(path, node, "对象", "an object");
                continue;
            }
            int before = problemsMarker(json);
            Optional<String> rowId = json.text(node, "id", path);
            Optional<AboveScaleCategory> category = enumValue(json, node, "category", path, AboveScaleCategory.class,
                    "AboveScaleCategory 的名称", "an AboveScaleCategory name");
            Optional<String> name = json.text(node, "name_zh", path);
            List<IndustryCode> includes = json.codes(node, "includes", path, true);
            List<IndustryCode> excludes = json.codes(node, "excludes", path, false);
            String note = json.optionalText(node, "note", path);
            boolean outOfScope = category.orElse(null) == AboveScaleCategory.OUT_OF_SCOPE;
            AboveScaleCriterion criterion = AboveScaleCriterion.NONE;
            Optional<BigDecimal> threshold = Optional.empty();
            String measure = "";
            Set<UnitKind> kinds = EnumSet.noneOf(UnitKind.class);
            if (!outOfScope && category.isPresent()) {
                Optional<AboveScaleCriterion> c = enumValue(json, node, "criterion", path, AboveScaleCriterion.class,
                        "REVENUE、QUALIFICATION 或 DEVELOPMENT_ACTIVITY", "REVENUE, QUALIFICATION or DEVELOPMENT_ACTIVITY");
                if (c.orElse(null) == AboveScaleCriterion.NONE) {
                    json.invalid(TableJson.path(path, "criterion"), node.get("criterion"),
                            "REVENUE、QUALIFICATION 或 DEVELOPMENT_ACTIVITY", "REVENUE, QUALIFICATION or DEVELOPMENT_ACTIVITY");
                    c = Optional.empty();
                }
                criterion = c.orElse(AboveScaleCriterion.NONE);
                if (criterion == AboveScaleCriterion.REVENUE) {
                    threshold = json.decimal(node, "threshold", path);
                    measure = json.text(node, "revenue_measure_zh", path).orElse("");
                } else if (node.has("threshold")) {
                    json.invalid(TableJson.path(path, "threshold"), node.get("threshold"),
                            "无（只有 REVENUE 才有门槛）", "nothing (only REVENUE has a threshold)");
                }
                List<JsonNode> kindNodes = json.array(node, "unit_kinds", path, true);
                for (int k = 0; k < kindNodes.size(); k++) {
                    String at = TableJson.path(path, "unit_kinds") + "[" + k + "]";
                    try {
                        kinds.add(UnitKind.valueOf(kindNodes.get(k).asText()));
                    } catch (IllegalArgumentException e) {
                        json.invalid(at, kindNodes.get(k), "LEGAL_ENTITY、ESTABLISHMENT 或 INDIVIDUAL_BUSINESS",
                                "LEGAL_ENTITY, ESTABLISHMENT or INDIVIDUAL_BUSINESS");
                    }
                }
            } else if (outOfScope) {
                for (String field : List.of("criterion", "threshold", "unit_kinds")) {
                    if (node.has(field) && !(field.equals("criterion") && "NONE".equals(node.get(field).asText()))) {
                        json.invalid(TableJson.path(path, field), node.get(field), "无（OUT_OF_SCOPE 的行不判断）",
                                "nothing (an OUT_OF_SCOPE row decides nothing)");
                    }
                }
            }
            if (rowId.isEmpty() || name.isEmpty() || includes.isEmpty()) {
                continue;
            }
            scoped.add(new ScopeChecks.ScopedRow(rowId.get(), path, includes, excludes));
            if (problemsMarker(json) == before && category.isPresent()) {
                rows.add(AboveScaleRow.of(rowId.get(), category.get(), name.get(), IndustryScope.of(includes, excludes),
                        criterion, threshold, measure, kinds, note));
            }
        }
        ScopeChecks.check(json, scoped);
        json.finish();
        return new AboveScaleClassifier(id.orElseThrow(), title.orElseThrow(), asOf.orElseThrow(),
                origin.orElseThrow(), rows);
    }

    private static int problemsMarker(TableJson json) {
        return json.problemCount();
    }

    private static <E extends Enum<E>> Optional<E> enumValue(TableJson json, JsonNode node, String field, String path,
            Class<E> type, String expectedZh, String expectedEn) {
        Optional<String> text = json.text(node, field, path);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Enum.valueOf(type, text.get()));
        } catch (IllegalArgumentException e) {
            json.invalid(TableJson.path(path, field), node.get(field), expectedZh, expectedEn);
            return Optional.empty();
        }
    }
}
