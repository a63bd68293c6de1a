package org.statsbase.examples;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.statsbase.core.code.CodeCheck;
import org.statsbase.core.code.DivisionCode;
import org.statsbase.core.code.IndustryCheck;
import org.statsbase.core.code.IndustryClassification;
import org.statsbase.core.code.IndustryCode;
import org.statsbase.core.code.OrganizationCode;
import org.statsbase.core.code.UnifiedSocialCreditCode;
import org.statsbase.core.error.StatsbaseException;
import org.statsbase.core.period.ReportingPeriod;
import org.statsbase.core.unit.AboveScaleClassification;
import org.statsbase.core.unit.AboveScaleClassifier;
import org.statsbase.core.unit.AboveScaleInput;
import org.statsbase.core.unit.BusinessRegister;
import org.statsbase.core.unit.EnterpriseSizeClassifier;
import org.statsbase.core.unit.SizeClassification;
import org.statsbase.core.unit.SizeMetrics;
import org.statsbase.core.unit.StatisticalUnit;
import org.statsbase.core.unit.UnitKind;

/**
 * The first example: a small <strong>synthetic</strong> register (基本单位名录库) for one district,
 * every unit's codes checked, its size classified by 统计上大中小微型企业划分办法（2017） and its
 * "四上" status decided, printed as a table.
 *
 * <p>All names, codes and figures are invented for the example. The credit codes are built
 * with statsbase's own check-character functions, so they are valid but belong to nobody.
 *
 * <p>Run it: {@code mvn -B -q -DskipTests package && java -cp examples/target/statsbase-examples.jar
 * org.statsbase.examples.DistrictRegisterExample}
 */
public final class DistrictRegisterExample {

    /** The district of the example: 重庆市江北区, the district of the founding notice. */
    private static final String DISTRICT = "500105";
    private static final ReportingPeriod PERIOD = ReportingPeriod.parse("2026-10");

    /** One synthetic enterprise as a township statistician would type it in. */
    record Row(String id, String name, UnitKind kind, String creditCode, String location, String industry,
            long employees, String revenue, String assets, boolean qualified, boolean developer,
            LocalDate inRegisterFrom) {
    }

    private DistrictRegisterExample() {
    }

    public static void main(String[] args) {
        run(new PrintStream(System.out, true, StandardCharsets.UTF_8));
    }

    /** Builds the register, checks and classifies every unit, prints the table to {@code out}. */
    static void run(PrintStream out) {
        List<Row> rows = syntheticRows();
        BusinessRegister register = register(rows);
        EnterpriseSizeClassifier sizes = EnterpriseSizeClassifier.standard2017();
        AboveScaleClassifier aboveScale = AboveScaleClassifier.standard();
        IndustryClassification industries = IndustryClassification.shipped();

        out.println("statsbase example — SYNTHETIC register of 重庆市江北区 (" + DISTRICT + "), period " + PERIOD);
        out.println("示例数据：单位名称、代码和数字均为虚构。 All units, codes and figures are invented.");
        out.println();
        Table table = new Table("编号 Id", "单位 Unit", "信用代码 USCC", "行业 Industry", "规模 Size",
                "四上 Above scale");
        List<String> notes = new ArrayList<>();
        for (Row row : rows) {
            table.add(answer(row, register, sizes, aboveScale, industries, notes));
        }
        table.print(out);
        out.println();
        out.println("说明 Notes:");
        notes.forEach(note -> out.println("  " + note));
        out.println();
        out.println("Size table: " + sizes.title() + " (" + sizes.document() + ")");
        out.println("Above-scale table: " + aboveScale.title() + ", as of " + aboveScale.asOf());
    }

    /** The row's cells; what went wrong is added to {@code notes}, prefixed with the unit's id. */
    private static List<String> answer(Row row, BusinessRegister register, EnterpriseSizeClassifier sizes,
            AboveScaleClassifier aboveScale, IndustryClassification industries, List<String> notes) {
        CodeCheck<UnifiedSocialCreditCode, ?> credit = UnifiedSocialCreditCode.check(row.creditCode());
        String creditCell = credit.isValid() ? "✓ " + credit.value().orElseThrow()
                : "✗ " + credit.reason().orElseThrow().name();
        IndustryCheck industry = industries.check(row.industry());
        String industryCell = industry.code()
                .map(c -> c + " " + industry.nearestEntry().map(e -> e.nameZh()).orElse(""))
                .orElse("✗ " + row.industry());
        if (!credit.isValid()) {
            notes.add(row.id() + " " + credit.errorCode().orElseThrow() + " " + credit.messageZh());
        }
        try {
            register.require(row.id(), PERIOD);
        } catch (StatsbaseException e) {
            notes.add(row.id() + " " + e.code() + " " + e.messageZh());
            return List.of(row.id(), row.name(), creditCell, industryCell, "—", "—");
        }
        String sizeCell;
        String aboveCell;
        IndustryCode code = industry.orElseThrow();
        try {
            SizeClassification size = sizes.classify(code, metrics(row));
            sizeCell = size.size().nameZh() + " " + size.size().name()
                    + size.decidedBy().map(m -> " (" + m.symbol() + ")").orElse("");
        } catch (StatsbaseException e) {
            sizeCell = "—";
            notes.add(row.id() + " " + e.code() + " " + e.messageZh());
        }
        try {
            AboveScaleInput input = AboveScaleInput.of(code, new BigDecimal(row.revenue())).withUnitKind(row.kind())
                    .withQualification(row.qualified()).withDevelopmentActivity(row.developer());
            AboveScaleClassification result = aboveScale.classify(input);
            aboveCell = (result.isAboveScale() ? "是 " : "否 ") + result.category().nameZh();
        } catch (StatsbaseException e) {
            aboveCell = "—";
            notes.add(row.id() + " " + e.code() + " " + e.messageZh());
        }
        return List.of(row.id(), row.name(), creditCell, industryCell, sizeCell, aboveCell);
    }

