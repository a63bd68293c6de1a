package org.statsbase.core.org;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.statsbase.core.error.CoreError;
import org.statsbase.core.error.DataFileException;
import org.statsbase.core.error.DataProblem;
import org.statsbase.core.error.StatsbaseException;
import org.statsbase.core.internal.config.JsonFiles;
import org.statsbase.core.internal.text.NumberText;
import org.statsbase.core.org.internal.OrgChecks;

/**
 * How many basic units (基本单位) and how many inhabitants one statistician can carry: the
 * configuration behind {@link StaffingPolicy}, which applies 国统字〔2021〕85号 二（二）
 * "统计人员数量应当与统计任务相匹配，建立辖区基本单位数量变动、人口规模变动与统计人员协调匹配联动机制".
 *
 * <p><strong>The notice sets no ratio.</strong> {@link #defaults()} reads
 * {@code org/statsbase/core/org/staffing-defaults.json} (dated, its status written in it):
 * 500 units and 20,000 inhabitants per statistician, part-time statisticians counted as one —
 * illustrative configuration chosen by statsbase, <em>not regulation</em>. Offices set their own
 * with {@link #of(long, long, BigDecimal)} or {@link #read(InputStream, String)}.
 *
 * <p>The part-time weight says how much of a statistician a part-time (兼职) one counts for:
 * {@code 1} counts heads (the notice speaks of 统计人员数量), {@code 0.5} counts them as half.
 * It lies in (0, 1] with at most two decimals.
 *
 * @param unitsPerStatistician      basic units one statistician can carry, &gt; 0
 * @param populationPerStatistician inhabitants one statistician can serve, &gt; 0
 * @param partTimeWeight            what a part-time statistician counts for, in (0, 1], ≤ 2 decimals
 *
 * <p>Thread safety: immutable.
 */
public record StaffingRatios(long unitsPerStatistician, long populationPerStatistician, BigDecimal partTimeWeight) {

    /** The resource holding the defaults, relative to this class. */
    public static final String DEFAULTS_RESOURCE = "staffing-defaults.json";

    private static final BigDecimal ONE = BigDecimal.ONE;

    /**
     * Checks the components.
     *
     * @param unitsPerStatistician basic units one statistician can carry, &gt; 0
     * @param populationPerStatistician inhabitants one statistician can serve, &gt; 0
     * @param partTimeWeight what a part-time statistician counts for, in (0, 1], ≤ 2 decimals
     * @throws StatsbaseException {@code SB-CORE-0902} for a ratio ≤ 0 or a weight outside (0, 1]
     *         or with more than two decimals
     */
    public StaffingRatios {
        OrgChecks.atLeast(unitsPerStatistician, 1, "每名统计人员的基本单位数", "units per statistician");
        OrgChecks.atLeast(populationPerStatistician, 1, "每名统计人员的人口数", "population per statistician");
        partTimeWeight = OrgChecks.positive(partTimeWeight, "兼职统计人员折算系数", "part-time weight")
                .stripTrailingZeros();
        if (partTimeWeight.compareTo(ONE) > 0 || partTimeWeight.scale() > 2) {
            throw new StatsbaseException(CoreError.ORG_NUMBER_OUT_OF_RANGE, "兼职统计人员折算系数",
                    "part-time weight", "(0, 1], <= 2 decimals", NumberText.of(partTimeWeight));
        }
    }

    /**
     * Ratios counting a part-time statistician as one.
     *
     * @param unitsPerStatistician basic units one statistician can carry, &gt; 0
     * @param populationPerStatistician inhabitants one statistician can serve, &gt; 0
     * @return the ratios
     */
    public static StaffingRatios of(long unitsPerStatistician, long populationPerStatistician) {
        return new StaffingRatios(unitsPerStatistician, populationPerStatistician, ONE);
    }

    /**
     * Ratios; see the components.
     *
     * @param unitsPerStatistician basic units one statistician can carry, &gt; 0
     * @param populationPerStatistician inhabitants one statistician can serve, &gt; 0
     * @param partTimeWeight what a part-time statistician counts for, in (0, 1], ≤ 2 decimals
     * @return the ratios
     */
    public static StaffingRatios of(long unitsPerStatistician, long populationPerStatistician,
            BigDecimal partTimeWeight) {
        return new StaffingRatios(unitsPerStatistician, populationPerStatistician, partTimeWeight);
    }

    /**
     * statsbase's illustrative defaults — configuration, not regulation (see the class comment).
     *
     * @return the packaged defaults
     * @throws DataFileException if the packaged resource is damaged
     */
    public static StaffingRatios defaults() {
        return Defaults.VALUE;
    }

    /**
     * Reads ratios from JSON in the format of the packaged defaults:
     * {@code {"units_per_statistician": 500, "population_per_statistician": 20000,
     * "part_time_weight": "1"}} (the weight is optional, default 1; other keys are ignored).
     * Every problem is reported at once.
     *
     * @param in     the JSON, read but not closed
     * @param source the name used in error messages
     * @return the ratios
     * @throws DataFileException if unreadable or malformed
     */
    public static StaffingRatios read(InputStream in, String source) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(source, "source");
        JsonNode root = JsonFiles.read(source, in);
        if (!root.isObject()) {
            throw DataFileException.unreadable(source, new IOException("not a JSON object"));
        }
        List<DataProblem> problems = new ArrayList<>();
        long units = positiveWhole(root, "units_per_statistician", source, problems);
        long population = positiveWhole(root, "population_per_statistician", source, problems);
        BigDecimal weight = ONE;
        JsonNode w = root.get("part_time_weight");
        if (w != null) {
            try {
                weight = new BigDecimal(w.asText());
                if (weight.signum() <= 0 || weight.compareTo(ONE) > 0 || weight.stripTrailingZeros().scale() > 2) {
                    problems.add(outOfRange(source, "part_time_weight", "(0, 1], <= 2 decimals", w.asText()));
                }
            } catch (NumberFormatException e) {
                problems.add(outOfRange(source, "part_time_weight", "(0, 1], <= 2 decimals", w.asText()));
            }
        }
        if (!problems.isEmpty()) {
            throw DataFileException.malformed(source, problems);
        }
        return new StaffingRatios(units, population, weight);
    }

    private static long positiveWhole(JsonNode root, String field, String source, List<DataProblem> problems) {
        JsonNode node = root.get(field);
        if (node == null || node.isNull()) {
            problems.add(DataProblem.of(source, 0, field, CoreError.ORG_BLANK_TEXT, field, field));
            return 1;
        }
        if (!node.canConvertToLong() || !node.isIntegralNumber() || node.asLong() < 1) {
            problems.add(outOfRange(source, field, "an integer >= 1", node.asText()));
            return 1;
        }
        return node.asLong();
    }

    private static DataProblem outOfRange(String source, String field, String expected, String actual) {
        return DataProblem.of(source, 0, field, CoreError.ORG_NUMBER_OUT_OF_RANGE, field, field, expected, actual);
    }

    /** Loaded once, on first use (class initialisation is thread-safe). */
    private static final class Defaults {
        static final StaffingRatios VALUE = load();

        private static StaffingRatios load() {
            String source = StaffingRatios.class.getPackageName().replace('.', '/') + "/" + DEFAULTS_RESOURCE;
            try (InputStream in = StaffingRatios.class.getResourceAsStream(DEFAULTS_RESOURCE)) {
                if (in == null) {
                    throw DataFileException.unreadable(source, new IOException("resource missing"));
                }
                return read(in, source);
            } catch (IOException e) {
                throw DataFileException.unreadable(source, e);
            }
        }
    }
}
