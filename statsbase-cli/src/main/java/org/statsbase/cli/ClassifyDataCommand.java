package org.statsbase.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.statsbase.confidentiality.classification.Classification;
import org.statsbase.confidentiality.classification.ClassificationPolicy;
import org.statsbase.confidentiality.classification.ClassificationReason;
import org.statsbase.confidentiality.classification.DataClass;
import org.statsbase.confidentiality.classification.DataClassifier;
import org.statsbase.confidentiality.classification.DataItem;
import org.statsbase.confidentiality.classification.SecretItems;
import org.statsbase.core.code.DivisionCode;
import org.statsbase.core.code.DivisionLevel;
import org.statsbase.core.error.StatsbaseException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code statsbase classify data}: the confidentiality level, grade and secrecy period of a data item (统计工作保密制度). */
@Command(name = "data", mixinStandardHelpOptions = true,
        description = {"Classify statistical data (统计工作保密制度): level (公开, 内部, 工作秘密, 秘密, 机密, 绝密),",
                "grade (核心/重要/一般), secrecy period or declassification time, and the reasons.",
                "Unit-level data (基层数据) is never public; an aggregate (综合数据) is internal until its release time",
                "and public after it only if it passed disclosure control; configured state-secret items keep their",
                "level for their secrecy period counted from --formed-at. Times are ISO-8601; without offset, Beijing time."},
        footer = {"", "Examples:",
                "  statsbase classify data --class aggregate --region 320102 --released-at 2026-11-20T09:00+08:00 --disclosure-checked",
                "  statsbase classify data --class unit --region 320102001",
                "  statsbase classify data --item gdp.quarterly.32 --class aggregate --region 32 --formed-at 2026-10-15"
                        + " --secret-items secret-items.json --as-of 2027-01-01",
                "  statsbase classify data --file items.csv --secret-items secret-items.json"
                        + "   # columns: item,class,region,aggregated-at,released-at,disclosure-checked,formed-at,as-of"})
final class ClassifyDataCommand extends BatchCommand {

    private static final String CLASSES = "unit, aggregate";
    private static final String LEVELS = "province, prefecture, county, township, village";

    @Option(names = "--item", paramLabel = "ID", description = "the data item's id, matched against --secret-items (default: data)")
    String item;

    @Option(names = "--class", paramLabel = "CLASS", description = "unit (基层数据) or aggregate (综合数据)")
    String dataClass;

    @Option(names = "--region", paramLabel = "CODE", description = "the division code the data concerns (2-12 digits)")
    String region;

    @Option(names = "--aggregated-at", paramLabel = "LEVEL",
            description = "the level the figures are aggregated at: " + LEVELS + " (default: the region's)")
    String aggregatedAt;

    @Option(names = "--released-at", paramLabel = "TIME", description = "the release time (公布时间)")
    String releasedAt;

    @Option(names = "--disclosure-checked", description = "the data passed disclosure control")
    boolean disclosureChecked;

    @Option(names = "--formed-at", paramLabel = "TIME", description = "when the data was formed: the start of a secrecy period")
    String formedAt;

    @Option(names = "--as-of", paramLabel = "TIME", description = "the instant to classify at (default: now)")
    String asOf;

    @Option(names = "--secret-items", paramLabel = "FILE",
            description = "the list of state-secret items (JSON: items with id or pattern, level, period_years, source)")
    Path secretItems;

    @Option(names = "--policy", paramLabel = "FILE",
            description = "a classification policy (JSON) replacing the shipped default")
    Path policy;

    /** The classifier of this run, read once (the secret items and policy apply to every row). */
    private DataClassifier loaded;

    @Override
    Set<String> columns() {
        return Set.of("item", "class", "region", "aggregated-at", "released-at", "disclosure-checked", "formed-at",
                "as-of");
    }

