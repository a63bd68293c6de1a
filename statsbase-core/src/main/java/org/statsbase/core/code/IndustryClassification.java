package org.statsbase.core.code;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import org.statsbase.core.error.DataFileException;
import org.statsbase.core.io.InputLimits;

/**
 * A table of GB/T 4754-2017 国民经济行业分类 (as amended by its 第1号修改单 of 2019): the entries
 * of its levels 门类 (section), 大类 (division), 中类 (group) and 小类 (class) with their Chinese
 * names, and the check of a code against them.
 *
 * <p>{@link #shipped()} is the part of the standard that statsbase ships: the 20 sections and
 * 97 divisions, written by hand into the resource {@code industry-sections-and-divisions-2017.json} beside
 * this class (dated, with its source). It checks group and class codes down to their division
 * only, and its {@link IndustryCheck#checkedTo()} says so. The full four-level table (473
 * groups, about 1,381 classes) is not shipped: users load it with {@link #loadJson(Path)} (a
 * nested array of {@code {code, name, children}}: sections by letter, the others by digits) or
 * {@link #loadCsv(Path)} ({@code code,name} with a header; a code is a letter or 2, 3 or 4
 * digits; rows in any order). Any form {@link IndustryCode#parse(CharSequence)} accepts, such as
 * {@code C13}, is read too and kept in canonical form. Both loaders check the structure — every code valid, unique, under the right parent,
 * levels nested, names non-empty, every section and division present, every section, division
 * and group with entries below it — and report every problem at once with its line (CSV) or JSON
 * path in a {@link DataFileException}.
 *
 * <p>Two classifications are equal when they hold the same entries to the same depth, whatever
 * file they came from.
 *
 * <p>Thread safety: immutable; {@link #shipped()} is loaded once, lazily and safely.
 */
public final class IndustryClassification {

    private static final String SHIPPED_RESOURCE = "industry-sections-and-divisions-2017.json";

    private final String source;
    private final IndustryLevel depth;
    private final List<IndustryEntry> entries;
    private final Map<IndustryCode, IndustryEntry> byCode;
    private final Map<IndustryCode, List<IndustryEntry>> children;
    private final Map<IndustryLevel, List<IndustryEntry>> byLevel;

    /** @param names every entry's name in canonical code order, which is the tree's pre-order */
    IndustryClassification(String source, IndustryLevel depth, SortedMap<IndustryCode, String> names) {
        this.source = source;
        this.depth = depth;
        List<IndustryEntry> all = new ArrayList<>(names.size());
        Map<IndustryCode, IndustryEntry> codes = new HashMap<>(names.size() * 2);
        Map<IndustryCode, List<IndustryEntry>> below = new HashMap<>();
        Map<IndustryLevel, List<IndustryEntry>> levels = new EnumMap<>(IndustryLevel.class);
        for (IndustryLevel level : IndustryLevel.values()) {
            levels.put(level, new ArrayList<>());
        }
        names.forEach((code, name) -> {
            IndustryEntry entry = IndustryEntry.of(code, name);
            all.add(entry);
            codes.put(code, entry);
            levels.get(entry.level()).add(entry);
            code.parent().ifPresent(p -> below.computeIfAbsent(p, k -> new ArrayList<>()).add(entry));
        });
        this.entries = List.copyOf(all);
        this.byCode = Map.copyOf(codes);
        Map<IndustryCode, List<IndustryEntry>> frozen = new HashMap<>();
        below.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
        this.children = Map.copyOf(frozen);
        levels.replaceAll((k, v) -> List.copyOf(v));
        this.byLevel = Collections.unmodifiableMap(levels);
    }

    private static final class Shipped {
        static final IndustryClassification TABLE = load();

