package org.statsbase.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.statsbase.core.error.StatsbaseException;
import org.statsbase.core.form.ReportForm;
import org.statsbase.core.io.InputLimits;
import org.statsbase.validation.data.ColumnarDataset;
import org.statsbase.validation.data.DatasetRead;
import org.statsbase.validation.data.DatasetReader;
import org.statsbase.validation.data.ReadProblem;
import org.statsbase.validation.data.RecordKey;
import org.statsbase.validation.error.RuleSetException;
import org.statsbase.validation.error.ValidationError;
import org.statsbase.validation.review.Explanation;
import org.statsbase.validation.review.ExplanationPolicy;
import org.statsbase.validation.review.ReviewContext;
import org.statsbase.validation.review.ReviewReport;
import org.statsbase.validation.review.RuleSet;
import org.statsbase.validation.rules.RuleSetDefinition;
import org.statsbase.validation.rules.file.RuleSetFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code statsbase validate}: reviews a data file against a rule set (数据审核), with reference datasets
 * ({@code prev}, {@code yoy}, other forms), code lists and written explanations (情况说明) of
 * 核实性 failures, and prints one report. Exit 0 when every record is acceptable, 1 when some record is
 * not, 2 on bad input (an unreadable or broken file, or rows that could not be read: those are
 * reported and the other rows reviewed).
 */
@Command(name = "validate", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Review a data file against a rule set and print the report.",
                "按审核规则集审核数据并输出审核报告。",
                "Exit 0 every record acceptable, 1 some record not acceptable, 2 bad input:",
                "an unusable file, or rows that cannot be read (listed in rejected_rows;",
                "the other rows are still reviewed)."},
        footer = {"", "Examples:",
                "  statsbase validate --rules b204-1.yaml --data 2026-10.csv --key uscc,period",
                "  statsbase validate --rules b204-1.yaml --data 2026-10.csv --key uscc \\",
                "      --form survey.json --form-id B204-1 \\",
                "      --ref prev=2026-09.csv --ref yoy=2025-10.csv --ref B205=b205-2026-10.csv \\",
                "      --explanations explanations.csv --format text",
                "",
                "Explanations file (CSV, UTF-8): rule,<key columns…>,text,author,time",
                "  R007,914403001922038216,本月新签大客户订单,张三,2026-11-05T16:00+08:00",
                "  (time: ISO-8601 with Z or an offset; without one, Beijing time)"})
final class ValidateCommand implements Callable<Integer> {

    /** Data files at least this large report their phases on standard error with {@code --progress auto}. */
    static final long LARGE_FILE_BYTES = 16L * 1024 * 1024;

    /** Datasets with more records than this are reviewed in parallel chunks (the report is the same). */
    static final int PARALLEL_RECORDS = 100_000;

    /** Times written without an offset are Beijing time, as statistical offices in China write them. */
    static final ZoneId LOCAL_TIME = ZoneId.of("Asia/Shanghai");

    /** Static type errors, which a column type inferred from its cells may cause. */
    private static final Set<String> TYPE_PROBLEMS = Set.of(ValidationError.CHECK_TYPE_MISMATCH.code(),
            ValidationError.CHECK_ARGUMENT_TYPE.code(), ValidationError.CHECK_NOT_A_CONDITION.code());

    @Spec
    CommandSpec spec;

    @Option(names = "--rules", required = true, paramLabel = "FILE", description = "the rule-set file (.json, .yaml, .yml)")
    Path rules;

    @Option(names = "--data", required = true, paramLabel = "FILE.csv",
            description = "the data to review: CSV with a header (UTF-8), or JSON Lines (.jsonl, .ndjson)")
    Path data;

    @Option(names = "--key", required = true, split = ",", paramLabel = "COL",
            description = "the record key column(s), e.g. uscc,period; the reference files are joined on them")
    List<String> key = new ArrayList<>();

    @Option(names = "--form", paramLabel = "FILE",
            description = "a survey-system JSON file: the form's indicator types type the data and the rules are checked against it")
    Path form;

    @Option(names = "--form-id", paramLabel = "ID", description = "the form (表号) of --form, when it holds several")
    String formId;

    @Option(names = "--ref", paramLabel = "NAME=FILE",
            description = "a reference dataset: prev=FILE (prev.X), yoy=FILE (yoy.X), ID=FILE or form:ID=FILE (form(\"ID\").X); repeatable")
    List<String> refs = new ArrayList<>();

    @Option(names = "--codelist", paramLabel = "NAME=FILE",
            description = "a code list for in_codelist(x, 'NAME'): one code per line; repeatable")
    List<String> codeLists = new ArrayList<>();

