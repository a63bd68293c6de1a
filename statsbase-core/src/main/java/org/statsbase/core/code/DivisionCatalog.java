package org.statsbase.core.code;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.statsbase.core.code.internal.CsvTable;
import org.statsbase.core.error.CoreError;
import org.statsbase.core.error.DataFileException;
import org.statsbase.core.error.DataProblem;
import org.statsbase.core.error.ErrorCode;
import org.statsbase.core.error.StatsbaseException;
import org.statsbase.core.io.InputLimits;

/**
 * One year's 统计用区划代码 catalog (国家统计局 publishes one a year, reference date 30 June): a tree
 * of {@link DivisionEntry} units from province down to village, as far down as the user supplies
 * it. The library ships no catalog; users load the one they need.
 *
 * <h2>CSV format</h2>
 * UTF-8 (a byte order mark is allowed), comma-separated, RFC 4180 quoting, the first row a header
 * naming the columns {@code code,name,level,parent} and optionally {@code urban_rural}, each
 * once, in any order:
 * <ul>
 *   <li>{@code code}: a division code, 12 digits or a 2/4/6/9-digit prefix ({@link DivisionCode});
 *   <li>{@code name}: not blank;
 *   <li>{@code level}: a {@link DivisionLevel} by constant name in any case ({@code COUNTY}) or
 *       Chinese name ({@code 县级});
 *   <li>{@code parent}: the parent's code; empty for a province and only for a province;
 *   <li>{@code urban_rural}: a {@link UrbanRuralCode}, only on village-level units, may be empty.
 * </ul>
 * Rows whose fields are all blank are ignored; every other row is checked.
 *
 * <h2>Checks</h2>
 * Every code is valid and listed once per level; a non-province's parent is the parent its digits
 * give ({@link DivisionCode#parent()}) and is in the catalog; the level is the one the digits
 * imply and lies below a level the parent is listed at. The one exception is a stand-in (see
 * {@link DivisionEntry}): an entry whose parent is its own code, which needs the same code listed
 * one level up. Every problem of every line is collected and thrown at once as a
 * {@link DataFileException} ({@code malformed}), each with its line number; nothing is skipped.
 *
 * <h2>Lookups</h2>
 * Iteration, {@link #entries()} and {@link #stream()} run in code order (and for a stand-in, the
 * higher level first). {@link #find(DivisionCode)} gives the entry at the highest level a code is
 * listed at; {@link #find(DivisionCode, DivisionLevel)} a given level.
 *
 * <p>Thread safety: immutable after loading; safe to share between threads.
 */
public final class DivisionCatalog implements Iterable<DivisionEntry> {

    /** The first year a catalog can have (the People's Republic, and its division codes, begin in 1949). */
    public static final int MIN_YEAR = 1949;

    /** The last year a catalog can have (four digits). */
    public static final int MAX_YEAR = 9999;

    private static final List<String> REQUIRED = List.of("code", "name", "level", "parent");
    private static final String OPTIONAL = "urban_rural";
    private static final Comparator<DivisionEntry> CODE_ORDER =
            Comparator.comparing(DivisionEntry::code).thenComparing(DivisionEntry::level);

    private record Key(DivisionCode code, DivisionLevel level) {
        static Key of(DivisionEntry e) {
            return new Key(e.code(), e.level());
        }
    }

    private record Row(long line, DivisionEntry entry) {
    }

    private final int year;
    private final List<DivisionEntry> entries;
    private final Map<DivisionCode, List<DivisionEntry>> byCode;
    private final Map<Key, DivisionEntry> parents;
    private final Map<Key, List<DivisionEntry>> children;
    private final Map<DivisionLevel, Integer> counts;

