package org.statsbase.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.statsbase.core.period.ReportingPeriod;
import org.statsbase.reporting.ledger.DerivedFigure;
import org.statsbase.reporting.ledger.DerivedForm;
import org.statsbase.reporting.ledger.Ledger;
import org.statsbase.reporting.ledger.LedgerDerivation;
import org.statsbase.reporting.ledger.LedgerMapping;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code statsbase ledger derive}: the figures of a form for a period, derived from a ledger file with
 * a mapping file, each with the entries that make it up. One report object; exit 0, or 2 for a
 * malformed ledger or mapping (every bad line / key is listed).
 */
@Command(name = "derive", mixinStandardHelpOptions = true,
        description = {"Derive a form's figures for a period from a ledger (统计台账), each with the entries",
                "that make it up (数出有据). 由台账生成报表数据，并列出每个数据所依据的台账记录。",
                "--ledger: CSV (columns date, account, quantity, unit, record_digest, record_description;",
                "unit optional, 元) or JSON Lines (.jsonl) with the same keys; entry n = the n-th posting.",
                "--mapping: JSON or YAML (form, figures: code, basis PERIOD|YEAR_TO_DATE, accounts,",
                "unit, decimals, rounding). Exit 0, or 2 when a file is malformed (every problem listed)."},
        footer = {"", "Example:",
                "  statsbase ledger derive --ledger ledger.csv --mapping sx203.yaml --period 2026-10"})
final class LedgerDeriveCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--ledger", required = true, paramLabel = "FILE", description = "the ledger: .csv or .jsonl")
    Path ledger;

    @Option(names = "--mapping", required = true, paramLabel = "FILE", description = "the mapping: .json, .yaml or .yml")
    Path mapping;

    @Option(names = "--period", required = true, paramLabel = "PERIOD",
            description = "the reporting period: 2026-10 (month), 2026-Q4, 2026-H2, 2026")
    String period;

    @Option(names = "--unit", paramLabel = "ID", description = "the unit's id in the output (default: the ledger file's name)")
    String unit;

    @Option(names = "--summary", description = "leave out the entries behind each figure (keep entry_count)")
    boolean summary;

    @Override
    public Integer call() {
        ReportingPeriod p = ReportingPeriod.parse(period);
        LedgerMapping m = LedgerMapping.read(mapping, InputSize.configuration(spec));
        Ledger l = LedgerInputs.ledger(ledger, LedgerInputs.unit(unit, ledger), InputSize.data(spec));
        DerivedForm form = LedgerDerivation.derive(l, m, p);
        ObjectNode o = Json.object();
        o.put("unit", form.unitId());
        o.put("form", form.formId());
        o.put("period", form.period().toString());
        o.put("ledger_entries", l.size());
        ArrayNode figures = o.putArray("figures");
        for (DerivedFigure f : form.figures()) {
            figures.add(LedgerInputs.figure(f, summary));
        }
        Json.print(spec.commandLine().getOut(), o);
        return Outcome.Status.OK.exitCode;
    }
}
