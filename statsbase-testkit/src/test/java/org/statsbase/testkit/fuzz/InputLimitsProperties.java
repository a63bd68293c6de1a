package org.statsbase.testkit.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicReference;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.statsbase.archive.retention.RetentionSchedule;
import org.statsbase.confidentiality.classification.ClassificationPolicy;
import org.statsbase.confidentiality.classification.SecretItems;
import org.statsbase.confidentiality.suppression.SensitivityRules;
import org.statsbase.confidentiality.table.ContributionLevel;
import org.statsbase.core.code.DivisionCatalog;
import org.statsbase.core.code.IndustryClassification;
import org.statsbase.core.error.DataFileException;
import org.statsbase.core.error.StatsbaseException;
import org.statsbase.core.form.SurveySystem;
import org.statsbase.core.io.InputLimits;
import org.statsbase.core.period.DeadlineCalendar;
import org.statsbase.reporting.ledger.LedgerFiles;
import org.statsbase.reporting.ledger.LedgerMapping;
import org.statsbase.validation.data.DatasetReadException;
import org.statsbase.validation.data.DatasetReader;
import org.statsbase.validation.error.RuleSetException;
import org.statsbase.validation.rules.file.RuleSetFiles;
import org.statsbase.validation.rules.file.RuleSetFormat;

/**
 * Every parser and loader that takes an {@link InputLimits}, under random limits and on hostile input: it ends in a
 * result or a typed statsbase error (within the time guard of {@link Fuzz}), and it never exceeds the limits it was
 * given — an accepted input is no larger than {@link InputLimits#maxInputBytes()}, an accepted line-oriented file
 * has no line longer than {@link InputLimits#maxLineLength()}, and an error lists at most
 * {@link InputLimits#maxProblems()} problems (plus the one that says the list was cut) where the reader caps them.
 */
class InputLimitsProperties {

    /** How a reader reads one input under limits. */
    @FunctionalInterface
    interface Read {
        Object apply(byte[] input, InputLimits limits) throws Exception;
    }

    /**
     * A reader under test.
     *
     * @param name          as the READMEs name it
     * @param seeds         valid inputs the hostile ones grow from
     * @param text          whether it reads a string (generated as text) rather than bytes
     * @param lineOriented  whether {@link InputLimits#maxLineLength()} bounds its lines
     * @param capsProblems  whether {@link InputLimits#maxProblems()} bounds the problems it lists
     * @param read          the reader
     */
    record Reader(String name, List<String> seeds, boolean text, boolean lineOriented, boolean capsProblems,
            Read read) {

        @Override
        public String toString() {
            return name;
        }
    }

    private static InputStream in(byte[] bytes) {
        return new ByteArrayInputStream(bytes);
    }