    private static SizeMetrics metrics(Row row) {
        SizeMetrics metrics = SizeMetrics.none().withEmployees(row.employees())
                .withRevenue(new BigDecimal(row.revenue()));
        return row.assets() == null ? metrics : metrics.withAssets(new BigDecimal(row.assets()));
    }

    private static BusinessRegister register(List<Row> rows) {
        BusinessRegister.Builder builder = BusinessRegister.builder();
        for (Row row : rows) {
            IndustryCode industry = IndustryCode.parse(row.industry());
            StatisticalUnit unit = StatisticalUnit.of(row.id(), row.name(), row.kind(), industry,
                    DivisionCode.parse(row.location()), UnifiedSocialCreditCode.check(row.creditCode()).value(),
                    Optional.empty());
            builder.add(unit, row.inRegisterFrom());
        }
        return builder.build();
    }

    /**
     * A valid, invented credit code registered in the district: authority 9 (工商) with category 1
     * (企业) or, for an individual business, 2 (个体工商户); the organisation code is built from
     * {@code body}.
     */
    static String syntheticCreditCode(UnitKind kind, String body) {
        String organization = body + OrganizationCode.checkCharacter(body);
        String category = kind == UnitKind.INDIVIDUAL_BUSINESS ? "92" : "91";
        String first17 = category + DISTRICT + organization;
        return first17 + UnifiedSocialCreditCode.checkCharacter(first17);
    }

    /** A row whose credit code is built from {@code body} for its kind. */
    private static Row synthetic(String id, String name, UnitKind kind, String body, String location, String industry,
            long employees, String revenue, String assets, boolean qualified, boolean developer, LocalDate from) {
        return new Row(id, name, kind, syntheticCreditCode(kind, body), location, industry, employees, revenue,
                assets, qualified, developer, from);
    }

    static List<Row> syntheticRows() {
        LocalDate longAgo = LocalDate.of(2020, 1, 1);
        String township1 = DISTRICT + "001";
        String township2 = DISTRICT + "002";
        String goodCode = syntheticCreditCode(UnitKind.LEGAL_ENTITY, "MA5UX00B");
        String mistyped = goodCode.substring(0, 17) + (goodCode.charAt(17) == '1' ? '2' : '1');
        return List.of(
                synthetic("L-01", "【示例】江北机械制造有限公司", UnitKind.LEGAL_ENTITY, "MA5UX001",
                        township1, "3311", 420, "36000", "52000", false, false, longAgo),
                synthetic("L-02", "【示例】鱼复食品加工厂", UnitKind.LEGAL_ENTITY, "MA5UX002",
                        township2, "1311", 35, "1800", "900", false, false, longAgo),
                synthetic("L-03", "【示例】观音桥百货有限公司", UnitKind.LEGAL_ENTITY, "MA5UX003",
                        township1, "5211", 60, "800", null, false, false, longAgo),
                synthetic("L-04", "【示例】港城贸易有限公司", UnitKind.LEGAL_ENTITY, "MA5UX004",
                        township2, "5199", 12, "2500", null, false, false, longAgo),
                synthetic("L-05", "【示例】江北建筑工程有限公司", UnitKind.LEGAL_ENTITY, "MA5UX005",
                        township1, "4710", 150, "9000", "6000", true, false, longAgo),
                synthetic("L-06", "【示例】嘴上软件工作室有限公司", UnitKind.LEGAL_ENTITY, "MA5UX006",
                        township1, "6513", 8, "40", null, false, false, longAgo),
                synthetic("I-07", "【示例】老街小面馆（个体）", UnitKind.INDIVIDUAL_BUSINESS, "MA5UX007",
                        township2, "6210", 15, "260", null, false, false, longAgo),
                synthetic("L-08", "【示例】北滨房地产开发有限公司", UnitKind.LEGAL_ENTITY, "MA5UX008",
                        township1, "7010", 90, "5000", "12000", false, true, longAgo),
                synthetic("L-09", "【示例】江北小额贷款有限公司", UnitKind.LEGAL_ENTITY, "MA5UX009",
                        township1, "6635", 25, "3000", "40000", false, false, longAgo),
                new Row("L-10", "【示例】代码录错的公司", UnitKind.LEGAL_ENTITY, mistyped,
                        township2, "3311", 30, "500", null, false, false, longAgo),
                synthetic("L-11", "【示例】十一月新开业公司", UnitKind.LEGAL_ENTITY, "MA5UX011",
                        township2, "5211", 20, "300", null, false, false, LocalDate.of(2026, 11, 1)),
                synthetic("L-12", "【示例】只填了大类的房地产公司", UnitKind.LEGAL_ENTITY, "MA5UX012",
                        township1, "70", 40, "1200", "3000", false, false, longAgo));
    }
}
