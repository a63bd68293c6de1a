package org.statsbase.core.code;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.statsbase.core.code.internal.CsvTable;
import org.statsbase.core.error.CoreError;
import org.statsbase.core.error.DataFileException;
import org.statsbase.core.error.DataProblem;
import org.statsbase.core.error.ErrorCode;

/**
 * The old→new mapping between two years' {@link DivisionCatalog}s: for every code of the old
 * catalog, how it continues in the new one ({@link DivisionChange}) and under which new code(s).
 *
 * <p>Declared changes come from a CSV file (UTF-8, optional byte order mark, header
 * {@code old_code,new_code,change} in any order) with one row per old→new pair; {@code change}
 * is {@code merged}/{@code 合并}, {@code split}/{@code 拆分} or {@code renamed}/{@code 更名}
 * (any case). The rows are checked against both catalogs, and every bad line is reported at once
 * ({@link DataFileException}): both codes listed (old in the old catalog, new in the new one) at
 * the same level; one kind per old code; a rename is one-to-one and changes the code or the
 * name, onto a code that the old catalog does not list for another unit left undeclared; a split
 * lists at least two new codes; a merger's new code receives at least two old units
 * (an old unit that keeps the new code and declares nothing counts as one).
 *
 * <p>Everything else follows from comparing the catalogs: an old code the new catalog still
 * lists is {@link DivisionChange#UNCHANGED} (same name) or {@link DivisionChange#RENAMED} (other
 * name); an old code it no longer lists is {@link DivisionChange#REMOVED}; a new code that neither
 * the old catalog lists nor a declared change produces is {@link DivisionChange#ADDED}. Codes are
 * compared by the entry at the highest level each is listed at ({@link DivisionCatalog#find(DivisionCode)}),
 * so stand-ins are not separate units.
 *
 * <p>Thread safety: immutable; safe to share between threads.
 */
public final class DivisionMapping {

    /**
     * One declared old→new pair.
     *
     * <p>Thread safety: immutable.
     *
     * @param oldCode a code of the old catalog
     * @param newCode a code of the new catalog
     * @param change  {@link DivisionChange#MERGED}, {@link DivisionChange#SPLIT} or {@link DivisionChange#RENAMED}
     */
    public record Declared(DivisionCode oldCode, DivisionCode newCode, DivisionChange change) {
        /**
         * Rejects nulls and changes that cannot be declared.
         *
         * @param oldCode a code of the old catalog
         * @param newCode a code of the new catalog
         * @param change {@link DivisionChange#MERGED}, {@link DivisionChange#SPLIT} or {@link DivisionChange#RENAMED}
         */
        public Declared {
            Objects.requireNonNull(oldCode, "oldCode");
            Objects.requireNonNull(newCode, "newCode");
            Objects.requireNonNull(change, "change");
            if (!change.isDeclarable()) {
                throw new IllegalArgumentException("not a declarable change: " + change);
            }
        }
    }

    /**
     * What became of one old code.
     *
     * <p>Thread safety: immutable.
     *
     * @param oldCode  the code in the old catalog
     * @param change   how it changed
     * @param newCodes the code(s) it continues under, in code order; empty for
     *                 {@link DivisionChange#REMOVED}
     */
    public record Outcome(DivisionCode oldCode, DivisionChange change, List<DivisionCode> newCodes) {
        /**
         * Copies the list; rejects nulls.
         *
         * @param oldCode the code in the old catalog
         * @param change how it changed
         * @param newCodes the code(s) it continues under, in code order; empty for {@link DivisionChange#REMOVED}
         */
        public Outcome {
            Objects.requireNonNull(oldCode, "oldCode");
            Objects.requireNonNull(change, "change");
            newCodes = List.copyOf(newCodes);
        }
    }

    private static final List<String> COLUMNS = List.of("old_code", "new_code", "change");

    private record Line(long line, Declared declared) {
    }

    private final int fromYear;
    private final int toYear;
    private final Map<DivisionCode, Outcome> outcomes;
    private final List<DivisionCode> added;
    private final Map<DivisionCode, List<DivisionCode>> sources;

    private DivisionMapping(int fromYear, int toYear, Map<DivisionCode, Outcome> outcomes, List<DivisionCode> added) {
        this.fromYear = fromYear;
        this.toYear = toYear;
        this.outcomes = outcomes;
        this.added = List.copyOf(added);
        Map<DivisionCode, Set<DivisionCode>> back = new TreeMap<>();
        for (Outcome o : outcomes.values()) {
            for (DivisionCode n : o.newCodes()) {
                back.computeIfAbsent(n, k -> new TreeSet<>()).add(o.oldCode());
            }
        }
        Map<DivisionCode, List<DivisionCode>> frozen = new HashMap<>();
        back.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
        this.sources = Map.copyOf(frozen);
    }