    private static String string(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    static final List<Reader> READERS = List.of(
            new Reader("DivisionCatalog (CSV)", Targets.DIVISION_CATALOG_SEEDS, false, true, false,
                    (b, l) -> DivisionCatalog.load(in(b), "fuzz.csv", 2023, l)),
            new Reader("IndustryClassification (CSV)", Targets.INDUSTRY_CSV_SEEDS, false, true, false,
                    (b, l) -> IndustryClassification.loadCsv(in(b), "fuzz.csv", l)),
            new Reader("IndustryClassification (JSON)", List.of("[{\"code\": \"A\", \"name\": \"农业\", \"children\": "
                    + "[{\"code\": \"01\", \"name\": \"农业\", \"children\": []}]}]"), false, false, false,
                    (b, l) -> IndustryClassification.loadJson(in(b), "fuzz.json", l)),
            new Reader("DeadlineCalendar (JSON)", Targets.DEADLINE_SEEDS, false, false, false,
                    (b, l) -> DeadlineCalendar.read("fuzz.json", in(b), l)),
            new Reader("SurveySystem (JSON)", List.of("{\"id\": \"x\", \"name\": \"调查\", \"year\": 2026, \"forms\": []}"),
                    false, false, false, (b, l) -> SurveySystem.read("fuzz.json", in(b), l)),
            new Reader("RuleSetFiles (YAML)", Targets.RULE_SET_YAML_SEEDS, false, false, true,
                    (b, l) -> RuleSetFiles.read(in(b), "fuzz.yaml", RuleSetFormat.YAML, l)),
            new Reader("RuleSetFiles (JSON)", Targets.RULE_SET_JSON_SEEDS, false, false, true,
                    (b, l) -> RuleSetFiles.read(in(b), "fuzz.json", RuleSetFormat.JSON, l)),
            new Reader("DatasetReader (CSV)", Targets.DATASET_CSV_SEEDS, false, true, false,
                    (b, l) -> DatasetReader.withKey("unit").withLimits(l).readCsv(in(b), "fuzz.csv")),
            new Reader("DatasetReader (JSON Lines)", Targets.DATASET_JSONL_SEEDS, false, true, false,
                    (b, l) -> DatasetReader.withKey("unit").withLimits(l).readJsonLines(in(b), "fuzz.jsonl")),
            new Reader("RetentionSchedule (JSON)", List.of("{\"name\": \"x\", \"date\": \"2026-01-01\", \"classes\": "
                    + "[{\"class\": \"ledger\", \"retention\": \"D10\"}]}"), false, false, false,
                    (b, l) -> RetentionSchedule.parse(in(b), "fuzz.json", l)),
            new Reader("LedgerFiles (CSV)", Targets.LEDGER_CSV_SEEDS, false, true, true,
                    (b, l) -> LedgerFiles.readCsv(in(b), "fuzz.csv", l)),
            new Reader("LedgerFiles (JSON Lines)", Targets.LEDGER_JSONL_SEEDS, false, true, true,
                    (b, l) -> LedgerFiles.readJsonLines(in(b), "fuzz.jsonl", l)),
            new Reader("LedgerMapping (YAML/JSON)", List.of("form: SX203\nfigures:\n  - {code: \"01\", basis: PERIOD, "
                    + "accounts: [{prefix: \"6001\"}]}\n", Hostile.billionLaughs(4) + "form: SX203\n"), true, false, true,
                    (b, l) -> LedgerMapping.parse(string(b), "fuzz.yaml", l)),
            new Reader("SecretItems (JSON)", Targets.SECRET_ITEMS_SEEDS, true, false, false,
                    (b, l) -> SecretItems.parse(string(b), "fuzz.json", l)),
            new Reader("ClassificationPolicy (JSON)", Targets.POLICY_SEEDS, true, false, false,
                    (b, l) -> ClassificationPolicy.parse(string(b), "fuzz.json", l)),
            new Reader("SensitivityRules (spec)", Targets.SENSITIVITY_SEEDS, true, true, false,
                    (b, l) -> SensitivityRules.parse(string(b), ContributionLevel.UNIT, l)));

    @Provide
    Arbitrary<Reader> readers() {
        return Arbitraries.of(READERS);
    }

    /** Limits small enough that the hostile inputs cross each of them often. */
    @Provide
    Arbitrary<InputLimits> limits() {
        return Combinators.combine(Arbitraries.longs().between(1, 6_000), Arbitraries.integers().between(1, 400),
                Arbitraries.integers().between(1, 40), Arbitraries.integers().between(1, 60),
                Arbitraries.integers().between(1, 2_000), Arbitraries.integers().between(1, 200),
                Arbitraries.integers().between(1, 50), Arbitraries.integers().between(1, 60))
                .as((bytes, line, depth, number, string, name, problems, aliases) -> InputLimits.defaults()
                        .withMaxInputBytes(bytes).withMaxLineLength(line).withMaxNestingDepth(depth)
                        .withMaxNumberLength(number).withMaxStringLength(string).withMaxNameLength(name)
                        .withMaxProblems(problems).withMaxYamlAliases(aliases));
    }

    @Provide
    Arbitrary<Random> randoms() {
        return Arbitraries.randoms();
    }

    @Property(tries = 3_000)
    void readersEndInAResultOrATypedErrorWithinTheirLimits(@ForAll("readers") Reader reader,
            @ForAll("limits") InputLimits limits, @ForAll("randoms") Random random) {
        byte[] input = reader.text()
                ? Hostile.text(random, reader.seeds()).getBytes(StandardCharsets.UTF_8)
                : Hostile.bytes(random, reader.seeds());
        AtomicReference<Object> outcome = new AtomicReference<>();
        Fuzz.resultOrTypedError(input, b -> {
            try {
                outcome.set(reader.read().apply(b, limits));
            } catch (StatsbaseException e) {
                outcome.set(e);
                throw e;
            }
            return outcome.get();
        });
        Object result = outcome.get();
        if (result instanceof StatsbaseException error) {
            int listed = problems(error);
            if (reader.capsProblems()) {
                assertThat(listed).as(reader.name() + ": problems listed").isLessThanOrEqualTo(limits.maxProblems() + 1);
            }
            return;
        }
        assertThat((long) input.length).as(reader.name() + ": an accepted input within maxInputBytes")
                .isLessThanOrEqualTo(limits.maxInputBytes());
        if (reader.lineOriented()) {
            String text = string(input);
            text = text.startsWith("\uFEFF") ? text.substring(1) : text; // a byte order mark is not content
            assertThat(text.lines().mapToInt(String::length).max().orElse(0))
                    .as(reader.name() + ": accepted lines within maxLineLength")
                    .isLessThanOrEqualTo(limits.maxLineLength());
        }
    }

    @Property(tries = 200)
    void anInputOverTheSizeLimitIsAlwaysRefusedWithTheSizeCode(@ForAll("readers") Reader reader,
            @ForAll("randoms") Random random) {
        byte[] input = reader.seeds().get(random.nextInt(reader.seeds().size())).getBytes(StandardCharsets.UTF_8);
        if (input.length < 2) {
            return;
        }
        InputLimits limits = InputLimits.defaults().withMaxInputBytes(1 + random.nextInt(input.length - 1));
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        try {
            reader.read().apply(input, limits);
        } catch (Exception e) {
            thrown.set(e);
        }
        assertThat(thrown.get()).as(reader.name()).isInstanceOf(StatsbaseException.class);
        // the size code, or the rule-set reader's own limit problem naming the size limit
        assertThat(thrown.get().getMessage()).as(reader.name()).containsAnyOf("SB-CORE-1201", "max_file_bytes");
    }

    private static int problems(StatsbaseException error) {
        if (error instanceof DataFileException e) {
            return e.problems().size();
        }
        if (error instanceof RuleSetException e) {
            return e.problems().size();
        }
        if (error instanceof DatasetReadException e) {
            return e.problems().size();
        }
        return 1;
    }
}
