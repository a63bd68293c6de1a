package org.statsbase.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.statsbase.core.error.StatsbaseException;
import org.statsbase.core.io.InputLimits;
import org.statsbase.validation.error.RuleProblem;
import org.statsbase.validation.error.RuleSetException;
import org.statsbase.validation.error.ValidationError;
import org.statsbase.validation.review.RuleSet;
import org.statsbase.validation.rules.RuleSetDefinition;
import org.statsbase.validation.rules.file.RuleSetFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code statsbase rules check FILE…}: reads and compiles each rule-set file (JSON or YAML, with its
 * includes) and reports every problem of every file with its file, line and column. Exit 0 when every
 * file is fine, 1 when some file has problems, 2 on a usage error or a file that cannot be read.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Read and compile rule-set files (JSON or YAML, includes followed) and",
                "report EVERY problem with file:line:column.",
                "检查审核规则集文件，报告所有错误及其位置。",
                "Without --form: syntax, functions, arities, literal types; with --form also",
                "indicator codes and types. Exit 0 all files fine, 1 some file has problems,",
                "2 usage error or a file that cannot be read (missing, not .json/.yaml/.yml)."},
        footer = {"", "Examples:",
                "  statsbase rules check b204-1-monthly.yaml common.yaml --format text",
                "  statsbase rules check b204-1-monthly.yaml --form survey.json --form-id B204-1"})
final class RulesCheckCommand implements Callable<Integer> {

    /** Problems that mean the named file could not be read as a rule set at all: bad input (exit 2). */
    private static final Set<String> UNREADABLE = Set.of(ValidationError.RULE_SET_UNREADABLE.code(),
            ValidationError.RULE_SET_UNKNOWN_FORMAT.code());

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "rule-set files (.json, .yaml, .yml)")
    List<Path> files = new ArrayList<>();

    @Option(names = "--form", paramLabel = "FILE",
            description = "a survey-system JSON file (统计调查制度: forms and their indicators); "
                    + "the rules are compiled against its form, so unknown indicators and type errors are found")
    Path form;

    @Option(names = "--form-id", paramLabel = "ID",
            description = "the form (表号, e.g. B204-1) of --form to compile against, when it holds several")
    String formId;

    @Option(names = "--format", paramLabel = "json|text", defaultValue = "json",
            description = "json (default): one object per file; text: one line per problem, file:line:column: CODE message")
    String format;

    /** What checking one file found. */
    private record Checked(Path file, Optional<RuleSetDefinition> definition, List<RuleProblem> problems,
            Optional<StatsbaseException> failure, int exit) {
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Format chosen = Format.parse(format);
        Optional<Forms> forms;
        try {
            forms = Forms.load(form, formId, InputSize.data(spec));
        } catch (StatsbaseException e) {
            print(out, chosen, e);
            return Outcome.Status.MALFORMED.exitCode;
        }
        int exit = 0;
        for (Path file : files) {
            Checked checked = check(file, forms, InputSize.configuration(spec));
            if (chosen == Format.JSON) {
                Json.print(out, json(checked));
            } else {
                text(out, checked);
            }
            exit = Math.max(exit, checked.exit());
        }
        return exit;
    }

    private static void print(PrintWriter out, Format format, StatsbaseException e) {
        if (format == Format.JSON) {
            Json.print(out, Json.error(e));
        } else {
            Text.error(out, e);
        }
    }

    private static Checked check(Path file, Optional<Forms> forms, InputLimits limits) {
        RuleSetDefinition definition;
        try {
            definition = RuleSetFiles.read(file, limits);
        } catch (RuleSetException e) {
            // A file that cannot be read at all is bad input (2); a file with problems in it is a negative result (1).
            boolean unreadable = e.problems().stream().anyMatch(p -> UNREADABLE.contains(p.code()));
            return new Checked(file, Optional.empty(), e.problems(), Optional.empty(),
                    unreadable ? Outcome.Status.MALFORMED.exitCode : Outcome.Status.NEGATIVE.exitCode);
        } catch (StatsbaseException e) {
            return new Checked(file, Optional.empty(), List.of(), Optional.of(e), Outcome.Status.MALFORMED.exitCode);
        }
        try {
            if (forms.isPresent()) {
                RuleSet.compile(definition, forms.get().form());
            } else {
                RuleSet.compile(definition);
            }
        } catch (RuleSetException e) {
            return new Checked(file, Optional.of(definition), e.problems(), Optional.empty(),
                    Outcome.Status.NEGATIVE.exitCode);
        }
        return new Checked(file, Optional.of(definition), List.of(), Optional.empty(), Outcome.Status.OK.exitCode);
    }

    private static ObjectNode json(Checked checked) {
        ObjectNode o = Json.object();
        o.put("file", checked.file().toString());
        o.put("valid", checked.exit() == 0);
        if (checked.definition().isPresent()) {
            RuleSetDefinition d = checked.definition().get();
            o.put("rule_set", d.id());
            if (d.version().isPresent()) {
                o.put("version", d.version().get());
            } else {
                o.putNull("version");
            }
            o.put("rules", d.rules().size());
        } else {
            o.putNull("rule_set");
            o.putNull("version");
            o.putNull("rules");
        }
        ArrayNode problems = o.putArray("problems");
        checked.problems().forEach(p -> problems.add(Json.problem(p)));
        if (checked.failure().isPresent()) {
            o.setAll(Json.error(checked.failure().get()));
        } else {
            o.putNull("error");
        }
        return o;
    }

    private static void text(PrintWriter out, Checked checked) {
        if (checked.failure().isPresent()) {
            out.print(checked.file() + ": ");
            Text.error(out, checked.failure().get());
            return;
        }
        checked.problems().forEach(p -> out.println(Text.problem(p)));
        if (checked.exit() == 0) {
            RuleSetDefinition d = checked.definition().orElseThrow();
            out.println(checked.file() + ": ok, rule set " + d.id() + d.version().map(v -> " " + v).orElse("") + ", "
                    + d.rules().size() + " rule(s)");
        }
        out.flush();
    }
}
