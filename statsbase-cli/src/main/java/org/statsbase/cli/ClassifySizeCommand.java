package org.statsbase.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.statsbase.core.code.IndustryCode;
import org.statsbase.core.code.InvalidCodeException;
import org.statsbase.core.error.StatsbaseException;
import org.statsbase.core.unit.EnterpriseSizeClassifier;
import org.statsbase.core.unit.SizeClassification;
import org.statsbase.core.unit.SizeClassificationException;
import org.statsbase.core.unit.SizeMetric;
import org.statsbase.core.unit.SizeMetrics;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code statsbase classify size}: 统计上大中小微型企业划分办法（2017）. */
@Command(name = "size", mixinStandardHelpOptions = true,
        description = {"Enterprise size by 统计上大中小微型企业划分办法（2017）(国统字〔2017〕213号):",
                "LARGE, MEDIUM, SMALL, MICRO, or OUT_OF_SCOPE for industries the scheme does not cover.",
                "Revenue and assets in 万元 (10,000 yuan); employees in persons at period end."},
        footer = {"", "Examples:",
                "  statsbase classify size --industry C13 --employees 350 --revenue 5000",
                "  statsbase classify size --file enterprises.csv   # columns: industry,employees,revenue,assets"})
final class ClassifySizeCommand extends BatchCommand {

    private static final EnterpriseSizeClassifier CLASSIFIER = EnterpriseSizeClassifier.standard2017();

    @Option(names = "--industry", paramLabel = "CODE", description = "GB/T 4754-2017 code, e.g. C13, 1311, 7010")
    String industry;

    @Option(names = "--employees", paramLabel = "N", description = "从业人员 X (persons)")
    String employees;

    @Option(names = "--revenue", paramLabel = "N", description = "营业收入 Y (万元)")
    String revenue;

    @Option(names = "--assets", paramLabel = "N", description = "资产总额 Z (万元)")
    String assets;

    @Override
    Set<String> columns() {
        return Set.of("industry", "employees", "revenue", "assets");
    }

    @Override
    boolean hasInlineInput() {
        return industry != null || employees != null || revenue != null || assets != null;
    }

    @Override
    List<Outcome> answerOptions() {
        return List.of(classify(industry, employees, revenue, assets));
    }

    @Override
    Outcome answerRow(CsvBatch.Row row) {
        return classify(row.get("industry"), row.get("employees"), row.get("revenue"), row.get("assets"));
    }

    private static Outcome classify(String industryText, String x, String y, String z) {
        if (industryText == null) {
            throw new StatsbaseException(CliError.MISSING_VALUE, "--industry");
        }
        SizeMetrics metrics = SizeMetrics.none();
        metrics = with(metrics, SizeMetric.EMPLOYEES, Numbers.decimal("--employees", x));
        metrics = with(metrics, SizeMetric.REVENUE, Numbers.decimal("--revenue", y));
        metrics = with(metrics, SizeMetric.ASSETS, Numbers.decimal("--assets", z));
        IndustryCode code;
        try {
            code = IndustryCode.parse(industryText);
        } catch (InvalidCodeException e) {
            return new Outcome(Json.error(e), Outcome.Status.MALFORMED);
        }
        try {
            SizeClassification result = CLASSIFIER.classify(code, metrics);
            ObjectNode json = Json.object();
            json.put("industry", code.canonical());
            json.put("size", result.size().name());
            json.put("size_zh", result.size().nameZh());
            json.put("row", result.row().id());
            json.put("row_name", result.row().nameZh());
            ObjectNode tiers = json.putObject("tiers");
            for (Map.Entry<SizeMetric, ?> tier : result.tiers().entrySet()) {
                tiers.put(option(tier.getKey()), tier.getValue().toString());
            }
            json.put("decided_by", result.decidedBy().map(ClassifySizeCommand::option).orElse(null));
            json.put("table", CLASSIFIER.id());
            return new Outcome(json, Outcome.Status.OK);
        } catch (SizeClassificationException e) {
            boolean refused = e.reason() == SizeClassificationException.Reason.INDUSTRY_TOO_COARSE
                    || e.reason() == SizeClassificationException.Reason.INDUSTRY_NOT_COVERED;
            return new Outcome(Json.error(e), refused ? Outcome.Status.NEGATIVE : Outcome.Status.MALFORMED);
        }
    }

    private static SizeMetrics with(SizeMetrics metrics, SizeMetric metric, BigDecimal value) {
        return value == null ? metrics : metrics.with(metric, value);
    }

    /** The metric's name as the command spells its option: employees, revenue, assets. */
    static String option(SizeMetric metric) {
        return metric.name().toLowerCase(Locale.ROOT);
    }
}
