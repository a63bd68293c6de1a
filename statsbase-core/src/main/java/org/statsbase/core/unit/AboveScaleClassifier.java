package org.statsbase.core.unit;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.statsbase.core.code.IndustryCode;
import org.statsbase.core.error.DataFileException;
import org.statsbase.core.internal.text.NumberText;
import org.statsbase.core.unit.internal.ScopeResolver;
import org.statsbase.core.unit.internal.TableSources;

/**
 * Decides whether a unit is a "四上" unit (规模以上工业, 有资质的建筑业, 限额以上批发零售业和
 * 住宿餐饮业, 房地产开发经营业, 规模以上服务业) under the NBS survey systems, from one dated
 * threshold table that names its source — thresholds have changed over the years, so a table of
 * another year can be loaded.
 *
 * <p>The shipped table ({@code above-scale-thresholds.json} beside this class): 规模以上工业 (B, C, D)
 * main business revenue ≥ 2000万元; 有资质的建筑业 (E) holds a general or specialist contracting
 * qualification, no threshold; 限额以上 wholesale (51) ≥ 2000, retail (52) ≥ 500, accommodation (61)
 * and catering (62) ≥ 200万元; 房地产开发经营业 (7010) every unit with development activity;
 * 规模以上服务业 ≥ 2000万元 for G, I, N, 84, ≥ 1000万元 for L, M, P, 7020, 7030, 7040, 7090,
 * ≥ 500万元 for O, R, 85. A revenue exactly on the threshold is above scale. 规上工业, 规上服务业,
 * 资质建筑业 and 房地产开发 count legal entities only; 限额以上 trade, accommodation and catering
 * also count establishments and individual businesses — an establishment of a manufacturer is
 * never above scale itself (its legal entity is).
 *
 * <p>Table format (JSON): {@code id, title, as_of (yyyy-MM-dd), source}, and {@code rows}, each with
 * {@code id, category} ({@link AboveScaleCategory} name), {@code name_zh, includes}, optional
 * {@code excludes}, {@code criterion} ({@link AboveScaleCriterion} name; NONE for OUT_OF_SCOPE),
 * {@code threshold} (万元, for REVENUE), {@code revenue_measure_zh}, {@code unit_kinds}
 * ({@link UnitKind} names) and optional {@code note}.
 *
 * <p>Thread safety: immutable; safe to share between threads.
 */
public final class AboveScaleClassifier {

    private static final String STANDARD = "above-scale-thresholds.json";

    private final String id;
    private final String title;
    private final LocalDate asOf;
    private final String source;
    private final List<AboveScaleRow> rows;
    private final ScopeResolver<AboveScaleRow> resolver = new ScopeResolver<>();

    AboveScaleClassifier(String id, String title, LocalDate asOf, String source, List<AboveScaleRow> rows) {
        this.id = id;
        this.title = title;
        this.asOf = asOf;
        this.source = source;
        this.rows = List.copyOf(rows);
        for (AboveScaleRow row : this.rows) {
            resolver.add(row, row.scope().includes(), row.scope().excludes());
        }
    }

    /**
     * The thresholds shipped with statsbase (loaded once, on first use).
     *
     * @return the thresholds shipped with statsbase (loaded once, on first use)
     */
    public static AboveScaleClassifier standard() {
        return Standard.INSTANCE;
    }

    /**
     * A classifier from a user-supplied table file.
     *
     * @param file the file to read
     * @return a classifier from a user-supplied table file
     * @throws DataFileException if the file cannot be read or has problems (all of them listed)
     */
    public static AboveScaleClassifier load(Path file) {
        return TableSources.file(Objects.requireNonNull(file, "file"), AboveScaleTableReader::read);
    }

    /**
     * A classifier from a table read from {@code in} (closed afterwards).
     *
     * @param in the stream, read to its end and not closed
     * @param sourceName the name used in problem reports
     * @return a classifier from a table read from {@code in} (closed afterwards)
     * @throws DataFileException if the table cannot be read or has problems (all of them listed)
     */
    public static AboveScaleClassifier load(InputStream in, String sourceName) {
        return AboveScaleTableReader.read(Objects.requireNonNull(in, "in"),
                Objects.requireNonNull(sourceName, "sourceName"));
    }

    /**
     * Classifies a legal entity of {@code industry} with annual revenue {@code revenue} (万元).
     *
     * @param industry the unit's industry code (GB/T 4754-2017)
     * @param revenue the annual revenue in 万元, at least 0
     * @return the classification, naming the row and threshold applied
     */
    public AboveScaleClassification classify(IndustryCode industry, BigDecimal revenue) {
        return classify(AboveScaleInput.of(industry, revenue));
    }

