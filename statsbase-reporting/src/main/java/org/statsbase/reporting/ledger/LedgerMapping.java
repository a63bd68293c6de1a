package org.statsbase.reporting.ledger;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.statsbase.core.error.DataFileException;
import org.statsbase.core.internal.io.LimitedInput;
import org.statsbase.core.io.InputLimits;
import org.statsbase.reporting.error.ReportingError;
import org.statsbase.reporting.error.ReportingException;
import org.statsbase.reporting.ledger.internal.EntryFields;

/**
 * Which ledger accounts make up which figures of one form (台账与报表指标的对应关系): the basis on which
 * an enterprise derives its reported figures from its ledger (数出有据; seed notice section 九). Read
 * from JSON or YAML:
 *
 * <pre>{@code
 * form: B204-1                 # required
 * source_unit: 元              # defaults for every figure (optional): ledger unit, default 元
 * unit: 千元                   #   figure unit, default 元
 * decimals: 0                  #   default 0
 * rounding: HALF_UP            #   HALF_UP (default) or HALF_EVEN (GB/T 8170)
 * figures:
 *   - code: "01"               # required, unique: the key of the submitted value
 *     name: 工业总产值          # optional
 *     basis: PERIOD            # required: PERIOD (本期/本月) or YEAR_TO_DATE (本年累计, 1—本月累计)
 *     accounts:                # required, non-empty, no two terms selecting the same account
 *       - {account: "6001"}            # sign 1 by default
 *       - {prefix: "6051", sign: 1}    # every account starting with 6051
 *       - {account: "6401", sign: -1}
 *     unit: 千元                # any default may be overridden per figure
 * }</pre>
 *
 * <p>Reading is strict: an unknown key, a key written twice, a missing required key or a bad value is a
 * problem with its JSON path; every problem is reported at once ({@link DataFileException}).
 *
 * <p>Thread safety: immutable.
 */
public final class LedgerMapping {

    private final String formId;
    private final List<FigureMapping> figures;
    private final Map<String, FigureMapping> byCode;

    private LedgerMapping(String formId, List<FigureMapping> figures, Map<String, FigureMapping> byCode) {
        this.formId = formId;
        this.figures = figures;
        this.byCode = byCode;
    }

    /**
     * A mapping of {@code figures} for a form.
     *
     * @param formId  the form the figures belong to
     * @param figures the figures in the order the form lists them
     * @return the mapping
     * @throws ReportingException {@code SB-REP-0725} when two figures have the same code
     */
    public static LedgerMapping of(String formId, List<FigureMapping> figures) {
        String id = EntryFields.text("form", Objects.requireNonNull(formId, "formId"));
        List<FigureMapping> list = List.copyOf(figures);
        Map<String, FigureMapping> byCode = new LinkedHashMap<>();
        Map<String, Integer> firstAt = new HashMap<>();
        for (int i = 0; i < list.size(); i++) {
            FigureMapping f = list.get(i);
            Integer first = firstAt.putIfAbsent(f.code(), i);
            if (first != null) {
                throw new ReportingException(ReportingError.MAPPING_CODE_DUPLICATE, f.code(), "figures[" + first + "]");
            }
            byCode.put(f.code(), f);
        }
        return new LedgerMapping(id, list, Map.copyOf(new HashMap<>(byCode)));
    }

    /**
     * Reads a mapping file ({@code .json}, or YAML otherwise).
     *
     * @param file a {@code .json} or YAML mapping file
     * @return the mapping
     * @throws DataFileException every problem of the file, with JSON paths; or the file is unreadable
     */
    public static LedgerMapping read(Path file) {
        return read(file, InputLimits.configuration());
    }

    /**
     * Reads a mapping file under {@code limits} (the one-argument form uses
     * {@link InputLimits#configuration()}).
     *
     * @param file   a {@code .json} or YAML mapping file
     * @param limits the limits it is read under, usually {@link InputLimits#configuration()}
     * @return the mapping
     * @throws DataFileException every problem of the file, with JSON paths; the file is unreadable; or it
     *                           exceeds a limit ({@code SB-CORE-1201}/{@code 1202})
     */
    public static LedgerMapping read(Path file, InputLimits limits) {
        Objects.requireNonNull(limits, "limits");
        return parse(LimitedInput.readUtf8(file, limits), file.toString(), limits);
    }

    /**
     * Parses a mapping: JSON when the text starts with <code>{</code>, YAML otherwise.
     *
     * @param source a name for problems, for example the file name
     * @param text the mapping text
     * @return the mapping
     * @throws DataFileException every problem of the text, with JSON paths
     */
    public static LedgerMapping parse(String text, String source) {
        return parse(text, source, InputLimits.configuration());
    }

    /**
     * Parses a mapping under {@code limits}: size (of the text's UTF-8 form), nesting depth, number,
     * string and name length, YAML aliases.
     *
     * @param text   the mapping text, JSON or YAML
     * @param source a name for problems, for example the file name
     * @param limits the limits it is parsed under
     * @return the mapping
     * @throws DataFileException every problem of the text, with JSON paths; or a limit exceeded
     *                           ({@code SB-CORE-1201}/{@code 1202})
     */
    public static LedgerMapping parse(String text, String source, InputLimits limits) {
        return MappingReader.read(Objects.requireNonNull(text, "text"), Objects.requireNonNull(source, "source"),
                Objects.requireNonNull(limits, "limits"));
    }

    /**
     * The form the figures belong to.
     *
     * @return the form the figures belong to
     */
    public String formId() {
        return formId;
    }

    /**
     * The figures in the order the mapping lists them.
     *
     * @return the figures in the order the mapping lists them
     */
    public List<FigureMapping> figures() {
        return figures;
    }

    /**
     * The figure with this code.
     *
     * @param code the figure's code, for example {@code B01}
     * @return the figure; empty when the mapping has no such code
     */
    public Optional<FigureMapping> figure(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LedgerMapping m && formId.equals(m.formId) && figures.equals(m.figures);
    }

    @Override
    public int hashCode() {
        return formId.hashCode() * 31 + figures.hashCode();
    }

    @Override
    public String toString() {
        return "LedgerMapping[" + formId + ", " + figures.size() + " figures]";
    }
}
