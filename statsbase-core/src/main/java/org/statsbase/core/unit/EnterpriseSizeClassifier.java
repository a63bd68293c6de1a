package org.statsbase.core.unit;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.statsbase.core.code.IndustryCode;
import org.statsbase.core.error.DataFileException;
import org.statsbase.core.unit.internal.ScopeResolver;
import org.statsbase.core.unit.internal.TableSources;

/**
 * Classifies enterprises as 大型, 中型, 小型 or 微型 under 统计上大中小微型企业划分办法（2017）
 * (国家统计局, 国统字〔2017〕213号), from one dated table that names its source.
 *
 * <p>The rule (the annex table of the 办法 and its notes): each row of the table divides an
 * industry by one to three metrics (X 从业人员, Y 营业收入, Z 资产总额) with lower bounds, ranges
 * being {@code low ≤ v < high}; large, medium and small enterprises must reach <em>all</em> listed
 * lower bounds, otherwise they drop a tier; micro needs only one metric below the small bound. So
 * each metric gets a tier on its own and the enterprise takes the lowest. Industries without a row
 * (金融 J, 教育 P, 卫生 84, 公共管理 S, 国际组织 T, 铁路运输 53) are
 * {@link EnterpriseSize#OUT_OF_SCOPE}: the table says so in explicit rows rather than guessing.
 *
 * <p>The row is found by industry code (see {@link IndustryScope}); a code spanning rows that
 * divide differently ({@code 70}, {@code 59}, {@code G}, {@code F}) is refused with
 * {@link SizeClassificationException.Reason#INDUSTRY_TOO_COARSE}, a metric the row needs but the
 * input lacks with {@link SizeClassificationException.Reason#MISSING_METRIC}.
 *
 * <p>Table format (JSON; {@link #standard2017()} ships {@code enterprise-size-2017.json} beside this
 * class): {@code id, title, document, issued (yyyy-MM-dd), source}, and {@code rows}, each with
 * {@code id, name_zh, includes} (GB/T 4754-2017 codes at any level), optional {@code excludes}
 * (codes below an include), and either {@code metrics: [{metric: EMPLOYEES|REVENUE|ASSETS, large,
 * medium, small}]} or {@code out_of_scope: true}; optional {@code unconfirmed} and {@code note}.
 * {@link #load(Path)} validates all of it and reports every problem at once.
 *
 * <p>Thread safety: immutable; safe to share between threads.
 */
public final class EnterpriseSizeClassifier {

    private static final String STANDARD_2017 = "enterprise-size-2017.json";

    private final String id;
    private final String title;
    private final String document;
    private final LocalDate issued;
    private final String source;
    private final List<SizeRow> rows;
    private final ScopeResolver<SizeRow> resolver = new ScopeResolver<>();

    EnterpriseSizeClassifier(String id, String title, String document, LocalDate issued, String source,
            List<SizeRow> rows) {
        this.id = id;
        this.title = title;
        this.document = document;
        this.issued = issued;
        this.source = source;
        this.rows = List.copyOf(rows);
        for (SizeRow row : this.rows) {
            resolver.add(row, row.scope().includes(), row.scope().excludes());
        }
    }

    /**
     * The scheme of 2017 as shipped with statsbase (loaded once, on first use).
     *
     * @return the scheme of 2017 as shipped with statsbase (loaded once, on first use)
     */
    public static EnterpriseSizeClassifier standard2017() {
        return Standard.INSTANCE;
    }

    /**
     * A classifier from a user-supplied table file.
     *
     * @param file the file to read
     * @return a classifier from a user-supplied table file
     * @throws DataFileException if the file cannot be read or has problems (all of them listed)
     */
    public static EnterpriseSizeClassifier load(Path file) {
        return TableSources.file(Objects.requireNonNull(file, "file"), SizeTableReader::read);
    }