    @Override
    boolean hasInlineInput() {
        return item != null || dataClass != null || region != null || aggregatedAt != null || releasedAt != null
                || disclosureChecked || formedAt != null || asOf != null;
    }

    @Override
    List<Outcome> answerOptions() {
        return List.of(classify(item, dataClass, region, aggregatedAt, releasedAt, disclosureChecked,
                formedAt, asOf));
    }

    @Override
    Outcome answerRow(CsvBatch.Row row) {
        return classify(row.get("item"), row.get("class"), row.get("region"), row.get("aggregated-at"),
                row.get("released-at"), ClassifyAboveScaleCommand.flag("disclosure-checked",
                        row.get("disclosure-checked")), row.get("formed-at"), row.get("as-of"));
    }

    private DataClassifier classifier() {
        if (loaded == null) {
            SecretItems items = secretItems == null ? SecretItems.empty()
                    : SecretItems.load(secretItems, InputSize.configuration(spec));
            ClassificationPolicy p = policy == null ? ClassificationPolicy.standard()
                    : ClassificationPolicy.load(policy, InputSize.configuration(spec));
            loaded = DataClassifier.of(p, items);
        }
        return loaded;
    }

    private Outcome classify(String id, String classText, String regionText,
            String levelText, String releasedText, boolean checked, String formedText, String asOfText) {
        DataClass c = Choices.required("--class", classText, DataClass::ofName, CLASSES);
        DivisionCode code = Choices.division("--region", regionText);
        if (id == null && secretItems != null) {
            throw new StatsbaseException(CliError.MISSING_VALUE, "--item");
        }
        DataItem d = DataItem.of(id == null ? "data" : id, c, code).withDisclosureChecked(checked);
        if (levelText != null) {
            d = d.withAggregationLevel(Choices.required("--aggregated-at", levelText, DivisionLevel::ofName, LEVELS));
        }
        Instant released = Times.instant("--released-at", releasedText);
        if (released != null) {
            d = d.withReleaseAt(released);
        }
        Instant formed = Times.instant("--formed-at", formedText);
        if (formed != null) {
            d = d.withFormedAt(formed);
        }
        Instant at = asOfText == null ? Instant.now() : Times.instant("--as-of", asOfText);
        DataClassifier classifier = classifier();
        Classification result = classifier.classify(d, at);
        return new Outcome(json(result, classifier), Outcome.Status.OK);
    }

    private static ObjectNode json(Classification r, DataClassifier classifier) {
        DataItem d = r.item();
        ObjectNode json = Json.object();
        json.put("item", d.id());
        json.put("class", d.dataClass() == DataClass.UNIT_LEVEL ? "unit" : "aggregate");
        json.put("class_zh", d.dataClass().nameZh());
        json.put("region", d.region().canonical());
        json.put("aggregated_at", d.aggregationLevel().name());
        json.put("as_of", r.asOf().toString());
        json.put("released", d.isReleased(r.asOf()));
        json.put("disclosure_checked", d.disclosureChecked());
        json.put("level", r.level().name());
        json.put("level_zh", r.level().nameZh());
        json.put("state_secret", r.isStateSecret());
        json.put("grade", r.grade().name());
        json.put("grade_zh", r.grade().nameZh());
        if (r.secrecyYears().isPresent()) {
            json.put("secrecy_years", r.secrecyYears().getAsInt());
        } else {
            json.putNull("secrecy_years");
        }
        json.put("declassifies_at", r.declassifiesAt().map(Instant::toString).orElse(null));
        json.put("public_from", r.publicFrom().map(Instant::toString).orElse(null));
        ArrayNode reasons = json.putArray("reasons");
        for (ClassificationReason reason : r.reasons()) {
            ObjectNode o = reasons.addObject();
            o.put("rule", reason.rule().name());
            o.put("reason_zh", reason.textZh());
            o.put("reason_en", reason.textEn());
        }
        json.put("policy", classifier.policy().id());
        return json;
    }
}
