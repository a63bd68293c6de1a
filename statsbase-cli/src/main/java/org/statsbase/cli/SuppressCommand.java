package org.statsbase.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.statsbase.confidentiality.suppression.CellAudit;
import org.statsbase.confidentiality.suppression.CellStatus;
import org.statsbase.confidentiality.suppression.ProtectedCell;
import org.statsbase.confidentiality.suppression.ProtectedTable;
import org.statsbase.confidentiality.suppression.SecondarySuppression;
import org.statsbase.confidentiality.suppression.SensitivityRules;
import org.statsbase.confidentiality.table.CellKey;
import org.statsbase.confidentiality.table.ContributionLevel;
import org.statsbase.confidentiality.table.Dimension;
import org.statsbase.confidentiality.table.Hierarchy;
import org.statsbase.confidentiality.table.Table;
import org.statsbase.core.code.DivisionLevel;
import org.statsbase.core.code.IndustryLevel;
import org.statsbase.core.error.StatsbaseException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code statsbase suppress}: disclosure control of a two-dimensional table (统计法 2009 第二十五条) —
 * tabulates microdata with all margins, applies the τ-ARGUS primary rules, adds secondary suppressions
 * and prints the protected table with the audit. Exit 0 when the audit passes, 1 otherwise (it always
 * passes: suppression is not finished before), 2 for malformed input.
 */
@Command(name = "suppress", mixinStandardHelpOptions = true,
        description = {"Disclosure control of a table (统计法第二十五条; 统计工作保密制度): tabulate unit-level",
                "microdata with every margin, mark the cells that fail the τ-ARGUS rules (primary), suppress",
                "further cells so none can be recomputed (secondary), and audit the pattern with linear",
                "programs. 表格数据披露控制：主隐藏、次隐藏与线性规划审计。",
                "Hierarchies: flat (default), division (county → township; division:LEVEL,… with PROVINCE,",
                "PREFECTURE, COUNTY, TOWNSHIP, VILLAGE), industry (section → division; industry:LEVEL,… with",
                "SECTION, DIVISION, GROUP, CLASS).",
                "Rules: freq(n[,percent]) minimum frequency, nk(n,k) dominance, p(p) p%% rule, comma-separated.",
                "Exit 0 protected, 1 audit failed, 2 malformed input."},
        footer = {"", "Example:",
                "  statsbase suppress --microdata units.csv --rows township --cols industry --value revenue \\",
                "      --row-hierarchy division --col-hierarchy industry --rules \"freq(3),nk(2,85),p(10)\""})