    /**
     * A classifier from a table read from {@code in} (closed afterwards).
     *
     * @param in the stream, read to its end and not closed
     * @param sourceName the name used in problem reports
     * @return a classifier from a table read from {@code in} (closed afterwards)
     * @throws DataFileException if the table cannot be read or has problems (all of them listed)
     */
    public static EnterpriseSizeClassifier load(InputStream in, String sourceName) {
        return SizeTableReader.read(Objects.requireNonNull(in, "in"), Objects.requireNonNull(sourceName, "sourceName"));
    }

    /**
     * Classifies an enterprise.
     *
     * @param industry the unit's industry code (GB/T 4754-2017)
     * @param metrics the metrics the row needs: 从业人员 (persons), 营业收入 and 资产总额 (万元)
     * @return the size, the row applied and the metric that decided
     * @throws SizeClassificationException {@code INDUSTRY_TOO_COARSE} if the code spans rows,
     *         {@code MISSING_METRIC} if the row needs a metric that {@code metrics} lacks,
     *         {@code INDUSTRY_NOT_COVERED} if a user table has no row for the code
     */
    public SizeClassification classify(IndustryCode industry, SizeMetrics metrics) {
        Objects.requireNonNull(metrics, "metrics");
        SizeRow row = rowFor(industry);
        if (row.isOutOfScope()) {
            return new SizeClassification(industry, row, EnterpriseSize.OUT_OF_SCOPE, Map.of(), null);
        }
        EnterpriseSize size = EnterpriseSize.LARGE;
        SizeMetric decidedBy = null;
        Map<SizeMetric, EnterpriseSize> ordered = new LinkedHashMap<>();
        for (SizeBounds bounds : row.bounds()) {
            BigDecimal value = metrics.get(bounds.metric())
                    .orElseThrow(() -> SizeClassificationException.missingMetric(industry, row, bounds.metric()));
            EnterpriseSize tier = bounds.tierOf(value);
            ordered.put(bounds.metric(), tier);
            if (decidedBy == null || tier.isLowerThan(size)) {
                size = tier;
                decidedBy = bounds.metric();
            }
        }
        return new SizeClassification(industry, row, size, ordered, decidedBy);
    }

    /**
     * The row that classifies {@code industry}.
     *
     * @param industry the unit's industry code (GB/T 4754-2017)
     * @return the row that classifies {@code industry}
     * @throws SizeClassificationException {@code INDUSTRY_TOO_COARSE} or {@code INDUSTRY_NOT_COVERED}
     */
    public SizeRow rowFor(IndustryCode industry) {
        Objects.requireNonNull(industry, "industry");
        ScopeResolver.Resolution<SizeRow> resolution = resolver.resolve(industry);
        if (resolution.tooCoarse()) {
            throw SizeClassificationException.tooCoarse(industry, id, resolution.spanned());
        }
        return resolution.row().orElseThrow(() -> SizeClassificationException.notCovered(industry, id));
    }

    /**
     * The rows of the table, in table order.
     *
     * @return the rows of the table, in table order
     */
    public List<SizeRow> rows() {
        return rows;
    }

    /**
     * The table id, for example {@code enterprise-size-2017}.
     *
     * @return the table id, for example {@code enterprise-size-2017}
     */
    public String id() {
        return id;
    }

    /**
     * The title of the regulation, for example 统计上大中小微型企业划分办法（2017）.
     *
     * @return the title of the regulation, for example 统计上大中小微型企业划分办法（2017）
     */
    public String title() {
        return title;
    }

    /**
     * The document number, for example 国统字〔2017〕213号.
     *
     * @return the document number, for example 国统字〔2017〕213号
     */
    public String document() {
        return document;
    }

    /**
     * The date the regulation was issued.
     *
     * @return the date the regulation was issued
     */
    public LocalDate issued() {
        return issued;
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
        return "EnterpriseSizeClassifier[" + id + ", " + document + ", " + rows.size() + " rows]";
    }

    /** Lazy, thread-safe holder of the shipped table (initialised by the JVM on first use). */
    private static final class Standard {
        static final EnterpriseSizeClassifier INSTANCE = loadShipped();

        private static EnterpriseSizeClassifier loadShipped() {
            return TableSources.shipped(EnterpriseSizeClassifier.class, STANDARD_2017, SizeTableReader::read);
        }
    }
}
