package org.statsbase.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.statsbase.core.code.IndustryCode;
import org.statsbase.core.code.InvalidCodeException;
import org.statsbase.core.error.StatsbaseException;
import org.statsbase.core.unit.AboveScaleClassification;
import org.statsbase.core.unit.AboveScaleClassifier;
import org.statsbase.core.unit.AboveScaleException;
import org.statsbase.core.unit.AboveScaleInput;
import org.statsbase.core.unit.UnitKind;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code statsbase classify above-scale}: "四上" status. */
@Command(name = "above-scale", mixinStandardHelpOptions = true,
        description = {"Above-scale (\"四上\") status from the dated threshold table: 规模以上工业, 有资质的建筑业,",
                "限额以上批发和零售业、住宿和餐饮业, 房地产开发经营业, 规模以上服务业. Revenue in 万元 (annual)."},
        footer = {"", "Examples:",
                "  statsbase classify above-scale --industry 52 --revenue 600",
                "  statsbase classify above-scale --industry 5211 --revenue 600 --unit-kind individual",
                "  statsbase classify above-scale --industry E4710 --qualified",
                "  statsbase classify above-scale --industry 7010 --developer",
                "  statsbase classify above-scale --file units.csv  # columns: industry,revenue,unit-kind,qualified,developer"})
final class ClassifyAboveScaleCommand extends BatchCommand {

    private static final AboveScaleClassifier CLASSIFIER = AboveScaleClassifier.standard();

    @Option(names = "--industry", paramLabel = "CODE", description = "GB/T 4754-2017 code, e.g. 52, 5211, F5211")
    String industry;

    @Option(names = "--revenue", paramLabel = "N", description = "annual (main business) revenue, 万元")
    String revenue;

    @Option(names = "--unit-kind", paramLabel = "KIND", defaultValue = "legal-entity",
            description = "legal-entity (default), establishment or individual")
    String unitKind;

    @Option(names = "--qualified", description = "holds a general or specialist construction contracting qualification (E)")
    boolean qualified;

    @Option(names = "--developer", description = "has real-estate development activity (7010 only)")
    boolean developer;

    @Override
    Set<String> columns() {
        return Set.of("industry", "revenue", "unit-kind", "qualified", "developer");
    }

    @Override
    boolean hasInlineInput() {
        return industry != null || revenue != null || qualified || developer;
    }

    @Override
    List<Outcome> answerOptions() {
        return List.of(classify(industry, revenue, unitKind, qualified, developer));
    }

    @Override
    Outcome answerRow(CsvBatch.Row row) {
        return classify(row.get("industry"), row.get("revenue"),
                row.get("unit-kind") == null ? "legal-entity" : row.get("unit-kind"),
                flag("qualified", row.get("qualified")), flag("developer", row.get("developer")));
    }

    private static Outcome classify(String industryText, String revenueText, String kindText, boolean qualified,
            boolean developer) {
        if (industryText == null) {
            throw new StatsbaseException(CliError.MISSING_VALUE, "--industry");
        }
        BigDecimal revenue = Numbers.decimal("--revenue", revenueText);
        UnitKind kind = unitKind(kindText);
        IndustryCode code;
        try {
            code = IndustryCode.parse(industryText);
        } catch (InvalidCodeException e) {
            return new Outcome(Json.error(e), Outcome.Status.MALFORMED);
        }
        AboveScaleInput input = AboveScaleInput.of(code).withUnitKind(kind)
                .withQualification(qualified).withDevelopmentActivity(developer);
        if (revenue != null) {
            input = input.withRevenue(revenue);
        }
        try {
            AboveScaleClassification result = CLASSIFIER.classify(input);
            ObjectNode json = Json.object();
            json.put("industry", code.canonical());
            json.put("unit_kind", label(kind));
            json.put("above_scale", result.isAboveScale());
            json.put("category", result.category().name());
            json.put("category_zh", result.category().nameZh());
            json.put("threshold", result.threshold().orElse(null));
            json.put("basis", result.basis().name());
            json.put("explanation_zh", result.explanationZh());
            json.put("explanation_en", result.explanationEn());
            json.put("table", CLASSIFIER.id());
            return new Outcome(json, Outcome.Status.OK);
        } catch (AboveScaleException e) {
            boolean refused = e.reason() == AboveScaleException.Reason.INDUSTRY_TOO_COARSE
                    || e.reason() == AboveScaleException.Reason.INDUSTRY_NOT_COVERED;
            return new Outcome(Json.error(e), refused ? Outcome.Status.NEGATIVE : Outcome.Status.MALFORMED);
        }
    }

    private static UnitKind unitKind(String text) {
        switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "legal-entity":
                return UnitKind.LEGAL_ENTITY;
            case "establishment":
                return UnitKind.ESTABLISHMENT;
            case "individual":
                return UnitKind.INDIVIDUAL_BUSINESS;
            default:
                throw new StatsbaseException(CliError.BAD_CHOICE, "--unit-kind", text, "legal-entity, establishment, individual");
        }
    }

    private static String label(UnitKind kind) {
        switch (kind) {
            case ESTABLISHMENT:
                return "establishment";
            case INDIVIDUAL_BUSINESS:
                return "individual";
            default:
                return "legal-entity";
        }
    }

    static boolean flag(String column, String cell) {
        if (cell == null) {
            return false;
        }
        switch (cell.trim().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "y", "1", "是":
                return true;
            case "false", "no", "n", "0", "否":
                return false;
            default:
                throw new StatsbaseException(CliError.BAD_CHOICE, column, cell, "true/false, yes/no, 1/0, 是/否");
        }
    }
}