final class SuppressCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--microdata", required = true, paramLabel = "FILE", description = "the unit-level contributions: CSV with a header")
    Path microdata;

    @Option(names = "--rows", required = true, paramLabel = "COL", description = "the column giving the row category")
    String rows;

    @Option(names = "--cols", required = true, paramLabel = "COL", description = "the column giving the column category")
    String cols;

    @Option(names = "--value", required = true, paramLabel = "COL", description = "the column of the contribution")
    String value;

    @Option(names = "--unit", paramLabel = "COL", defaultValue = "unit", description = "the column of the unit id (default: ${DEFAULT-VALUE})")
    String unit;

    @Option(names = "--holding", paramLabel = "COL", description = "the column of the holding: the rules then count holdings, not units")
    String holding;

    @Option(names = "--row-hierarchy", paramLabel = "KIND", defaultValue = "flat", description = "flat, division or industry (default: ${DEFAULT-VALUE})")
    String rowHierarchy;

    @Option(names = "--col-hierarchy", paramLabel = "KIND", defaultValue = "flat", description = "flat, division or industry (default: ${DEFAULT-VALUE})")
    String colHierarchy;

    @Option(names = "--rules", required = true, paramLabel = "SPEC", description = "the primary rules, e.g. freq(3),nk(2,85),p(10)")
    String rules;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "json", description = "json (one report object) or csv (one row per cell)")
    String format;

    @Override
    public Integer call() {
        String fmt = format.strip().toLowerCase(Locale.ROOT);
        if (!fmt.equals("json") && !fmt.equals("csv")) {
            throw new StatsbaseException(CliError.BAD_CHOICE, "--format", format, "json, csv");
        }
        if (rows.equals(cols)) {
            throw new StatsbaseException(CliError.SAME_DIMENSION, rows);
        }
        ContributionLevel level = holding == null ? ContributionLevel.UNIT : ContributionLevel.HOLDING;
        SensitivityRules sensitivity = SensitivityRules.parse(rules, level, InputSize.configuration(spec));
        InputSize.check(microdata, InputSize.data(spec));
        List<Dimension> dims = List.of(Dimension.of(rows, hierarchy("--row-hierarchy", rowHierarchy)),
                Dimension.of(cols, hierarchy("--col-hierarchy", colHierarchy)));
        Table table = Table.tabulate(dims, MicrodataCsv.read(microdata, new MicrodataCsv.Columns(unit, holding, value, dims)));
        ProtectedTable result = SecondarySuppression.protect(table, sensitivity);
        Map<CellKey, CellAudit> audits = new HashMap<>();
        for (CellAudit a : result.audit().cells()) {
            audits.put(a.key(), a);
        }
        if (fmt.equals("csv")) {
            printCsv(result, audits, level);
        } else {
            Json.print(spec.commandLine().getOut(), json(result, audits, level));
        }
        return result.audit().passed() ? Outcome.Status.OK.exitCode : Outcome.Status.NEGATIVE.exitCode;
    }

    static Hierarchy hierarchy(String option, String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        String kind = t.contains(":") ? t.substring(0, t.indexOf(':')) : t;
        String[] levels = t.contains(":") ? t.substring(t.indexOf(':') + 1).split(",") : new String[0];
        try {
            switch (kind) {
                case "flat":
                    if (levels.length == 0) {
                        return Hierarchy.flat();
                    }
                    break;
                case "division": {
                    if (levels.length == 0) {
                        return Hierarchy.divisions(DivisionLevel.COUNTY, DivisionLevel.TOWNSHIP);
                    }
                    List<DivisionLevel> list = new ArrayList<>();
                    for (String l : levels) {
                        list.add(DivisionLevel.valueOf(l.strip().toUpperCase(Locale.ROOT)));
                    }
                    return Hierarchy.divisions(list.toArray(DivisionLevel[]::new));
                }
                case "industry": {
                    if (levels.length == 0) {
                        return Hierarchy.industries(IndustryLevel.SECTION, IndustryLevel.DIVISION);
                    }
                    List<IndustryLevel> list = new ArrayList<>();
                    for (String l : levels) {
                        list.add(IndustryLevel.valueOf(l.strip().toUpperCase(Locale.ROOT)));
                    }
                    return Hierarchy.industries(list.toArray(IndustryLevel[]::new));
                }
                default:
                    break;
            }
        } catch (IllegalArgumentException e) {
            throw new StatsbaseException(CliError.HIERARCHY_SYNTAX, e, option, text);
        }
        throw new StatsbaseException(CliError.HIERARCHY_SYNTAX, option, text);
    }

    private ObjectNode json(ProtectedTable result, Map<CellKey, CellAudit> audits, ContributionLevel level) {
        ObjectNode o = Json.object();
        o.put("rows", rows);
        o.put("cols", cols);
        o.put("value", value);
        o.put("rules", result.rules().spec());
        o.put("level", level.name().toLowerCase(Locale.ROOT));
        ObjectNode summary = o.putObject("summary");
        summary.put("cells", result.cells().size());
        summary.put("primary", result.count(CellStatus.PRIMARY));
        summary.put("secondary", result.count(CellStatus.SECONDARY));
        summary.put("suppressed_value", result.value(CellStatus.PRIMARY).add(result.value(CellStatus.SECONDARY)));
        summary.put("secondary_value", result.value(CellStatus.SECONDARY));
        summary.put("audit_rounds", result.rounds());
        summary.put("linear_programs", result.linearPrograms());
        ArrayNode cells = o.putArray("cells");
        for (ProtectedCell c : result.cells()) {
            ObjectNode x = cells.addObject();
            key(x, c.cell().key());
            x.put("value", c.cell().value());
            x.put("contributors", c.cell().contributorCount(level));
            x.put("status", c.status().name().toLowerCase(Locale.ROOT));
            if (c.published().isPresent()) {
                x.put("published", c.published().get());
            } else {
                x.putNull("published");
            }
            x.put("mixed_sign", c.sensitivity().mixedSign());
            ArrayNode failed = x.putArray("failed_rules");
            c.sensitivity().failedRules().forEach(failed::add);
            x.put("lower_protection", c.sensitivity().lowerProtection());
            x.put("upper_protection", c.sensitivity().upperProtection());
        }
        ObjectNode audit = o.putObject("audit");
        audit.put("passed", result.audit().passed());
        audit.put("linear_programs", result.audit().linearPrograms());
        ArrayNode ac = audit.putArray("cells");
        for (CellAudit a : result.audit().cells()) {
            ObjectNode x = ac.addObject();
            key(x, a.key());
            x.put("value", a.value());
            number(x, "min", a.min());
            number(x, "max", a.max());
            x.put("lower_protection", a.lowerProtection());
            x.put("upper_protection", a.upperProtection());
            x.put("exact", a.exact());
            x.put("passed", a.passed());
        }
        return o;
    }

    private static void key(ObjectNode x, CellKey key) {
        x.put("row", key.category(0).code());
        x.put("row_level", key.category(0).depth());
        x.put("col", key.category(1).code());
        x.put("col_level", key.category(1).depth());
    }

    /** A bound of the audit, rounded to 6 decimals; {@code null} when unbounded. */
    private static void number(ObjectNode x, String name, double v) {
        if (Double.isInfinite(v)) {
            x.putNull(name);
        } else {
            x.put(name, BigDecimal.valueOf(v).setScale(6, java.math.RoundingMode.HALF_EVEN).stripTrailingZeros());
        }
    }

    private void printCsv(ProtectedTable result, Map<CellKey, CellAudit> audits, ContributionLevel level) {
        var out = spec.commandLine().getOut();
        out.println("row,row_level,col,col_level,value,contributors,status,published,failed_rules,lower_protection,"
                + "upper_protection,audit_min,audit_max,audit_passed");
        for (ProtectedCell c : result.cells()) {
            CellKey k = c.cell().key();
            CellAudit a = audits.get(k);
            List<String> cells = List.of(k.category(0).code(), String.valueOf(k.category(0).depth()), k.category(1).code(),
                    String.valueOf(k.category(1).depth()), c.cell().value().toPlainString(),
                    String.valueOf(c.cell().contributorCount(level)), c.status().name().toLowerCase(Locale.ROOT),
                    c.published().map(BigDecimal::toPlainString).orElse(""), String.join(" ", c.sensitivity().failedRules()),
                    c.sensitivity().lowerProtection().toPlainString(), c.sensitivity().upperProtection().toPlainString(),
                    a == null ? "" : bound(a.min()), a == null ? "" : bound(a.max()), a == null ? "" : String.valueOf(a.passed()));
            out.println(String.join(",", cells.stream().map(SuppressCommand::csv).toList()));
        }
        out.flush();
    }

    private static String bound(double v) {
        return Double.isInfinite(v) ? (v > 0 ? "inf" : "-inf")
                : BigDecimal.valueOf(v).setScale(6, java.math.RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
    }

    private static String csv(String s) {
        return s.contains(",") || s.contains("\"") || s.contains("\n") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }

}
