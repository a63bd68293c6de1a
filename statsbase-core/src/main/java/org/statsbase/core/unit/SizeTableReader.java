package org.statsbase.core.unit;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.statsbase.core.code.IndustryCode;
import org.statsbase.core.error.CoreError;
import org.statsbase.core.internal.text.NumberText;
import org.statsbase.core.unit.internal.ScopeChecks;
import org.statsbase.core.unit.internal.TableJson;

/** Reads and validates an enterprise size table (format: see {@link EnterpriseSizeClassifier}). */
final class SizeTableReader {

    private SizeTableReader() {
    }

    static EnterpriseSizeClassifier read(InputStream in, String source) {
        TableJson json = new TableJson(source);
        JsonNode root = json.parse(in);
        Optional<String> id = json.text(root, "id", "");
        Optional<String> title = json.text(root, "title", "");
        Optional<String> document = json.text(root, "document", "");
        Optional<LocalDate> issued = json.date(root, "issued", "");
        Optional<String> origin = json.text(root, "source", "");
        List<SizeRow> rows = new ArrayList<>();
        List<ScopeChecks.ScopedRow> scoped = new ArrayList<>();
        List<JsonNode> rowNodes = json.array(root, "rows", "", true);
        for (int r = 0; r < rowNodes.size(); r++) {
            String path = "rows[" + r + "]";
            JsonNode node = rowNodes.get(r);
            if (!node.isObject()) {
                json.invalid(path, node, "对象", "an object");
                continue;
            }
            Optional<String> rowId = json.text(node, "id", path);
            Optional<String> name = json.text(node, "name_zh", path);
            List<IndustryCode> includes = json.codes(node, "includes", path, true);
            List<IndustryCode> excludes = json.codes(node, "excludes", path, false);
            boolean outOfScope = json.flag(node, "out_of_scope", path);
            boolean unconfirmed = json.flag(node, "unconfirmed", path);
            String note = json.optionalText(node, "note", path);
            List<SizeBounds> bounds = outOfScope ? List.of() : bounds(json, node, path, rowId.orElse("?"));
            if (outOfScope && node.has("metrics")) {
                json.invalid(TableJson.path(path, "metrics"), node.get("metrics"),
                        "无（out_of_scope 的行不划分）", "nothing (an out_of_scope row is not divided)");
            }
            if (rowId.isEmpty() || name.isEmpty() || includes.isEmpty()) {
                continue;
            }
            scoped.add(new ScopeChecks.ScopedRow(rowId.get(), path, includes, excludes));
            IndustryScope scope = IndustryScope.of(includes, excludes);
            if (outOfScope) {
                rows.add(SizeRow.outOfScope(rowId.get(), name.get(), scope, unconfirmed, note));
            } else if (!bounds.isEmpty()) {
                rows.add(SizeRow.divided(rowId.get(), name.get(), scope, bounds, unconfirmed, note));
            }
        }
        ScopeChecks.check(json, scoped);
        json.finish();
        return new EnterpriseSizeClassifier(id.orElseThrow(), title.orElseThrow(), document.orElseThrow(),
                issued.orElseThrow(), origin.orElseThrow(), rows);
    }

    private static List<SizeBounds> bounds(TableJson json, JsonNode row, String path, String rowId) {
        List<SizeBounds> out = new ArrayList<>();
        List<SizeMetric> seen = new ArrayList<>();
        List<JsonNode> metrics = json.array(row, "metrics", path, true);
        for (int m = 0; m < metrics.size(); m++) {
            String at = TableJson.path(path, "metrics") + "[" + m + "]";
            JsonNode node = metrics.get(m);
            if (!node.isObject()) {
                json.invalid(at, node, "对象", "an object");
                continue;
            }
            Optional<String> name = json.text(node, "metric", at);
            Optional<SizeMetric> metric = Optional.empty();
            if (name.isPresent()) {
                try {
                    metric = Optional.of(SizeMetric.valueOf(name.get()));
                } catch (IllegalArgumentException e) {
                    json.invalid(TableJson.path(at, "metric"), node.get("metric"), "EMPLOYEES、REVENUE 或 ASSETS",
                            "EMPLOYEES, REVENUE or ASSETS");
                }
            }
            if (metric.isPresent() && seen.contains(metric.get())) {
                json.invalid(TableJson.path(at, "metric"), node.get("metric"), "该行中未出现过的指标",
                        "a metric not yet listed in this row");
                metric = Optional.empty();
            }
            Optional<BigDecimal> large = json.decimal(node, "large", at);
            Optional<BigDecimal> medium = json.decimal(node, "medium", at);
            Optional<BigDecimal> small = json.decimal(node, "small", at);
            if (metric.isEmpty() || large.isEmpty() || medium.isEmpty() || small.isEmpty()) {
                continue;
            }
            seen.add(metric.get());
            if (large.get().compareTo(medium.get()) > 0 && medium.get().compareTo(small.get()) > 0
                    && small.get().signum() > 0) {
                out.add(SizeBounds.of(metric.get(), large.get(), medium.get(), small.get()));
            } else {
                json.problem(at, CoreError.UNIT_TABLE_BOUNDS_ORDER, rowId, metric.get().nameZh(),
                        NumberText.of(large.get()) + " / " + NumberText.of(medium.get()) + " / "
                                + NumberText.of(small.get()),
                        metric.get().nameEn());
            }
        }
        return out;
    }
}