    private DivisionCatalog(int year, List<DivisionEntry> entries, Map<Key, DivisionEntry> parents) {
        this.year = year;
        List<DivisionEntry> sorted = new ArrayList<>(entries);
        sorted.sort(CODE_ORDER);
        this.entries = List.copyOf(sorted);
        Map<DivisionCode, List<DivisionEntry>> codes = new HashMap<>();
        Map<Key, List<DivisionEntry>> kids = new HashMap<>();
        EnumMap<DivisionLevel, Integer> levelCounts = new EnumMap<>(DivisionLevel.class);
        for (DivisionLevel level : DivisionLevel.values()) {
            levelCounts.put(level, 0);
        }
        for (DivisionEntry e : this.entries) {
            codes.computeIfAbsent(e.code(), c -> new ArrayList<>(1)).add(e);
            levelCounts.merge(e.level(), 1, Integer::sum);
            DivisionEntry parent = parents.get(Key.of(e));
            if (parent != null) {
                kids.computeIfAbsent(Key.of(parent), k -> new ArrayList<>()).add(e);
            }
        }
        Map<DivisionCode, List<DivisionEntry>> frozenCodes = new HashMap<>();
        codes.forEach((k, v) -> frozenCodes.put(k, List.copyOf(v)));
        Map<Key, List<DivisionEntry>> frozenKids = new HashMap<>();
        kids.forEach((k, v) -> frozenKids.put(k, List.copyOf(v)));
        this.byCode = Map.copyOf(frozenCodes);
        this.children = Map.copyOf(frozenKids);
        this.parents = Map.copyOf(parents);
        this.counts = Collections.unmodifiableMap(levelCounts);
    }

    /**
     * A catalog of the given entries, checked as a loaded file is; a problem's line is the
     * entry's 1-based position in {@code entries}.
     *
     * @param year the catalog's year, {@value #MIN_YEAR}–{@value #MAX_YEAR}
     * @param entries the entries, in any order
     * @return a catalog of the given entries, checked as a loaded file is
     * @throws DataFileException listing every problem (source {@code "DivisionCatalog.of(<year>)"})
     * @throws StatsbaseException {@link CoreError#DIVISION_CATALOG_YEAR_OUT_OF_RANGE} unless
     *         {@value #MIN_YEAR} &lt;= {@code year} &lt;= {@value #MAX_YEAR}
     */
    public static DivisionCatalog of(int year, Collection<DivisionEntry> entries) {
        Objects.requireNonNull(entries, "entries");
        List<Row> rows = new ArrayList<>(entries.size());
        long line = 1;
        for (DivisionEntry e : entries) {
            rows.add(new Row(line++, Objects.requireNonNull(e, "entry")));
        }
        return build(checkYear(year), "DivisionCatalog.of(" + year + ")", rows, new ArrayList<>());
    }

    /**
     * Loads a catalog CSV (see the class comment for the format).
     *
     * @param file the file to read
     * @param year the catalog's year, {@value #MIN_YEAR}–{@value #MAX_YEAR}
     * @return the catalog
     * @throws DataFileException {@code unreadable} if the file cannot be read or is not UTF-8 CSV;
     *                           {@code malformed} listing every bad line
     * @throws StatsbaseException {@link CoreError#DIVISION_CATALOG_YEAR_OUT_OF_RANGE} unless
     *         {@value #MIN_YEAR} &lt;= {@code year} &lt;= {@value #MAX_YEAR}
     */
    public static DivisionCatalog load(Path file, int year) {
        return load(file, year, InputLimits.defaults());
    }