    /**
     * The mapping that comparing the catalogs alone gives (no declared changes).
     *
     * @param from the old catalog
     * @param to the new catalog
     * @return the mapping that comparing the catalogs alone gives (no declared changes)
     */
    public static DivisionMapping between(DivisionCatalog from, DivisionCatalog to) {
        return of(from, to, List.of());
    }

    /**
     * The mapping with the given declared changes, checked as a loaded file is; a problem's line
     * is the change's 1-based position in {@code declared}.
     *
     * @param from the old catalog
     * @param to the new catalog
     * @param declared the declared merges, splits and renamings
     * @return the mapping with the given declared changes, checked as a loaded file is
     * @throws DataFileException listing every problem
     */
    public static DivisionMapping of(DivisionCatalog from, DivisionCatalog to, Collection<Declared> declared) {
        Objects.requireNonNull(declared, "declared");
        List<Line> lines = new ArrayList<>();
        long n = 1;
        for (Declared d : declared) {
            lines.add(new Line(n++, Objects.requireNonNull(d, "declared change")));
        }
        return build(checkYears(from, to), to, "DivisionMapping.of(" + from.year() + "->" + to.year() + ")", lines,
                new ArrayList<>());
    }

    /**
     * Loads declared changes from a CSV file (see the class comment).
     *
     * @param file the file to read
     * @param from the old catalog
     * @param to the new catalog
     * @return the mapping
     */
    public static DivisionMapping load(Path file, DivisionCatalog from, DivisionCatalog to) {
        Objects.requireNonNull(file, "file");
        try (InputStream in = Files.newInputStream(file)) {
            return load(in, file.toString(), from, to);
        } catch (IOException e) {
            throw DataFileException.unreadable(file.toString(), e);
        }
    }