    /**
     * Classifies a unit.
     *
     * @param input the unit: industry, kind, revenue and the flags its category needs
     * @return the classification, naming the row and threshold applied
     * @throws AboveScaleException {@code INDUSTRY_TOO_COARSE}, {@code MISSING_REVENUE},
     *         {@code DEVELOPMENT_FLAG_NOT_APPLICABLE}, {@code QUALIFICATION_FLAG_NOT_APPLICABLE} or
     *         {@code INDUSTRY_NOT_COVERED}
     */
    public AboveScaleClassification classify(AboveScaleInput input) {
        Objects.requireNonNull(input, "input");
        AboveScaleRow row = rowFor(input.industry());
        if (input.developmentActivity() && row.criterion() != AboveScaleCriterion.DEVELOPMENT_ACTIVITY) {
            throw AboveScaleException.flagNotApplicable(AboveScaleException.Reason.DEVELOPMENT_FLAG_NOT_APPLICABLE,
                    input.industry());
        }
        if (input.qualified() && row.criterion() != AboveScaleCriterion.QUALIFICATION) {
            throw AboveScaleException.flagNotApplicable(AboveScaleException.Reason.QUALIFICATION_FLAG_NOT_APPLICABLE,
                    input.industry());
        }
        if (row.category() == AboveScaleCategory.OUT_OF_SCOPE) {
            return new AboveScaleClassification(input, row, false, AboveScaleBasis.NO_CATEGORY,
                    "行业 " + input.industry() + " 属" + row.nameZh() + "，不属于任何“四上”类别",
                    "industry " + input.industry() + " (" + row.nameZh() + ") is in no above-scale category");
        }
        if (!row.unitKinds().contains(input.unitKind())) {
            String kinds = row.unitKinds().stream().map(UnitKind::nameZh).collect(Collectors.joining("、"));
            String kindsEn = row.unitKinds().stream().map(UnitKind::nameEn).collect(Collectors.joining(", "));
            return new AboveScaleClassification(input, row, false, AboveScaleBasis.UNIT_KIND_NOT_COUNTED,
                    row.category().nameZh() + "只计" + kinds + "；" + input.unitKind().nameZh()
                            + "只在限额以上批发、零售、住宿、餐饮业中单独计入“四上”",
                    row.category().nameEn() + " counts only: " + kindsEn + "; an " + input.unitKind().nameEn()
                            + " counts on its own only in wholesale, retail, accommodation and catering above the limit");
        }
        switch (row.criterion()) {
            case QUALIFICATION:
                return input.qualified()
                        ? new AboveScaleClassification(input, row, true, AboveScaleBasis.QUALIFIED,
                                "持有建筑业总承包或专业承包资质，属有资质的建筑业，不设收入门槛",
                                "holds a general or specialist contracting qualification: qualified construction,"
                                        + " no revenue threshold")
                        : new AboveScaleClassification(input, row, false, AboveScaleBasis.NOT_QUALIFIED,
                                "未持有建筑业总承包或专业承包资质", "holds no general or specialist contracting qualification");
            case DEVELOPMENT_ACTIVITY:
                return input.developmentActivity()
                        ? new AboveScaleClassification(input, row, true, AboveScaleBasis.DEVELOPMENT_ACTIVITY,
                                "有房地产开发经营活动，房地产开发经营业不设收入门槛",
                                "has real-estate development activity: every such unit counts, no threshold")
                        : new AboveScaleClassification(input, row, false, AboveScaleBasis.NO_DEVELOPMENT_ACTIVITY,
                                "无房地产开发经营活动", "has no real-estate development activity");
            default:
                BigDecimal threshold = row.threshold().orElseThrow();
                BigDecimal revenue = input.revenue()
                        .orElseThrow(() -> AboveScaleException.missingRevenue(input.industry(), row));
                boolean above = revenue.compareTo(threshold) >= 0;
                String r = NumberText.of(revenue);
                String t = NumberText.of(threshold);
                return new AboveScaleClassification(input, row, above,
                        above ? AboveScaleBasis.REVENUE_AT_OR_ABOVE_THRESHOLD : AboveScaleBasis.REVENUE_BELOW_THRESHOLD,
                        row.revenueMeasureZh() + " " + r + " 万元" + (above ? "达到" : "低于") + row.category().nameZh()
                                + "门槛 " + t + " 万元",
                        "revenue (" + row.revenueMeasureZh() + ") " + r + (above ? " is at or above" : " is below")
                                + " the threshold of " + t + " (10,000 yuan) for " + row.category().nameEn());
        }
    }

    /**
     * The row that decides for {@code industry}.
     *
     * @param industry the unit's industry code (GB/T 4754-2017)
     * @return the row that decides for {@code industry}
     * @throws AboveScaleException {@code INDUSTRY_TOO_COARSE} or {@code INDUSTRY_NOT_COVERED}
     */
    public AboveScaleRow rowFor(IndustryCode industry) {
        Objects.requireNonNull(industry, "industry");
        ScopeResolver.Resolution<AboveScaleRow> resolution = resolver.resolve(industry);
        if (resolution.tooCoarse()) {
            throw AboveScaleException.tooCoarse(industry, id, resolution.spanned());
        }
        return resolution.row().orElseThrow(() -> AboveScaleException.notCovered(industry, id));
    }

    /**
     * The rows of the table, in table order.
     *
     * @return the rows of the table, in table order
     */
    public List<AboveScaleRow> rows() {
        return rows;
    }

    /**
     * The table id.
     *
     * @return the table id
     */
    public String id() {
        return id;
    }

    /**
     * The title of the table.
     *
     * @return the title of the table
     */
    public String title() {
        return title;
    }

    /**
     * The date on which the table's thresholds are stated to be in force.
     *
     * @return the date on which the table's thresholds are stated to be in force
     */
    public LocalDate asOf() {
        return asOf;
    }

    /**
     * Where the table comes from.
     *
     * @return the table's source: the resource or file name
     */
    public String source() {
        return source;
    }

    @Override
    public String toString() {
        return "AboveScaleClassifier[" + id + ", as of " + asOf + ", " + rows.size() + " rows]";
    }

    /** Lazy, thread-safe holder of the shipped table (initialised by the JVM on first use). */
    private static final class Standard {
        static final AboveScaleClassifier INSTANCE = loadShipped();

        private static AboveScaleClassifier loadShipped() {
            return TableSources.shipped(AboveScaleClassifier.class, STANDARD, AboveScaleTableReader::read);
        }
    }
}
