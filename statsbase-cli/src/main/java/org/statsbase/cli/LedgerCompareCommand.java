package org.statsbase.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.statsbase.core.error.StatsbaseException;
import org.statsbase.core.period.ReportingPeriod;
import org.statsbase.reporting.ledger.FigureDifference;
import org.statsbase.reporting.ledger.Ledger;
import org.statsbase.reporting.ledger.LedgerComparison;
import org.statsbase.reporting.ledger.LedgerDerivation;
import org.statsbase.reporting.ledger.LedgerMapping;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code statsbase ledger compare}: a submission's figures against the figures derived from the
 * ledger; every differing figure with the entries behind the ledger's value. Exit 0 when they agree,
 * 1 when some figure differs, 2 for malformed input.
 */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = {"Compare a submission with the figures derived from a ledger (统计台账): every",
                "differing figure, with the entries behind the ledger's value. 核对报送数据与台账。",
                "--submission: JSON {\"period\": \"2026-10\", \"values\": {\"01\": 14140, …}} (optional",
                "\"unit\", \"form\"); a figure left out or blank agrees only when the ledger's is 0.",
                "Exit 0 agrees, 1 some figure differs, 2 malformed input."},
        footer = {"", "Example:",
                "  statsbase ledger compare --ledger ledger.csv --mapping sx203.yaml --submission sx203-2026-10.json"})
final class LedgerCompareCommand implements Callable<Integer> {

    private static final Set<String> KEYS = Set.of("unit", "form", "period", "values");

    @Spec
    CommandSpec spec;

    @Option(names = "--ledger", required = true, paramLabel = "FILE", description = "the ledger: .csv or .jsonl")
    Path ledger;

    @Option(names = "--mapping", required = true, paramLabel = "FILE", description = "the mapping: .json, .yaml or .yml")
    Path mapping;

    @Option(names = "--submission", required = true, paramLabel = "FILE",
            description = "the submitted figures: JSON with period and values")
    Path submission;

    @Option(names = "--summary", description = "leave out the entries behind each differing figure")
    boolean summary;

    private record Submission(String unit, String form, ReportingPeriod period, Map<String, Object> values) {
    }

    @Override
    public Integer call() {
        LedgerMapping m = LedgerMapping.read(mapping, InputSize.configuration(spec));
        Submission s = submission();
        if (s.form() != null && !s.form().equals(m.formId())) {
            throw new StatsbaseException(CliError.SUBMISSION_FORM_MISMATCH, s.form(), m.formId());
        }
        Ledger l = LedgerInputs.ledger(ledger, s.unit() != null ? s.unit() : LedgerInputs.unit(null, ledger),
                InputSize.data(spec));
        LedgerComparison c = LedgerComparison.of(LedgerDerivation.derive(l, m, s.period()), s.values());
        ObjectNode o = Json.object();
        o.put("unit", l.unitId());
        o.put("form", m.formId());
        o.put("period", s.period().toString());
        o.put("agrees", c.agrees());
        ArrayNode differences = o.putArray("differences");
        for (FigureDifference d : c.differences()) {
            ObjectNode x = differences.addObject();
            x.put("code", d.code());
            x.put("kind", d.kind().name());
            x.put("ledger_value", d.ledgerValue());
            x.put("unit", d.ledgerFigure().mapping().unit());
            x.put("submitted", d.submittedText());
            if (d.difference().isPresent()) {
                x.put("difference", d.difference().get());
            } else {
                x.putNull("difference");
            }
            x.put("entry_count", d.provenance().size());
            if (!summary) {
                x.set("entries", LedgerInputs.entries(d.provenance()));
            }
        }
        Json.print(spec.commandLine().getOut(), o);
        return c.agrees() ? Outcome.Status.OK.exitCode : Outcome.Status.NEGATIVE.exitCode;
    }

    private Submission submission() {
        String file = submission.toString();
        JsonNode root;
        InputSize.check(submission, InputSize.data(spec));
        try {
            root = Json.MAPPER.readTree(Files.readString(submission));
        } catch (IOException | RuntimeException e) {
            throw new StatsbaseException(CliError.SUBMISSION_MALFORMED, file, "无法读取或不是 JSON：" + e.getMessage(),
                    "unreadable or not JSON: " + e.getMessage());
        }
        if (root == null || !root.isObject()) {
            throw malformed(file, "不是 JSON 对象", "not a JSON object");
        }
        for (Iterator<String> it = root.fieldNames(); it.hasNext();) {
            String key = it.next();
            if (!KEYS.contains(key)) {
                throw malformed(file, "未知的键 " + key, "unknown key " + key);
            }
        }
        JsonNode period = root.get("period");
        if (period == null || !period.isTextual()) {
            throw malformed(file, "缺少文本 period", "no text period");
        }
        JsonNode values = root.get("values");
        if (values == null || !values.isObject()) {
            throw malformed(file, "缺少对象 values", "no object values");
        }
        Map<String, Object> map = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = values.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode v = e.getValue();
            if (v.isNumber()) {
                map.put(e.getKey(), v.decimalValue());
            } else if (v.isTextual()) {
                map.put(e.getKey(), v.textValue());
            } else if (!v.isNull()) {
                throw malformed(file, "values." + e.getKey() + " 应为数字、文本或 null",
                        "values." + e.getKey() + " must be a number, a text or null");
            }
        }
        return new Submission(text(root, "unit"), text(root, "form"), ReportingPeriod.parse(period.textValue()), map);
    }

    private static String text(JsonNode root, String key) {
        JsonNode n = root.get(key);
        return n != null && n.isTextual() ? n.textValue() : null;
    }

    private static StatsbaseException malformed(String file, String zh, String en) {
        return new StatsbaseException(CliError.SUBMISSION_MALFORMED, file, zh, en);
    }
}