    /**
     * Loads declared changes from a CSV stream, read to its end and not closed.
     *
     * @param in the stream, read to its end and not closed
     * @param source the name used in problems, for example the file name
     * @param from the old catalog
     * @param to the new catalog
     * @return the mapping
     */
    public static DivisionMapping load(InputStream in, String source, DivisionCatalog from, DivisionCatalog to) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(source, "source");
        checkYears(from, to);
        CsvTable table = CsvTable.read(in, source);
        List<DataProblem> problems = new ArrayList<>();
        Map<String, Integer> columns = new LinkedHashMap<>();
        for (int i = 0; i < table.header().size(); i++) {
            String name = table.header().get(i).toLowerCase(Locale.ROOT);
            if (!COLUMNS.contains(name) || columns.put(name, i) != null) {
                columns.clear();
                break;
            }
        }
        if (columns.size() != COLUMNS.size()) {
            problems.add(DataProblem.of(source, 1, "", CoreError.DIVISION_MAPPING_HEADER,
                    String.join(",", table.header())));
            throw DataFileException.malformed(source, problems);
        }
        List<Line> lines = new ArrayList<>();
        for (CsvTable.Row row : table.rows()) {
            List<String> f = row.fields();
            if (f.size() != COLUMNS.size()) {
                problems.add(DataProblem.of(source, row.line(), "", CoreError.DIVISION_CATALOG_FIELD_COUNT,
                        COLUMNS.size(), f.size()));
                continue;
            }
            int before = problems.size();
            Optional<DivisionCode> oldCode = code(source, row.line(), "old_code", f.get(columns.get("old_code")),
                    problems);
            Optional<DivisionCode> newCode = code(source, row.line(), "new_code", f.get(columns.get("new_code")),
                    problems);
            String changeText = f.get(columns.get("change"));
            Optional<DivisionChange> change = DivisionChange.ofDeclaredName(changeText);
            if (change.isEmpty()) {
                problems.add(DataProblem.of(source, row.line(), "change", CoreError.DIVISION_MAPPING_BAD_CHANGE,
                        changeText.strip()));
            }
            if (problems.size() == before) {
                lines.add(new Line(row.line(), new Declared(oldCode.orElseThrow(), newCode.orElseThrow(),
                        change.orElseThrow())));
            }
        }
        return build(from, to, source, lines, problems);
    }

    private static DivisionCatalog checkYears(DivisionCatalog from, DivisionCatalog to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (from.year() >= to.year()) {
            throw new IllegalArgumentException("the old catalog (" + from.year() + ") must precede the new one ("
                    + to.year() + ")");
        }
        return from;
    }

    private static Optional<DivisionCode> code(String source, long line, String field, String text,
            List<DataProblem> problems) {
        CodeCheck<DivisionCode, DivisionCode.Reason> check = DivisionCode.check(text);
        if (!check.isValid()) {
            problems.add(DataProblem.of(source, line, field, CoreError.DIVISION_CATALOG_BAD_CODE, field,
                    check.messageZh(), check.messageEn()));
        }
        return check.value();
    }

    private static DivisionMapping build(DivisionCatalog from, DivisionCatalog to, String source, List<Line> lines,
            List<DataProblem> problems) {
        Map<List<DivisionCode>, Line> pairs = new HashMap<>();
        Map<DivisionCode, Line> kindOf = new HashMap<>();
        Map<DivisionCode, List<Line>> byOld = new LinkedHashMap<>();
        Map<DivisionCode, List<Line>> byNew = new LinkedHashMap<>();
        for (Line l : lines) {
            Declared d = l.declared();
            int before = problems.size();
            Optional<DivisionEntry> oldEntry = from.find(d.oldCode());
            Optional<DivisionEntry> newEntry = to.find(d.newCode());
            if (oldEntry.isEmpty()) {
                problems.add(problem(source, l, "old_code", CoreError.DIVISION_MAPPING_NOT_IN_OLD, d.oldCode(),
                        from.year()));
            }
            if (newEntry.isEmpty()) {
                problems.add(problem(source, l, "new_code", CoreError.DIVISION_MAPPING_NOT_IN_NEW, d.newCode(),
                        to.year()));
            }
            if (oldEntry.isPresent() && newEntry.isPresent() && oldEntry.get().level() != newEntry.get().level()) {
                problems.add(problem(source, l, "new_code", CoreError.DIVISION_MAPPING_LEVEL_MISMATCH, d.oldCode(),
                        DivisionCatalog.label(oldEntry.get().level()), d.newCode(),
                        DivisionCatalog.label(newEntry.get().level())));
            }
            Line same = pairs.putIfAbsent(List.of(d.oldCode(), d.newCode()), l);
            if (same != null) {
                problems.add(problem(source, l, "new_code", CoreError.DIVISION_MAPPING_DUPLICATE, d.oldCode(),
                        d.newCode(), same.line()));
                continue;
            }
            Line kind = kindOf.putIfAbsent(d.oldCode(), l);
            if (kind != null && kind.declared().change() != d.change()) {
                problems.add(problem(source, l, "change", CoreError.DIVISION_MAPPING_CONFLICT, d.oldCode(),
                        kind.line(), label(kind.declared().change()), label(d.change())));
            }
            if (problems.size() == before) {
                byOld.computeIfAbsent(d.oldCode(), k -> new ArrayList<>()).add(l);
                byNew.computeIfAbsent(d.newCode(), k -> new ArrayList<>()).add(l);
            }
        }
        for (Map.Entry<DivisionCode, List<Line>> group : byOld.entrySet()) {
            List<Line> rows = group.getValue();
            Line first = rows.get(0);
            Declared d = first.declared();
            switch (d.change()) {
                case RENAMED -> {
                    List<Line> others = new ArrayList<>(byNew.get(d.newCode()));
                    others.addAll(rows);
                    others.removeIf(o -> o == first);
                    if (!others.isEmpty()) {
                        Line other = others.get(0);
                        Line later = other.line() > first.line() ? other : first;
                        problems.add(problem(source, later, "new_code",
                                CoreError.DIVISION_MAPPING_RENAMED_NOT_ONE_TO_ONE, d.oldCode(), d.newCode(),
                                later == first ? other.line() : first.line()));
                    } else if (!d.oldCode().equals(d.newCode()) && from.contains(d.newCode())
                            && !byOld.containsKey(d.newCode())) {
                        problems.add(problem(source, first, "new_code",
                                CoreError.DIVISION_MAPPING_RENAMED_ONTO_LISTED, d.oldCode(), d.newCode(),
                                from.find(d.newCode()).orElseThrow().name()));
                    } else if (d.oldCode().equals(d.newCode()) && from.find(d.oldCode()).orElseThrow().name()
                            .equals(to.find(d.newCode()).orElseThrow().name())) {
                        problems.add(problem(source, first, "change", CoreError.DIVISION_MAPPING_RENAMED_UNCHANGED,
                                d.oldCode(), from.find(d.oldCode()).orElseThrow().name()));
                    }
                }
                case SPLIT -> {
                    if (rows.size() < 2) {
                        problems.add(problem(source, first, "new_code", CoreError.DIVISION_MAPPING_SPLIT_SINGLE,
                                d.oldCode(), d.newCode()));
                    }
                }
                case MERGED -> {
                    List<Line> into = byNew.get(d.newCode()).stream()
                            .filter(o -> o.declared().change() == DivisionChange.MERGED).toList();
                    boolean keeper = !byOld.containsKey(d.newCode()) && from.contains(d.newCode());
                    if (into.size() + (keeper ? 1 : 0) < 2) {
                        problems.add(problem(source, first, "new_code", CoreError.DIVISION_MAPPING_MERGE_SINGLE,
                                d.oldCode(), d.newCode()));
                    }
                }
                default -> throw new IllegalStateException("not declarable: " + d.change());
            }
        }
        if (!problems.isEmpty()) {
            problems.sort(Comparator.comparingLong(DataProblem::line));
            throw DataFileException.malformed(source, problems);
        }
        Map<DivisionCode, Outcome> outcomes = new LinkedHashMap<>();
        Set<DivisionCode> produced = new LinkedHashSet<>();
        for (DivisionEntry e : from) {
            DivisionCode c = e.code();
            if (outcomes.containsKey(c)) {
                continue;
            }
            List<Line> rows = byOld.get(c);
            if (rows != null) {
                List<DivisionCode> targets = rows.stream().map(l -> l.declared().newCode()).sorted().toList();
                produced.addAll(targets);
                outcomes.put(c, new Outcome(c, rows.get(0).declared().change(), targets));
            } else {
                Optional<DivisionEntry> now = to.find(c);
                DivisionChange change = now.isEmpty() ? DivisionChange.REMOVED
                        : now.get().name().equals(e.name()) ? DivisionChange.UNCHANGED : DivisionChange.RENAMED;
                outcomes.put(c, new Outcome(c, change, now.isEmpty() ? List.of() : List.of(c)));
            }
        }
        List<DivisionCode> added = new ArrayList<>();
        for (DivisionEntry e : to) {
            DivisionCode c = e.code();
            if (!from.contains(c) && !produced.contains(c) && (added.isEmpty() || !added.get(added.size() - 1)
                    .equals(c))) {
                added.add(c);
            }
        }
        return new DivisionMapping(from.year(), to.year(), Map.copyOf(outcomes), added);
    }

    private static String label(DivisionChange change) {
        return change.name() + "/" + change.nameZh();
    }

    private static DataProblem problem(String source, Line line, String field, ErrorCode code, Object... args) {
        return DataProblem.of(source, line.line(), field, code, args);
    }

    /**
     * The year of the old catalog.
     *
     * @return the year of the old catalog
     */
    public int fromYear() {
        return fromYear;
    }

    /**
     * The year of the new catalog.
     *
     * @return the year of the new catalog
     */
    public int toYear() {
        return toYear;
    }

    /**
     * What became of {@code oldCode}; empty if the old catalog does not list it.
     *
     * @param oldCode a code of the old catalog
     * @return the outcome; empty if the old catalog does not list {@code oldCode}
     */
    public Optional<Outcome> map(DivisionCode oldCode) {
        return Optional.ofNullable(outcomes.get(Objects.requireNonNull(oldCode, "oldCode")));
    }

    /**
     * The outcome of every code of the old catalog, in code order.
     *
     * @return the outcome of every code of the old catalog, in code order
     */
    public List<Outcome> outcomes() {
        return outcomes.values().stream().sorted(Comparator.comparing(Outcome::oldCode)).toList();
    }

    /**
     * The outcomes of one kind, in code order.
     *
     * @param change {@link DivisionChange#MERGED}, {@link DivisionChange#SPLIT} or {@link DivisionChange#RENAMED}
     * @return the outcomes of one kind, in code order
     */
    public List<Outcome> outcomes(DivisionChange change) {
        Objects.requireNonNull(change, "change");
        return outcomes().stream().filter(o -> o.change() == change).toList();
    }

    /**
     * The codes of the new catalog that are {@link DivisionChange#ADDED}, in code order.
     *
     * @return the codes of the new catalog that are {@link DivisionChange#ADDED}, in code order
     */
    public List<DivisionCode> added() {
        return added;
    }

    /**
     * The old codes that continue under {@code newCode}, in code order; empty for an added code.
     *
     * @param newCode a code of the new catalog
     * @return the old codes that continue under {@code newCode}, in code order; empty for an added code
     */
    public List<DivisionCode> sourcesOf(DivisionCode newCode) {
        return sources.getOrDefault(Objects.requireNonNull(newCode, "newCode"), List.of());
    }

    @Override
    public String toString() {
        return "DivisionMapping[" + fromYear + "->" + toYear + ", " + outcomes.size() + " old codes, " + added.size()
                + " added]";
    }
}
