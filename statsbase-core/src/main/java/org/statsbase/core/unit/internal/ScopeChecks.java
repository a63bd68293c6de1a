package org.statsbase.core.unit.internal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.statsbase.core.code.IndustryCode;
import org.statsbase.core.code.IndustrySection;
import org.statsbase.core.error.CoreError;

/**
 * The structural checks every industry-scoped rule table must pass: unique row ids, exclusions
 * inside the row's inclusions, no code included twice, and every division 01–97 either held by a
 * row or split below (so that no code of GB/T 4754-2017 falls through the table unnoticed).
 *
 * <p>Thread safety: stateless; safe to use from any thread, but the {@link TableJson} it records
 * problems into is not, so each load checks on its own thread.
 */
public final class ScopeChecks {

    /**
     * One row's scope as read, with the JSON path of the row for messages.
     *
     * <p>Thread safety: immutable.
     */
    public record ScopedRow(String id, String path, List<IndustryCode> includes, List<IndustryCode> excludes) {
    }

    private ScopeChecks() {
    }

    /** Records every structural problem of {@code rows} in {@code json}. */
    public static void check(TableJson json, List<ScopedRow> rows) {
        if (rows.isEmpty()) {
            json.problem("rows", CoreError.UNIT_TABLE_NO_ROWS);
            return;
        }
        Set<String> ids = new HashSet<>();
        Map<IndustryCode, String> includedBy = new HashMap<>();
        ScopeResolver<String> resolver = new ScopeResolver<>();
        for (ScopedRow row : rows) {
            if (!ids.add(row.id())) {
                json.problem(TableJson.path(row.path(), "id"), CoreError.UNIT_TABLE_DUPLICATE_ID, row.id());
            }
            List<IndustryCode> includes = row.includes().stream().map(UndividedCodes::coarsest).toList();
            for (int i = 0; i < includes.size(); i++) {
                IndustryCode code = includes.get(i);
                String at = TableJson.path(row.path(), "includes") + "[" + i + "]";
                String other = includedBy.putIfAbsent(code, row.id());
                if (other != null) {
                    json.problem(at, CoreError.UNIT_TABLE_SCOPE_CONFLICT, row.includes().get(i), other, row.id());
                }
                for (IndustryCode wider : includes) {
                    if (!wider.equals(code) && code.isWithin(wider)) {
                        json.problem(at, CoreError.UNIT_TABLE_REDUNDANT_SCOPE, row.includes().get(i), wider, row.id());
                    }
                }
            }
            for (int i = 0; i < row.excludes().size(); i++) {
                IndustryCode code = UndividedCodes.coarsest(row.excludes().get(i));
                boolean inside = includes.stream().anyMatch(inc -> !inc.equals(code) && code.isWithin(inc));
                if (!inside) {
                    json.problem(TableJson.path(row.path(), "excludes") + "[" + i + "]",
                            CoreError.UNIT_TABLE_EXCLUDE_OUTSIDE, row.excludes().get(i), row.id());
                }
            }
            resolver.add(row.id(), row.includes(), row.excludes());
        }
        if (json.hasProblems()) {
            return;
        }
        for (int division = 1; division <= 97; division++) {
            IndustryCode code = IndustryCode.parse(String.format("%02d", division));
            ScopeResolver.Resolution<String> r = resolver.resolve(code);
            if (r.row().isEmpty() && !r.tooCoarse()) {
                json.problem("rows", CoreError.UNIT_TABLE_DIVISION_UNCOVERED,
                        IndustrySection.ofDivision(division).orElseThrow().letter() + code.digits());
            }
        }
    }
}
