package org.statsbase.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.statsbase.core.error.StatsbaseException;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * A command that answers either its command-line input or every row of a {@code --file} CSV
 * whose columns are named after its long options. One JSON object is printed per input, in input
 * order; a bad row gives an error object (with its line) in its place and the run goes on.
 */
abstract class BatchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--file", paramLabel = "FILE.csv",
            description = "Answer every row of this CSV (UTF-8); its columns are named after the long options.")
    Path file;

    /** The columns a batch file may have. */
    abstract Set<String> columns();

    /** Whether input was given on the command line (besides options that apply to every row). */
    abstract boolean hasInlineInput();

    /** The answers for the input given on the command line. */
    abstract List<Outcome> answerOptions();

    /** The answer for one row of a batch file. */
    abstract Outcome answerRow(CsvBatch.Row row);

    @Override
    public final Integer call() {
        if (file != null && hasInlineInput()) {
            throw new StatsbaseException(CliError.FILE_AND_VALUES);
        }
        List<Outcome> outcomes = file != null ? rows() : answerOptions();
        int exit = 0;
        for (Outcome outcome : outcomes) {
            Json.print(spec.commandLine().getOut(), outcome.json());
            exit = Math.max(exit, outcome.status().exitCode);
        }
        return exit;
    }

    private List<Outcome> rows() {
        InputSize.check(file, InputSize.data(spec));
        CsvBatch.Batch batch = CsvBatch.read(file, columns());
        List<Outcome> outcomes = new ArrayList<>();
        for (CsvBatch.Row row : batch.rows()) {
            outcomes.add(guarded(row, batch.columns().size()));
        }
        return outcomes;
    }

    /** The row's answer; an error object, thrown or returned, names the row's line. */
    private Outcome guarded(CsvBatch.Row row, int columns) {
        Outcome outcome;
        try {
            if (row.width() > columns) {
                throw new StatsbaseException(CliError.TOO_MANY_CELLS, row.width(), columns);
            }
            outcome = answerRow(row);
        } catch (StatsbaseException e) {
            outcome = new Outcome(Json.error(e), Outcome.Status.MALFORMED);
        }
        if (outcome.json().get("error") instanceof ObjectNode error) {
            error.put("line", row.line());
        }
        return outcome;
    }
}