        private static IndustryClassification load() {
            String name = "org/statsbase/core/code/" + SHIPPED_RESOURCE;
            try (InputStream in = IndustryClassification.class.getResourceAsStream(SHIPPED_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("statsbase is broken: resource " + name + " is missing");
                }
                return IndustryTableReader.readJson(in, name, IndustryLevel.DIVISION, "entries",
                        InputLimits.defaults());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * The 20 sections and 97 divisions of GB/T 4754-2017 that statsbase ships; groups and
     * classes are checked down to their division.
     *
     * @return the 20 sections and 97 divisions of GB/T 4754-2017 that statsbase ships (depth
     *     {@link IndustryLevel#DIVISION}); the same table on every call
     */
    public static IndustryClassification shipped() {
        return Shipped.TABLE;
    }

    /**
     * Loads a full four-level table from nested JSON {@code [{code, name, children: [...]}]} under
     * {@link InputLimits#defaults()}.
     *
     * @param file the UTF-8 JSON file to read
     * @return the table, four levels deep ({@link #depth()} is {@link IndustryLevel#CLASS})
     * @throws DataFileException unreadable, over a limit, or malformed with every problem and its JSON path
     */
    public static IndustryClassification loadJson(Path file) {
        return loadJson(file, InputLimits.defaults());
    }

    /**
     * Loads a full four-level table from nested JSON under {@code limits}.
     *
     * @param file the UTF-8 JSON file to read
     * @param limits the limits the file is read under: size, nesting depth, number, string and name length
     * @return the table, four levels deep ({@link #depth()} is {@link IndustryLevel#CLASS})
     * @throws DataFileException unreadable, over a limit ({@code SB-CORE-1201}/{@code 1202}), or malformed
     *                           with every problem and its JSON path
     */
    public static IndustryClassification loadJson(Path file, InputLimits limits) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(limits, "limits");
        try (InputStream in = Files.newInputStream(file)) {
            return loadJson(in, file.toString(), limits);
        } catch (IOException e) {
            throw DataFileException.unreadable(file.toString(), e);
        }
    }

    /**
     * Loads a full four-level table from nested JSON read from {@code in} (not closed) under
     * {@link InputLimits#defaults()}.
     *
     * @param in the stream, read to its end and not closed
     * @param source the name to report problems under
     * @return the table, four levels deep ({@link #depth()} is {@link IndustryLevel#CLASS})
     * @throws DataFileException unreadable, over a limit, or malformed with every problem and its JSON path
     */
    public static IndustryClassification loadJson(InputStream in, String source) {
        return loadJson(in, source, InputLimits.defaults());
    }

    /**
     * Loads a full four-level table from nested JSON read from {@code in} (not closed) under {@code limits}.
     *
     * @param in the stream, read to its end and not closed
     * @param source the name to report problems under
     * @param limits the limits the stream is read under: size, nesting depth, number, string and name length
     * @return the table, four levels deep ({@link #depth()} is {@link IndustryLevel#CLASS})
     * @throws DataFileException unreadable, over a limit ({@code SB-CORE-1201}/{@code 1202}), or malformed
     *                           with every problem and its JSON path
     */
    public static IndustryClassification loadJson(InputStream in, String source, InputLimits limits) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(limits, "limits");
        return IndustryTableReader.readJson(in, source, IndustryLevel.CLASS, limits);
    }

    /**
     * Loads a full four-level table from UTF-8 CSV with the header {@code code,name} under
     * {@link InputLimits#defaults()}.
     *
     * @param file the UTF-8 CSV file to read
     * @return the table, four levels deep ({@link #depth()} is {@link IndustryLevel#CLASS})
     * @throws DataFileException unreadable, over a limit, or malformed with every problem and its line
     */
    public static IndustryClassification loadCsv(Path file) {
        return loadCsv(file, InputLimits.defaults());
    }

    /**
     * Loads a full four-level table from UTF-8 CSV under {@code limits}.
     *
     * @param file the UTF-8 CSV file to read
     * @param limits the limits the file is read under: size, line and field length
     * @return the table, four levels deep ({@link #depth()} is {@link IndustryLevel#CLASS})
     * @throws DataFileException unreadable, over a limit ({@code SB-CORE-1201}/{@code 1202}), or malformed
     *                           with every problem and its line
     */
    public static IndustryClassification loadCsv(Path file, InputLimits limits) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(limits, "limits");
        try (InputStream in = Files.newInputStream(file)) {
            return loadCsv(in, file.toString(), limits);
        } catch (IOException e) {
            throw DataFileException.unreadable(file.toString(), e);
        }
    }

    /**
     * Loads a full four-level table from UTF-8 CSV read from {@code in} (not closed) under
     * {@link InputLimits#defaults()}.
     *
     * @param in the stream, read to its end and not closed
     * @param source the name to report problems under
     * @return the table, four levels deep ({@link #depth()} is {@link IndustryLevel#CLASS})
     * @throws DataFileException unreadable, over a limit, or malformed with every problem and its line
     */
    public static IndustryClassification loadCsv(InputStream in, String source) {
        return loadCsv(in, source, InputLimits.defaults());
    }

    /**
     * Loads a full four-level table from UTF-8 CSV read from {@code in} (not closed) under {@code limits}.
     *
     * @param in the stream, read to its end and not closed
     * @param source the name to report problems under
     * @param limits the limits the stream is read under: size, line and field length
     * @return the table, four levels deep ({@link #depth()} is {@link IndustryLevel#CLASS})
     * @throws DataFileException unreadable, over a limit ({@code SB-CORE-1201}/{@code 1202}), or malformed
     *                           with every problem and its line
     */
    public static IndustryClassification loadCsv(InputStream in, String source, InputLimits limits) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(limits, "limits");
        return IndustryTableReader.readCsv(in, source, IndustryLevel.CLASS, limits);
    }