    @Option(names = "--text", split = ",", paramLabel = "COL",
            description = "columns read as text whatever their cells look like (codes made only of digits)")
    List<String> text = new ArrayList<>();

    @Option(names = "--explanations", paramLabel = "FILE.csv",
            description = "explanations (情况说明) of VERIFY failures: CSV rule,<key columns…>,text,author,time")
    Path explanations;

    @Option(names = "--format", paramLabel = "json|text", defaultValue = "json",
            description = "json (default): one report object; text: a summary table and the violations")
    String format;

    @Option(names = "--progress", paramLabel = "auto|always|never", defaultValue = "auto",
            description = "phases and timings on standard error: auto (default) for data files of 16 MiB or more")
    String progress;

    /** A reference dataset named on the command line. */
    private record Ref(String name, Optional<String> formId, Path file) {
    }

    /** A row of a file that could not be used: reported in {@code rejected_rows}, never dropped silently. */
    private final List<ObjectNode> rejected = new ArrayList<>();

    private PrintWriter err;
    private boolean verbose;
    private long started;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        err = spec.commandLine().getErr();
        Format chosen = Format.parse(format);
        try {
            return run(out, chosen);
        } catch (StatsbaseException e) {
            if (chosen == Format.JSON) {
                Json.print(out, Json.error(e));
            } else {
                Text.error(out, e);
            }
            return Outcome.Status.MALFORMED.exitCode;
        }
    }

    private int run(PrintWriter out, Format chosen) {
        started = System.nanoTime();
        List<String> keys = keys();
        List<Ref> references = references();
        Map<String, Set<String>> lists = codeLists();
        verbose = switch (progress.strip().toLowerCase(Locale.ROOT)) {
            case "always" -> true;
            case "never" -> false;
            case "auto" -> size(data) >= LARGE_FILE_BYTES;
            default -> throw new StatsbaseException(CliError.BAD_CHOICE, "--progress", progress, "auto, always, never");
        };
        Optional<Forms> forms = Forms.load(form, formId, InputSize.data(spec));

        phase("reading rules " + rules);
        RuleSetDefinition definition = RuleSetFiles.read(rules, InputSize.configuration(spec));

        DatasetReader reader = DatasetReader.withKey(keys).withTextColumns(new LinkedHashSet<>(text))
                .withLimits(InputSize.data(spec));
        ColumnarDataset dataset = read(forms.isPresent() ? reader.withForm(forms.get().form()) : reader, data);

        phase("compiling " + definition.rules().size() + " rule(s)");
        // Against the form when given; otherwise against the data's own columns, so that unknown fields and
        // type errors are reported with their place before anything is reviewed.
        RuleSet ruleSet;
        if (forms.isPresent()) {
            ruleSet = RuleSet.compile(definition, forms.get().form());
        } else {
            try {
                ruleSet = RuleSet.compile(definition, dataset.schema());
            } catch (RuleSetException e) {
                if (e.problems().stream().anyMatch(p -> TYPE_PROBLEMS.contains(p.code()))) {
                    err.println("hint: without --form, a column is a number only if every cell of it is one (one"
                            + " typo makes it text), and codes made only of digits are numbers; give --form, or"
                            + " --text for code columns / 提示：未给出 --form 时按单元格推断列类型，请用 --form 或 --text");
                    err.flush();
                }
                throw e;
            }
        }

        ReviewContext context = ReviewContext.empty().withParallel(dataset.size() > PARALLEL_RECORDS);
        for (Ref ref : references) {
            DatasetReader refReader = reader;
            Optional<ReportForm> refForm = ref.formId().isPresent()
                    ? forms.flatMap(f -> f.system().form(ref.formId().get()))
                    : forms.map(Forms::form);
            if (refForm.isPresent()) {
                refReader = reader.withForm(refForm.get());
            }
            ColumnarDataset refData = read(refReader, ref.file());
            context = switch (ref.name()) {
                case "prev" -> context.withPrevious(refData);
                case "yoy" -> context.withYearAgo(refData);
                default -> context.withForm(ref.formId().orElseThrow(), refData);
            };
        }
        for (Map.Entry<String, Set<String>> list : lists.entrySet()) {
            context = context.withCodeList(list.getKey(), list.getValue());
        }

        phase("reviewing " + dataset.size() + " record(s)");
        ReviewReport report = ruleSet.review(dataset, context);
        phase("reviewed: " + report.violations().size() + " violation(s)");

        List<ObjectNode> unused = new ArrayList<>();
        if (explanations != null) {
            report = explain(report, keys, unused);
        }
        ExplanationPolicy policy = ExplanationPolicy.defaults();
        int unacceptable = report.unacceptableRecords(policy).size();
        int exit = !rejected.isEmpty() ? Outcome.Status.MALFORMED.exitCode
                : unacceptable > 0 ? Outcome.Status.NEGATIVE.exitCode : Outcome.Status.OK.exitCode;
        ReportOutput output = new ReportOutput(report, policy, unacceptable, exit, rejected, unused);
        if (chosen == Format.JSON) {
            output.json(out);
        } else {
            output.text(out);
        }
        phase("done, exit " + exit);
        return exit;
    }

    private List<String> keys() {
        List<String> keys = new ArrayList<>();
        for (String k : key) {
            String column = k.strip();
            if (column.isEmpty()) {
                throw new StatsbaseException(CliError.BAD_CHOICE, "--key", String.join(",", key), "COL[,COL…]");
            }
            if (keys.contains(column)) {
                throw new StatsbaseException(CliError.BAD_CHOICE, "--key", String.join(",", key),
                        "each column once");
            }
            keys.add(column);
        }
        return keys;
    }

    /** {@code prev}, {@code yoy}, {@code form:ID} or a bare {@code ID}; each name once. */
    private List<Ref> references() {
        List<Ref> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (String ref : refs) {
            int eq = ref.indexOf('=');
            String name = eq < 0 ? "" : ref.substring(0, eq).strip();
            String file = eq < 0 ? "" : ref.substring(eq + 1).strip();
            if (name.startsWith("form:")) {
                name = name.substring("form:".length()).strip();
                if (name.equals("prev") || name.equals("yoy")) {
                    name = "form:" + name;
                }
            }
            if (name.isEmpty() || file.isEmpty() || name.equals("form:")) {
                throw new StatsbaseException(CliError.REF_SYNTAX, ref);
            }
            boolean dataset = name.equals("prev") || name.equals("yoy");
            String formName = name.startsWith("form:") ? name.substring("form:".length()) : name;
            if (!seen.add(dataset ? name : "form:" + formName)) {
                throw new StatsbaseException(CliError.REF_REPEATED, dataset ? name : "form(\"" + formName + "\")");
            }
            out.add(new Ref(dataset ? name : "form", dataset ? Optional.empty() : Optional.of(formName), path(file, ref,
                    CliError.REF_SYNTAX)));
        }
        return out;
    }

    private Map<String, Set<String>> codeLists() {
        Map<String, Set<String>> lists = new LinkedHashMap<>();
        for (String spec : codeLists) {
            int eq = spec.indexOf('=');
            String name = eq < 0 ? "" : spec.substring(0, eq).strip();
            String file = eq < 0 ? "" : spec.substring(eq + 1).strip();
            if (name.isEmpty() || file.isEmpty()) {
                throw new StatsbaseException(CliError.CODELIST_SYNTAX, spec);
            }
            if (lists.containsKey(name)) {
                throw new StatsbaseException(CliError.REF_REPEATED, "codelist " + name);
            }
            lists.put(name, codes(path(file, spec, CliError.CODELIST_SYNTAX), InputSize.data(this.spec)));
        }
        return lists;
    }

    private static Path path(String file, String option, CliError error) {
        try {
            return PathArguments.checked(error == CliError.CODELIST_SYNTAX ? "--codelist" : "--ref", Path.of(file));
        } catch (InvalidPathException e) {
            throw new StatsbaseException(error, e, option);
        }
    }

    private static Set<String> codes(Path file, InputLimits limits) {
        Set<String> codes = new LinkedHashSet<>();
        InputSize.check(file, limits);
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String code = line.replace("\uFEFF", "").strip();
                if (!code.isEmpty()) {
                    codes.add(code);
                }
            }
        } catch (NoSuchFileException e) {
            throw new StatsbaseException(CliError.FILE_UNREADABLE, e, file, "文件不存在", "no such file");
        } catch (CharacterCodingException e) {
            throw new StatsbaseException(CliError.FILE_NOT_UTF8, e, file);
        } catch (IOException e) {
            throw new StatsbaseException(CliError.FILE_UNREADABLE, e, file, "输入输出错误", String.valueOf(e));
        }
        return codes;
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0; // the reader reports the file as unreadable with its own code
        }
    }

    /** Reads a data or reference file; its bad rows go to {@link #rejected}, the accepted rows are returned. */
    private ColumnarDataset read(DatasetReader reader, Path file) {
        phase("reading " + file + " (" + size(file) / 1024 + " KiB)");
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        DatasetRead read = name.endsWith(".jsonl") || name.endsWith(".ndjson") ? reader.readJsonLines(file)
                : reader.readCsv(file);
        for (ReadProblem p : read.problems()) {
            rejected.add(Json.problem(p));
        }
        phase("read " + read.accepted().size() + " record(s), " + read.problems().size() + " problem(s)");
        return read.accepted();
    }

    /** Applies the explanations file; rows naming no VERIFY violation go to {@code unused}. */
    private ReviewReport explain(ReviewReport report, List<String> keys, List<ObjectNode> unused) {
        phase("reading explanations " + explanations);
        Set<String> columns = new LinkedHashSet<>(List.of("rule"));
        columns.addAll(keys);
        columns.addAll(List.of("text", "author", "time"));
        InputSize.check(explanations, InputSize.data(spec));
        CsvBatch.Batch batch = CsvBatch.read(explanations, columns);
        for (String column : columns) {
            if (!batch.columns().contains(column)) {
                throw new StatsbaseException(CliError.MISSING_COLUMN, explanations, column);
            }
        }
        Map<String, Long> firstLine = new HashMap<>();
        // One index of the violations for the whole file: repeated ReviewReport.explain calls would
        // copy and scan every violation per row (minutes for thousands of rows on a large report).
        ReviewReport.Explainer explainer = report.explainer();
        for (CsvBatch.Row row : batch.rows()) {
            try {
                if (row.width() > batch.columns().size()) {
                    throw new RowProblem(null, new StatsbaseException(CliError.TOO_MANY_CELLS, row.width(),
                            batch.columns().size()));
                }
                // Stripped as DatasetReader strips cells (CsvBatch trims only ASCII blanks), so keys match.
                String rule = required(row, "rule").strip();
                List<String> values = new ArrayList<>();
                for (String k : keys) {
                    values.add(required(row, k).strip());
                }
                Instant at = instant(row);
                RecordKey recordKey = new RecordKey(keys, values);
                Long first = firstLine.putIfAbsent(rule + "\u0000" + recordKey, row.line());
                if (first != null) {
                    throw new RowProblem(null, new StatsbaseException(CliError.EXPLANATION_REPEATED, rule, recordKey,
                            first));
                }
                Explanation explanation = Explanation.of(orEmpty(row.get("text")), orEmpty(row.get("author")), at);
                try {
                    explainer.explain(rule, recordKey, explanation);
                } catch (StatsbaseException e) {
                    ObjectNode o = Json.object();
                    o.put("file", explanations.toString());
                    o.put("line", row.line());
                    o.put("rule", rule);
                    o.set("key", key(recordKey));
                    o.put("code", e.code());
                    o.put("message_zh", e.messageZh());
                    o.put("message_en", e.messageEn());
                    unused.add(o);
                }
            } catch (RowProblem p) {
                rejected.add(Json.readProblem(explanations.toString(), row.line(), p.field, p.error.code(),
                        p.error.messageZh(), p.error.messageEn()));
            }
        }
        return explainer.report();
    }

    /** A row of the explanations file that cannot be used. */
    private static final class RowProblem extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final String field;
        final transient StatsbaseException error;

        RowProblem(String field, StatsbaseException error) {
            super(error.getMessage(), null, false, false);
            this.field = field;
            this.error = error;
        }
    }

    private static String required(CsvBatch.Row row, String column) {
        String value = row.get(column);
        if (value == null) {
            throw new RowProblem(column, new StatsbaseException(CliError.MISSING_VALUE, column));
        }
        return value;
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    /** ISO-8601: an instant, a date-time with offset, or a local date-time or date taken as Beijing time. */
    private static Instant instant(CsvBatch.Row row) {
        String text = required(row, "time");
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException notInstant) {
            try {
                return OffsetDateTime.parse(text).toInstant();
            } catch (DateTimeParseException notOffset) {
                try {
                    return LocalDateTime.parse(text.replace(' ', 'T')).atZone(LOCAL_TIME).toInstant();
                } catch (DateTimeParseException notLocal) {
                    try {
                        return LocalDate.parse(text).atStartOfDay(LOCAL_TIME).toInstant();
                    } catch (DateTimeParseException notDate) {
                        throw new RowProblem("time", new StatsbaseException(CliError.BAD_TIME, "time", text));
                    }
                }
            }
        }
    }

    private static ObjectNode key(RecordKey key) {
        ObjectNode o = Json.object();
        for (int i = 0; i < key.columns().size(); i++) {
            o.put(key.columns().get(i), key.values().get(i));
        }
        return o;
    }

    private void phase(String what) {
        if (verbose) {
            err.printf(Locale.ROOT, "[%6.1f s] %s%n", (System.nanoTime() - started) / 1e9, what);
            err.flush();
        }
    }
}