    /**
     * Loads a catalog CSV under {@code limits} (size, line and field length).
     *
     * @param file the file to read
     * @param year the catalog's year, {@value #MIN_YEAR}–{@value #MAX_YEAR}
     * @param limits the limits it is read under: size, line and field length
     * @return the catalog
     * @throws DataFileException {@code SB-CORE-1201}/{@code 1202} over a limit; {@code unreadable} if the
     *                           file cannot be read or is not UTF-8 CSV; {@code malformed} listing every bad line
     * @throws StatsbaseException {@link CoreError#DIVISION_CATALOG_YEAR_OUT_OF_RANGE} unless
     *         {@value #MIN_YEAR} &lt;= {@code year} &lt;= {@value #MAX_YEAR}
     */
    public static DivisionCatalog load(Path file, int year, InputLimits limits) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(limits, "limits");
        checkYear(year);
        try (InputStream in = Files.newInputStream(file)) {
            return load(in, file.toString(), year, limits);
        } catch (IOException e) {
            throw DataFileException.unreadable(file.toString(), e);
        }
    }

    /**
     * Loads a catalog CSV from a stream, which is read to its end and not closed.
     *
     * @param in the stream, read to its end and not closed
     * @param source the name used in problems, for example the file name
     * @param year the catalog's year, {@value #MIN_YEAR}–{@value #MAX_YEAR}
     * @return the catalog
     * @throws StatsbaseException {@link CoreError#DIVISION_CATALOG_YEAR_OUT_OF_RANGE} unless
     *         {@value #MIN_YEAR} &lt;= {@code year} &lt;= {@value #MAX_YEAR}
     */
    public static DivisionCatalog load(InputStream in, String source, int year) {
        return load(in, source, year, InputLimits.defaults());
    }

    /**
     * Loads a catalog CSV from a stream, which is read to its end and not closed, under {@code limits}.
     *
     * @param in the stream, read to its end and not closed
     * @param source the name used in problems, for example the file name
     * @param year the catalog's year, {@value #MIN_YEAR}–{@value #MAX_YEAR}
     * @param limits the limits it is read under: size, line and field length
     * @return the catalog
     * @throws DataFileException {@code SB-CORE-1201}/{@code 1202} over a limit, else as {@link #load(InputStream,
     *                           String, int)}
     * @throws StatsbaseException {@link CoreError#DIVISION_CATALOG_YEAR_OUT_OF_RANGE} unless
     *         {@value #MIN_YEAR} &lt;= {@code year} &lt;= {@value #MAX_YEAR}
     */
    public static DivisionCatalog load(InputStream in, String source, int year, InputLimits limits) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(limits, "limits");
        checkYear(year);
        CsvTable table = CsvTable.read(in, source, limits);
        List<DataProblem> problems = new ArrayList<>();
        Map<String, Integer> columns = columns(table.header());
        if (columns.isEmpty()) {
            problems.add(DataProblem.of(source, 1, "", CoreError.DIVISION_CATALOG_HEADER,
                    String.join(",", table.header()), String.join(",", REQUIRED), OPTIONAL));
            throw DataFileException.malformed(source, problems);
        }
        List<Row> rows = new ArrayList<>(table.rows().size());
        for (CsvTable.Row row : table.rows()) {
            parseRow(source, row, columns, problems).ifPresent(e -> rows.add(new Row(row.line(), e)));
        }
        return build(year, source, rows, problems);
    }

    /**
     * The year, when a catalog can have it: statistical division codes start with the People's
     * Republic (1949) and a year has four digits. The year is user input (a file name, a command
     * line option), so a bad one is a typed error, not a programmer error.
     */
    private static int checkYear(int year) {
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw new StatsbaseException(CoreError.DIVISION_CATALOG_YEAR_OUT_OF_RANGE, year,
                    MIN_YEAR + "-" + MAX_YEAR);
        }
        return year;
    }

    /** Column name to index, or empty if the header is wrong. */
    private static Map<String, Integer> columns(List<String> header) {
        Map<String, Integer> columns = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).toLowerCase(Locale.ROOT);
            if (!(REQUIRED.contains(name) || OPTIONAL.equals(name)) || columns.put(name, i) != null) {
                return Map.of();
            }
        }
        return columns.keySet().containsAll(REQUIRED) ? columns : Map.of();
    }

    private static Optional<DivisionEntry> parseRow(String source, CsvTable.Row row, Map<String, Integer> columns,
            List<DataProblem> problems) {
        long line = row.line();
        List<String> f = row.fields();
        if (f.size() != columns.size()) {
            problems.add(DataProblem.of(source, line, "", CoreError.DIVISION_CATALOG_FIELD_COUNT, columns.size(),
                    f.size()));
            return Optional.empty();
        }
        int before = problems.size();
        CodeCheck<DivisionCode, DivisionCode.Reason> code = DivisionCode.check(f.get(columns.get("code")));
        if (!code.isValid()) {
            problems.add(badCode(source, line, "code", code));
        }
        String name = f.get(columns.get("name")).strip();
        String levelText = f.get(columns.get("level"));
        Optional<DivisionLevel> level = DivisionLevel.ofName(levelText);
        if (level.isEmpty()) {
            problems.add(DataProblem.of(source, line, "level", CoreError.DIVISION_CATALOG_BAD_LEVEL,
                    levelText.strip()));
        }
        String parentText = f.get(columns.get("parent"));
        Optional<DivisionCode> parent = Optional.empty();
        if (!parentText.isBlank()) {
            CodeCheck<DivisionCode, DivisionCode.Reason> p = DivisionCode.check(parentText);
            if (p.isValid()) {
                parent = p.value();
            } else {
                problems.add(badCode(source, line, "parent", p));
            }
        }
        Optional<UrbanRuralCode> urbanRural = Optional.empty();
        Integer urIndex = columns.get(OPTIONAL);
        if (urIndex != null && !f.get(urIndex).isBlank()) {
            CodeCheck<UrbanRuralCode, UrbanRuralCode.Reason> u = UrbanRuralCode.check(f.get(urIndex));
            if (u.isValid()) {
                urbanRural = u.value();
            } else {
                problems.add(DataProblem.of(source, line, OPTIONAL, CoreError.DIVISION_CATALOG_BAD_URBAN_RURAL,
                        u.messageZh(), u.messageEn()));
            }
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new DivisionEntry(code.value().orElseThrow(), name, level.orElseThrow(), parent,
                urbanRural));
    }

    private static DataProblem badCode(String source, long line, String field,
            CodeCheck<DivisionCode, DivisionCode.Reason> check) {
        return DataProblem.of(source, line, field, CoreError.DIVISION_CATALOG_BAD_CODE, field, check.messageZh(),
                check.messageEn());
    }

    private static DivisionCatalog build(int year, String source, List<Row> rows, List<DataProblem> problems) {
        Map<Key, Row> first = new HashMap<>();
        Map<DivisionCode, EnumMap<DivisionLevel, DivisionEntry>> byCode = new HashMap<>();
        List<Row> unique = new ArrayList<>(rows.size());
        for (Row row : rows) {
            DivisionEntry e = row.entry();
            Row earlier = first.putIfAbsent(Key.of(e), row);
            if (earlier != null) {
                problems.add(problem(source, row, "code", CoreError.DIVISION_CATALOG_DUPLICATE, e.code(),
                        label(e.level()), earlier.line()));
            } else {
                unique.add(row);
                byCode.computeIfAbsent(e.code(), c -> new EnumMap<>(DivisionLevel.class)).put(e.level(), e);
            }
        }
        Map<Key, DivisionEntry> parents = new HashMap<>();
        for (Row row : unique) {
            DivisionEntry e = row.entry();
            if (e.name().isBlank()) {
                problems.add(problem(source, row, "name", CoreError.DIVISION_CATALOG_EMPTY_NAME, e.code()));
            }
            if (e.urbanRural().isPresent() && e.level() != DivisionLevel.VILLAGE) {
                problems.add(problem(source, row, OPTIONAL, CoreError.DIVISION_CATALOG_URBAN_RURAL_NOT_VILLAGE,
                        e.code(), label(e.level())));
            }
            resolveParent(source, row, byCode, problems).ifPresent(p -> parents.put(Key.of(e), p));
        }
        if (!problems.isEmpty()) {
            problems.sort(Comparator.comparingLong(DataProblem::line));
            throw DataFileException.malformed(source, problems);
        }
        return new DivisionCatalog(year, unique.stream().map(Row::entry).toList(), parents);
    }

    private static Optional<DivisionEntry> resolveParent(String source, Row row,
            Map<DivisionCode, EnumMap<DivisionLevel, DivisionEntry>> byCode, List<DataProblem> problems) {
        DivisionEntry e = row.entry();
        DivisionCode code = e.code();
        if (e.parent().isEmpty()) {
            if (e.level() != DivisionLevel.PROVINCE) {
                problems.add(problem(source, row, "parent", CoreError.DIVISION_CATALOG_PARENT_REQUIRED, code,
                        label(e.level())));
            } else if (code.level() != DivisionLevel.PROVINCE) {
                problems.add(problem(source, row, "level", CoreError.DIVISION_CATALOG_LEVEL_IMPLAUSIBLE, code,
                        label(e.level()), label(code.level())));
            }
            return Optional.empty();
        }
        DivisionCode parent = e.parent().get();
        if (e.level() == DivisionLevel.PROVINCE) {
            problems.add(problem(source, row, "parent", CoreError.DIVISION_CATALOG_PROVINCE_WITH_PARENT, code,
                    parent));
            return Optional.empty();
        }
        Map<DivisionLevel, DivisionEntry> listed = byCode.getOrDefault(parent, new EnumMap<>(DivisionLevel.class));
        if (parent.equals(code)) {
            DivisionLevel up = e.level().above().orElseThrow();
            DivisionEntry standsFor = listed.get(up);
            if (standsFor == null) {
                problems.add(problem(source, row, "parent", CoreError.DIVISION_CATALOG_STAND_IN_WITHOUT_UNIT, code,
                        label(e.level()), label(up)));
            }
            return Optional.ofNullable(standsFor);
        }
        Optional<DivisionCode> byDigits = code.parent();
        if (byDigits.isEmpty() || !byDigits.get().equals(parent)) {
            problems.add(problem(source, row, "parent", CoreError.DIVISION_CATALOG_PARENT_MISMATCH, code,
                    byDigits.map(DivisionCode::toString).orElse("—"), parent));
            return Optional.empty();
        }
        if (e.level() != code.level()) {
            problems.add(problem(source, row, "level", CoreError.DIVISION_CATALOG_LEVEL_IMPLAUSIBLE, code,
                    label(e.level()), label(code.level())));
            return Optional.empty();
        }
        if (listed.isEmpty()) {
            problems.add(problem(source, row, "parent", CoreError.DIVISION_CATALOG_PARENT_MISSING, code, parent));
            return Optional.empty();
        }
        DivisionEntry nearest = null;
        for (Map.Entry<DivisionLevel, DivisionEntry> candidate : listed.entrySet()) {
            if (candidate.getKey().isAbove(e.level())) {
                nearest = candidate.getValue();
            }
        }
        if (nearest == null) {
            problems.add(problem(source, row, "level", CoreError.DIVISION_CATALOG_LEVEL_NOT_BELOW_PARENT, code,
                    label(e.level()), parent));
        }
        return Optional.ofNullable(nearest);
    }

    /** A level as both audiences read it, for example {@code COUNTY/县级}. */
    static String label(DivisionLevel level) {
        return level.name() + "/" + level.nameZh();
    }

    private static DataProblem problem(String source, Row row, String field, ErrorCode code, Object... args) {
        return DataProblem.of(source, row.line(), field, code, args);
    }

    /**
     * The year of the catalog (its data's reference date is 30 June of that year).
     *
     * @return the year of the catalog (its data's reference date is 30 June of that year)
     */
    public int year() {
        return year;
    }

    /**
     * The number of entries (a stand-in counts as an entry of its own).
     *
     * @return the number of entries (a stand-in counts as an entry of its own)
     */
    public int size() {
        return entries.size();
    }

    /**
     * Every entry in code order.
     *
     * @return every entry in code order
     */
    public List<DivisionEntry> entries() {
        return entries;
    }

    /**
     * Every entry in code order.
     *
     * @return every entry in code order
     */
    public Stream<DivisionEntry> stream() {
        return entries.stream();
    }

    @Override
    public Iterator<DivisionEntry> iterator() {
        return entries.iterator();
    }

    /**
     * The entries listed at {@code level}, in code order.
     *
     * @param level the level
     * @return the entries listed at {@code level}, in code order
     */
    public List<DivisionEntry> entries(DivisionLevel level) {
        Objects.requireNonNull(level, "level");
        return entries.stream().filter(e -> e.level() == level).toList();
    }

    /**
     * The number of entries listed at {@code level}.
     *
     * @param level the level
     * @return the number of entries listed at {@code level}
     */
    public int count(DivisionLevel level) {
        return counts.get(Objects.requireNonNull(level, "level"));
    }

    /**
     * The number of entries per level, every level present (possibly 0).
     *
     * @return the number of entries per level, every level present (possibly 0)
     */
    public Map<DivisionLevel, Integer> countsByLevel() {
        return counts;
    }

    /**
     * Whether the catalog lists {@code code} at any level.
     *
     * @param code the code to look up
     * @return whether the catalog lists {@code code} at any level
     */
    public boolean contains(DivisionCode code) {
        return byCode.containsKey(Objects.requireNonNull(code, "code"));
    }

    /**
     * The entry of {@code code} at the highest level it is listed at (the unit, not a stand-in).
     *
     * @param code the code to look up
     * @return the entry of {@code code} at the highest level it is listed at (the unit, not a stand-in)
     */
    public Optional<DivisionEntry> find(DivisionCode code) {
        List<DivisionEntry> listed = byCode.get(Objects.requireNonNull(code, "code"));
        return listed == null ? Optional.empty() : Optional.of(listed.get(0));
    }

    /**
     * The entry of {@code code} listed at {@code level}.
     *
     * @param code the code to look up
     * @param level the level it is listed at
     * @return the entry of {@code code} listed at {@code level}
     */
    public Optional<DivisionEntry> find(DivisionCode code, DivisionLevel level) {
        Objects.requireNonNull(level, "level");
        return byCode.getOrDefault(Objects.requireNonNull(code, "code"), List.of()).stream()
                .filter(e -> e.level() == level).findFirst();
    }

    /**
     * The parent entry of the entry listed with {@code entry}'s code and level; empty for a
     * province or a code and level this catalog does not list.
     *
     * @param entry an entry of this catalog
     * @return the parent entry of the entry listed with {@code entry}'s code and level
     */
    public Optional<DivisionEntry> parentOf(DivisionEntry entry) {
        return Optional.ofNullable(parents.get(Key.of(Objects.requireNonNull(entry, "entry"))));
    }

    /**
     * The entries whose parent is {@code entry}, in code order.
     *
     * @param entry an entry of this catalog
     * @return the entries whose parent is {@code entry}, in code order
     */
    public List<DivisionEntry> children(DivisionEntry entry) {
        return children.getOrDefault(Key.of(Objects.requireNonNull(entry, "entry")), List.of());
    }

    /**
     * The children of {@link #find(DivisionCode) find(code)}; empty if the code is not listed.
     *
     * @param code the code to look up
     * @return the children of {@link #find(DivisionCode) find(code)}; empty if the code is not listed
     */
    public List<DivisionEntry> children(DivisionCode code) {
        return find(code).map(this::children).orElse(List.of());
    }

    /**
     * The entry and its ancestors up to the province, in that order.
     *
     * @param entry an entry of this catalog
     * @return the entry and its ancestors up to the province, in that order
     */
    public List<DivisionEntry> pathToRoot(DivisionEntry entry) {
        List<DivisionEntry> path = new ArrayList<>();
        for (Optional<DivisionEntry> e = Optional.of(entry); e.isPresent(); e = parentOf(e.get())) {
            path.add(e.get());
        }
        return List.copyOf(path);
    }

    /**
     * The path to the province from the entry of {@code code} at the lowest level it is listed at
     * (so through a stand-in, if there is one); empty if the code is not listed.
     *
     * @param code the code to look up
     * @return the path to the province from the entry of {@code code} at the lowest level it is listed at (so through
     *         a stand-in, if there is one)
     */
    public List<DivisionEntry> pathToRoot(DivisionCode code) {
        List<DivisionEntry> listed = byCode.getOrDefault(Objects.requireNonNull(code, "code"), List.of());
        return listed.isEmpty() ? List.of() : pathToRoot(listed.get(listed.size() - 1));
    }

    @Override
    public String toString() {
        return "DivisionCatalog[" + year + ", " + entries.size() + " entries]";
    }
}