    /**
     * Checks an input against this table; never throws ({@code null} gives
     * {@link IndustryCode.Reason#EMPTY}).
     *
     * <p>A malformed input fails with its {@link IndustryCode.Reason}. A well-formed code is
     * looked up at its own level, or at the deepest level this table holds if that is higher
     * (the shipped table: a group or class is looked up as its division); an absent entry fails
     * with {@link IndustryCheck.Reason#UNKNOWN_CODE}.
     *
     * @param input the code in any accepted spelling; may be {@code null}
     * @return the check, with the entry found and the level looked up
     */
    public IndustryCheck check(CharSequence input) {
        CodeCheck<IndustryCode, IndustryCode.Reason> form = IndustryCode.check(input);
        if (!form.isValid()) {
            return IndustryCheck.malformed(form, depth);
        }
        IndustryCode code = form.value().orElseThrow();
        IndustryLevel checkedTo = code.level().compareTo(depth) <= 0 ? code.level() : depth;
        IndustryCode looked = code.at(checkedTo).orElseThrow();
        IndustryEntry found = byCode.get(looked);
        IndustryEntry nearest = found;
        for (Optional<IndustryCode> up = looked.parent(); nearest == null && up.isPresent(); up = up.get().parent()) {
            nearest = byCode.get(up.get());
        }
        if (found == null) {
            return IndustryCheck.unknown(form, checkedTo, nearest);
        }
        return IndustryCheck.found(form, checkedTo, looked.equals(code) ? found : null, found);
    }

    /**
     * The entry of a code, if this table holds it.
     *
     * @param code the code to look up, at any level
     * @return the entry of {@code code}; empty if this table does not hold it
     */
    public Optional<IndustryEntry> find(IndustryCode code) {
        return Optional.ofNullable(byCode.get(Objects.requireNonNull(code, "code")));
    }

    /**
     * The entries directly below a code, in code order; empty for a leaf or an unknown code.
     *
     * @param code the code to look up
     * @return the entries directly below {@code code}, in code order; empty for a leaf or an unknown code
     */
    public List<IndustryEntry> children(IndustryCode code) {
        return children.getOrDefault(Objects.requireNonNull(code, "code"), List.of());
    }

    /**
     * Every entry, in code order (sections each followed by what lies below them).
     *
     * @return every entry, in code order (sections each followed by what lies below them); never empty
     */
    public List<IndustryEntry> entries() {
        return entries;
    }

    /**
     * The entries of one level, in code order; empty for a level deeper than {@link #depth()}.
     *
     * @param level the level
     * @return the entries of {@code level}, in code order; empty for a level deeper than {@link #depth()}
     */
    public List<IndustryEntry> entries(IndustryLevel level) {
        return byLevel.get(Objects.requireNonNull(level, "level"));
    }

    /**
     * The number of entries of one level.
     *
     * @param level the level
     * @return the number of entries of {@code level}; 0 for a level deeper than {@link #depth()}
     */
    public int count(IndustryLevel level) {
        return entries(level).size();
    }

    /**
     * The number of entries of every level.
     *
     * @return the number of entries of every level together
     */
    public int size() {
        return entries.size();
    }

    /**
     * The deepest level this table holds: {@link IndustryLevel#DIVISION} shipped, {@link IndustryLevel#CLASS} loaded.
     *
     * @return the deepest level this table holds
     */
    public IndustryLevel depth() {
        return depth;
    }

    /**
     * Where the table came from: the resource or file name.
     *
     * @return the table's source: the resource or file name
     */
    public String source() {
        return source;
    }

    /**
     * Writes the table as CSV that {@link #loadCsv(Path)} reads back: the header
     * {@code code,name}, then one line per entry with the section letter or the digits.
     *
     * @param out where to write; not flushed or closed
     * @throws java.io.IOException if {@code out} fails
     */
    public void writeCsv(Appendable out) throws IOException {
        Objects.requireNonNull(out, "out");
        out.append("code,name\n");
        for (IndustryEntry entry : entries) {
            IndustryCode code = entry.code();
            out.append(code.level() == IndustryLevel.SECTION ? code.canonical() : code.digits())
                    .append(',').append(csvCell(entry.nameZh())).append('\n');
        }
    }

    private static String csvCell(String text) {
        boolean quote = text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
                || text.indexOf('\r') >= 0;
        return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IndustryClassification other && depth == other.depth && entries.equals(other.entries);
    }

    @Override
    public int hashCode() {
        return depth.hashCode() * 31 + entries.hashCode();
    }

    @Override
    public String toString() {
        return "GB/T 4754-2017 table " + source + " (" + count(IndustryLevel.SECTION) + " sections, "
                + count(IndustryLevel.DIVISION) + " divisions, " + count(IndustryLevel.GROUP) + " groups, "
                + count(IndustryLevel.CLASS) + " classes)";
    }
}

