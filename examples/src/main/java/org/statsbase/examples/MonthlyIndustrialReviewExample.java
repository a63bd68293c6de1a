package org.statsbase.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.statsbase.core.form.Indicator;
import org.statsbase.core.form.ReportForm;
import org.statsbase.core.form.SurveySystem;
import org.statsbase.core.unit.UnitKind;
import org.statsbase.validation.data.Column;
import org.statsbase.validation.data.ColumnType;
import org.statsbase.validation.data.ColumnarDataset;
import org.statsbase.validation.data.FieldValue;
import org.statsbase.validation.data.Schema;
import org.statsbase.validation.review.Explanation;
import org.statsbase.validation.review.ExplanationPolicy;
import org.statsbase.validation.review.ExplanationRejection;
import org.statsbase.validation.review.ReviewContext;
import org.statsbase.validation.review.ReviewReport;
import org.statsbase.validation.review.RuleSet;
import org.statsbase.validation.review.RuleSummary;
import org.statsbase.validation.review.Violation;
import org.statsbase.validation.rules.RuleDefinition;
import org.statsbase.validation.rules.RuleSetDefinition;
import org.statsbase.validation.spi.ClassPathRuleSetProvider;
import org.statsbase.validation.spi.RuleSets;

/**
 * The review-rules example: a <strong>synthetic</strong> monthly industrial form (an invented survey
 * system read with {@link SurveySystem#read}), a rule set of 20 review formulas (审核公式) read from a
 * YAML resource by id through {@link ClassPathRuleSetProvider}, 1,000 synthetic enterprises for this
 * month and the month before (a seeded {@link Random}, so every run prints the same), reviewed with
 * {@link RuleSet#review}; two written explanations (情况说明) are attached to 核实性 failures, one the
 * {@link ExplanationPolicy} accepts and one (“核实无误”) it rejects, and a summary is printed.
 *
 * <p>Everything here is invented: the survey system, its forms SX201 and SX202, the rules and their
 * thresholds, the enterprises, codes and figures. The credit codes are built with statsbase-core's
 * check-character functions, so they are valid but belong to nobody. A few records of each kind of
 * mistake the rules look for are planted on purpose ({@link Mistake}); every other record passes
 * every rule.
 *
 * <p>Run it: {@code mvn -B -q -DskipTests package && java -cp examples/target/statsbase-examples.jar
 * org.statsbase.examples.MonthlyIndustrialReviewExample}
 */
public final class MonthlyIndustrialReviewExample {

    /** The invented survey system, a JSON resource in core's format. */
    static final String SURVEY_SYSTEM_RESOURCE = "org/statsbase/examples/synthetic-industry-2026.json";
    /** The rule set's id: {@code META-INF/statsbase/rules/synthetic-industry-monthly.yaml}. */
    static final String RULE_SET_ID = "synthetic-industry-monthly";
    /** The reviewed form and the form the cross-form rule reads. */
    static final String REVIEWED_FORM = "SX201";
    static final String LABOUR_FORM = "SX202";
    static final String KEY = "A01";
    static final int ENTERPRISES = 1000;
    static final long SEED = 20261031L;
    /** A synthetic county: 重庆市江北区, as in {@link DistrictRegisterExample}, with twelve townships. */
    static final String COUNTY = "500105";
    static final int TOWNSHIPS = 12;
    static final Instant EXPLAINED_AT = Instant.parse("2026-11-06T02:30:00Z");
    /** The explanation the default policy accepts, and the set phrase it rejects. */
    static final Explanation GOOD_EXPLANATION = Explanation.of(
            "本月新接两笔出口订单，已于10月交货并开票，营业收入较上月大幅增长，附合同及发票复印件。", "王会计", EXPLAINED_AT);
    static final Explanation BOILERPLATE_EXPLANATION = Explanation.of("核实无误", "李统计", EXPLAINED_AT);

    /** The kinds of mistake planted in the synthetic data, each with the rule meant to find it. */
    enum Mistake {
        BAD_CREDIT_CODE("R01", 3),
        DUPLICATE_REPORT("R02", 2),
        TOWNSHIP_NOT_IN_LIST("R03", 3),
        NOT_AN_INDUSTRIAL_CLASS("R04", 3),
        NAME_TOO_SHORT("R05", 3),
        BAD_TELEPHONE("R06", 3),
        UNKNOWN_STATUS("R07", 2),
        REVENUE_MISSING("R08", 3),
        NEGATIVE_OUTPUT("R09", 3),
        EMPLOYEES_TYPO("R10", 2),
        MAIN_REVENUE_ABOVE_TOTAL("R11", 3),
        OUTPUT_WITHOUT_EMPLOYEES("R12", 2),
        SUSPENDED_WITH_OUTPUT("R13", 3),
        EXPENSES_UNBALANCED("R14", 4),
        REVENUE_JUMP("R15", 4),
        EMPLOYEES_JUMP("R16", 3),
        LABOUR_FORM_DISAGREES("R17", 3),
        WAGES_OUT_OF_RANGE("R18", 3),
        COSTS_ABOVE_REVENUE("R19", 3),
        HIGH_OUTPUT_PER_PERSON("R20", 2);

        private final String ruleId;
        private final int records;

        Mistake(String ruleId, int records) {
            this.ruleId = ruleId;
            this.records = records;
        }

        /** The rule meant to find this mistake. */
        String ruleId() {
            return ruleId;
        }

        /** How many records get it (for a duplicate report: how many records are copied). */
        int records() {
            return records;
        }
    }

    /**
     * The synthetic data: this month's SX201, last month's SX201, this month's SX202, the county's
     * township code list, and the 0-based rows of this month's SX201 that carry each planted mistake
     * (for a duplicate report: the original and its copy).
     */
    record SyntheticData(ColumnarDataset current, ColumnarDataset previous, ColumnarDataset labour, Set<String> townships,
            Map<Mistake, Set<Integer>> mistakes) {
    }

    /** An explanation given to a violation, and why the policy rejects it (empty when accepted). */
    record Explained(Violation violation, Optional<ExplanationRejection> rejection) {
    }

    /**
     * Everything the example computes: the survey system, the compiled rules, the data, the report
     * as the review gave it, the report with the explanations, and the explanations given.
     */
    record Outcome(SurveySystem system, RuleSet rules, SyntheticData data, ReviewReport reviewed, ReviewReport explained,
            List<Explained> explanations, ExplanationPolicy policy) {

        /** How many of this month's records {@code report} finds acceptable under the policy. */
        int acceptableRecords(ReviewReport report) {
            int acceptable = 0;
            for (int row = 0; row < data.current().size(); row++) {
                if (report.isAcceptable(data.current().key(row), policy)) {
                    acceptable++;
                }
            }
            return acceptable;
        }
    }

    private MonthlyIndustrialReviewExample() {
    }

    public static void main(String[] args) {
        run(new PrintStream(System.out, true, StandardCharsets.UTF_8));
    }

    /** Reviews the synthetic data and prints the summary to {@code out}. */
    static void run(PrintStream out) {
        print(review(), out);
    }

    /** Reads the form and the rules, generates the data, reviews it and attaches two explanations. */
    static Outcome review() {
        SurveySystem system = surveySystem();
        ReportForm form = system.form(REVIEWED_FORM).orElseThrow();
        RuleSetDefinition definition = RuleSets
                .of(ClassPathRuleSetProvider.of(loader(), ClassPathRuleSetProvider.DEFAULT_BASE))
                .find(RULE_SET_ID);
        RuleSet rules = RuleSet.compile(definition, form);
        SyntheticData data = generate(system, SEED);
        ReviewReport reviewed = rules.review(data.current(), ReviewContext.empty()
                .withPrevious(data.previous())
                .withForm(LABOUR_FORM, data.labour())
                .withCodeList("towns", data.townships()));

        // Explain two 核实性 failures of the revenue-growth rule, both rises, on records that fail
        // nothing else, so that the explanation alone decides whether the record is acceptable.
        ExplanationPolicy policy = ExplanationPolicy.defaults();
        List<Violation> explainable = reviewed.violations().stream()
                .filter(v -> v.ruleId().equals(Mistake.REVENUE_JUMP.ruleId()))
                .filter(v -> v.imbalance().map(d -> d.signum() > 0).orElse(false))
                .filter(v -> reviewed.violations(v.key()).size() == 1)
                .limit(2)
                .toList();
        ReviewReport explained = reviewed;
        List<Explained> given = new ArrayList<>();
        List<Explanation> texts = List.of(GOOD_EXPLANATION, BOILERPLATE_EXPLANATION);
        for (int i = 0; i < explainable.size(); i++) {
            Violation v = explainable.get(i);
            explained = explained.explain(v.ruleId(), v.key(), texts.get(i));
            given.add(new Explained(v.withExplanation(texts.get(i)), policy.judge(texts.get(i))));
        }
        return new Outcome(system, rules, data, reviewed, explained, List.copyOf(given), policy);
    }

    static SurveySystem surveySystem() {
        try (InputStream in = Objects.requireNonNull(loader().getResourceAsStream(SURVEY_SYSTEM_RESOURCE),
                SURVEY_SYSTEM_RESOURCE)) {
            return SurveySystem.read(SURVEY_SYSTEM_RESOURCE, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ClassLoader loader() {
        return MonthlyIndustrialReviewExample.class.getClassLoader();
    }

    // ------------------------------------------------------------------------------------------
    // Printing

    static void print(Outcome o, PrintStream out) {
        ReportForm form = o.system().form(REVIEWED_FORM).orElseThrow();
        RuleSetDefinition definition = o.rules().definition();
        ReviewReport report = o.explained();
        out.println("statsbase example — SYNTHETIC monthly industrial review (审核公式), form " + form.id());
        out.println("示例数据：报表制度、表式、审核公式、单位和数字均为虚构。"
                + " The survey system, forms, rules, units and figures are all invented.");
        out.println();
        out.println("Survey system 报表制度: " + o.system().id() + " " + o.system().nameZh());
        out.println("Form 表式: " + form.id() + " " + form.nameZh() + ", " + form.indicators().size() + " indicators 指标");
        out.println("Rule set 审核公式集: " + definition.id() + " " + definition.version().orElse("")
                + ", " + definition.rules().size() + " rules, tolerance " + definition.tolerance().toPlainString());
        out.println("Data 数据: " + o.data().current().size() + " records this month 本月, "
                + o.data().previous().size() + " last month 上月 (prev.), " + o.data().labour().size()
                + " on form " + LABOUR_FORM + " (form(\"" + LABOUR_FORM + "\").); seed " + SEED);
        out.println();

        out.println("Per rule 各条规则 (items = passes + fails + NA + errors):");
        Map<String, RuleDefinition> byId = definition.rules().stream()
                .collect(Collectors.toMap(RuleDefinition::id, r -> r, (a, b) -> a, LinkedHashMap::new));
        Table table = new Table("规则 Rule", "级别 Level", "items", "passes", "fails", "NA", "errors", "名称 Name");
        for (RuleSummary s : report.summaries()) {
            table.add(List.of(s.ruleId(), s.severity().nameZh() + " " + s.severity().name(), Long.toString(s.items()),
                    Long.toString(s.passes()), Long.toString(s.fails()), Long.toString(s.notApplicable()),
                    Long.toString(s.errors()), byId.get(s.ruleId()).name().zhOrEn()));
        }
        table.print(out);
        out.println();

        out.println("First violation of each rule 各条规则的第一条不通过记录 (" + report.violations().size()
                + " violations in all):");
        Set<String> shown = new TreeSet<>();
        for (Violation v : report.violations()) {
            if (shown.add(v.ruleId())) {
                out.println(violationLine(v));
                out.println("    fields 读取: " + fields(v));
                out.println("    imbalance 差额: " + v.imbalance().map(MonthlyIndustrialReviewExample::shown).orElse("—"));
                out.println("    " + v.message().zhOrEn());
            }
        }
        out.println();

        out.println("Explanations 情况说明 (ExplanationPolicy.defaults(): an author, at least "
                + o.policy().minimumLength() + " letters or digits, more than set phrases such as “核实无误”):");
        for (Explained e : o.explanations()) {
            Violation v = e.violation();
            Explanation x = v.explanation().orElseThrow();
            out.println("  " + violationLine(v));
            out.println("    “" + x.text() + "” — " + x.author() + ", " + x.at());
            out.println("    " + e.rejection()
                    .map(r -> "rejected 不予接受: " + r.code() + " " + r.messageZh() + " / " + r.messageEn())
                    .orElse("accepted 接受"));
        }
        out.println();

        int before = o.acceptableRecords(o.reviewed());
        int after = o.acceptableRecords(report);
        out.println("Acceptable records 审核通过的记录: " + after + " of " + report.records()
                + " (before the explanations 说明前: " + before + ")");
        out.println("Evaluation errors 无法计算: " + report.errors().size());
    }

    /** An imbalance as printed: exact up to four decimals, else rounded to four (growth rates are long). */
    static String shown(BigDecimal imbalance) {
        BigDecimal plain = imbalance.stripTrailingZeros();
        if (plain.scale() <= 4) {
            return plain.toPlainString();
        }
        return "≈" + plain.setScale(4, RoundingMode.HALF_UP).toPlainString();
    }

    static String violationLine(Violation v) {
        return v.ruleId() + " " + v.severity().nameZh() + " row " + v.row() + " " + v.key();
    }

    private static String fields(Violation v) {
        return v.fields().stream().map(MonthlyIndustrialReviewExample::field).collect(Collectors.joining(", "));
    }

    private static String field(FieldValue f) {
        return f.field() + "=" + f.value().render();
    }

    // ------------------------------------------------------------------------------------------
    // Synthetic data

    /** One synthetic enterprise's report for one month; amounts in tenths of 千元 (one decimal). */
    private static final class Report {
        String creditCode;
        String name;
        String industry;
        String township;
        String telephone;
        String status = "1";
        long output;
        Long revenue;
        long mainRevenue;
        long costs;
        long expenses;
        long selling;
        long administrative;
        long research;
        long financial;
        long employees;
        /** What form SX202 says: persons employed and wages payable (tenths of 千元). */
        long labourEmployees;
        long wages;

        Report copy() {
            Report r = new Report();
            r.creditCode = creditCode;
            r.name = name;
            r.industry = industry;
            r.township = township;
            r.telephone = telephone;
            r.status = status;
            r.output = output;
            r.revenue = revenue;
            r.mainRevenue = mainRevenue;
            r.costs = costs;
            r.expenses = expenses;
            r.selling = selling;
            r.administrative = administrative;
            r.research = research;
            r.financial = financial;
            r.employees = employees;
            r.labourEmployees = labourEmployees;
            r.wages = wages;
            return r;
        }

        /** Amounts and persons of a month with {@code revenue} (tenths of 千元) and {@code persons}. */
        void figures(Random random, long revenueTenths, long persons) {
            revenue = revenueTenths;
            mainRevenue = share(revenueTenths, random, 0.85, 1.0);
            output = share(revenueTenths, random, 0.9, 1.1);
            costs = share(revenueTenths, random, 0.7, 0.9);
            selling = share(revenueTenths, random, 0.02, 0.05);
            administrative = share(revenueTenths, random, 0.03, 0.06);
            research = share(revenueTenths, random, 0.0, 0.03);
            financial = share(revenueTenths, random, 0.0, 0.01);
            expenses = selling + administrative + research + financial;
            employees = persons;
            labourEmployees = persons;
            wages = share(persons * 10, random, 4.0, 12.0);
        }

        /** A suspended enterprise: no output or revenue, a few persons kept on. */
        void suspended(Random random, long persons) {
            status = "2";
            revenue = 0L;
            mainRevenue = output = costs = selling = administrative = research = financial = expenses = 0;
            employees = labourEmployees = persons;
            wages = share(persons * 10, random, 2.5, 4.0);
        }

        Map<String, Object> form201() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("A01", creditCode);
            m.put("A02", name);
            m.put("A03", industry);
            m.put("A04", township);
            m.put("A05", telephone);
            m.put("A06", status);
            m.put("B01", thousands(output));
            m.put("B02", revenue == null ? null : thousands(revenue));
            m.put("B03", thousands(mainRevenue));
            m.put("B04", thousands(costs));
            m.put("B05", thousands(expenses));
            m.put("B06", thousands(selling));
            m.put("B07", thousands(administrative));
            m.put("B08", thousands(research));
            m.put("B09", thousands(financial));
            m.put("C01", employees);
            return m;
        }

        Map<String, Object> form202() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("A01", creditCode);
            m.put("L01", labourEmployees);
            m.put("L02", thousands(wages));
            return m;
        }
    }

    private static long share(long tenths, Random random, double low, double high) {
        return Math.round(tenths * (low + (high - low) * random.nextDouble()));
    }

    private static BigDecimal thousands(long tenths) {
        return BigDecimal.valueOf(tenths, 1);
    }

    private static final String[] INDUSTRIES = {"0610", "1311", "1391", "1713", "1810", "2211", "2614", "2929", "3011",
        "3311", "3331", "3411", "3484", "3670", "3824", "3981", "4411", "4430", "4610"};
    private static final String[] TRADES = {"机械制造", "食品加工", "纺织", "服装", "造纸", "化工", "塑料制品", "建材", "金属制品",
        "通用设备", "汽车零部件", "电气机械", "电子元件", "供热", "自来水"};
    private static final String[] BAD_TELEPHONES = {"1380023", "023 6798 1234", "138-0023-4567"};

    /**
     * Generates this month's and last month's SX201 and this month's SX202 for {@link #ENTERPRISES}
     * enterprises of the synthetic county, planting the {@link Mistake}s; the same seed gives the same data.
     */
    static SyntheticData generate(SurveySystem system, long seed) {
        Random random = new Random(seed);
        List<String> townships = new ArrayList<>();
        for (int t = 1; t <= TOWNSHIPS; t++) {
            townships.add(COUNTY + String.format("%03d", t) + "000");
        }
        List<Report> current = new ArrayList<>(ENTERPRISES);
        List<Report> previous = new ArrayList<>(ENTERPRISES);
        List<Integer> ordinary = new ArrayList<>();
        for (int i = 0; i < ENTERPRISES; i++) {
            Report last = new Report();
            last.creditCode = DistrictRegisterExample.syntheticCreditCode(
                    UnitKind.LEGAL_ENTITY, String.format("7%07d", i + 1));
            last.name = "【示例】江北" + TRADES[random.nextInt(TRADES.length)] + "第" + (i + 1) + "有限公司";
            last.industry = INDUSTRIES[random.nextInt(INDUSTRIES.length)];
            last.township = townships.get(random.nextInt(townships.size()));
            last.telephone = random.nextInt(4) == 0
                    ? "023-6" + String.format("%07d", random.nextInt(10_000_000))
                    : "1" + (3 + random.nextInt(7)) + String.format("%09d", random.nextInt(1_000_000_000));
            int kind = random.nextInt(100);
            Report now;
            if (kind < 2) {
                // suspended last month and this month
                last.suspended(random, 3 + random.nextInt(6));
                now = last.copy();
                now.suspended(random, last.employees);
            } else {
                long persons = 20 + random.nextInt(781);
                last.figures(random, 5_000 + random.nextInt(495_001), persons);
                now = last.copy();
                long revenue = Math.round(last.revenue * (0.8 + 0.45 * random.nextDouble()));
                long change = Math.round(persons * (-0.05 + 0.1 * random.nextDouble()));
                now.figures(random, revenue, persons + change);
                if (kind >= 4) {
                    ordinary.add(i);
                }
            }
            current.add(now);
            // kinds 2 and 3: new this month, so last month has no record of them (prev. reads missing)
            previous.add(kind == 2 || kind == 3 ? null : last);
        }

        Map<Mistake, Set<Integer>> planted = plant(current, previous, ordinary, random);

        Schema form201 = schema(system.form(REVIEWED_FORM).orElseThrow());
        Schema form202 = schema(system.form(LABOUR_FORM).orElseThrow());
        List<Map<String, Object>> now = current.stream().map(Report::form201).toList();
        List<Map<String, Object>> last = previous.stream().filter(Objects::nonNull).map(Report::form201).toList();
        List<Map<String, Object>> labour = current.stream().map(Report::form202).toList();
        return new SyntheticData(ColumnarDataset.fromMaps("SX201 2026-10", form201, now),
                ColumnarDataset.fromMaps("SX201 2026-09", form201, last),
                ColumnarDataset.fromMaps("SX202 2026-10", form202, labour),
                Collections.unmodifiableSet(new TreeSet<>(townships)), planted);
    }

    /** Plants each mistake in its own ordinary records (established, operating, in last month's data). */
    private static Map<Mistake, Set<Integer>> plant(List<Report> current, List<Report> previous, List<Integer> ordinary,
            Random random) {
        List<Integer> candidates = new ArrayList<>(ordinary);
        Collections.shuffle(candidates, random);
        int next = 0;
        Map<Mistake, Set<Integer>> planted = new EnumMap<>(Mistake.class);
        for (Mistake mistake : Mistake.values()) {
            Set<Integer> rows = new TreeSet<>();
            for (int n = 0; n < mistake.records(); n++) {
                int row = candidates.get(next++);
                Report r = current.get(row);
                Report last = previous.get(row);
                rows.add(row);
                switch (mistake) {
                    case BAD_CREDIT_CODE -> {
                        char check = r.creditCode.charAt(17);
                        r.creditCode = r.creditCode.substring(0, 17) + (check == '0' ? '1' : '0');
                    }
                    case DUPLICATE_REPORT -> {
                        // the same report filed twice: another record replaced by a copy of this one
                        int copy = candidates.get(next++);
                        current.set(copy, r.copy());
                        rows.add(copy);
                    }
                    case TOWNSHIP_NOT_IN_LIST -> r.township = COUNTY + "099000";
                    case NOT_AN_INDUSTRIAL_CLASS -> r.industry = "5123";
                    case NAME_TOO_SHORT -> r.name = "【示例】厂";
                    case BAD_TELEPHONE -> r.telephone = BAD_TELEPHONES[n % BAD_TELEPHONES.length];
                    case UNKNOWN_STATUS -> r.status = "3";
                    case REVENUE_MISSING -> r.revenue = null;
                    case NEGATIVE_OUTPUT -> r.output = -r.output;
                    case EMPLOYEES_TYPO -> r.employees = r.employees * 10_000;
                    case MAIN_REVENUE_ABOVE_TOTAL -> r.mainRevenue = Math.round(r.revenue * 1.2);
                    case OUTPUT_WITHOUT_EMPLOYEES -> r.employees = 0;
                    case SUSPENDED_WITH_OUTPUT -> r.status = "2";
                    case EXPENSES_UNBALANCED -> r.expenses += 356;
                    case REVENUE_JUMP -> r.figures(random,
                            Math.round(last.revenue * (n == mistake.records() - 1 ? 0.3 : 2.6)), r.employees);
                    case EMPLOYEES_JUMP -> {
                        long persons = Math.round(last.employees * 1.6);
                        r.employees = r.labourEmployees = persons;
                        r.wages = share(persons * 10, random, 4.0, 12.0);
                    }
                    case LABOUR_FORM_DISAGREES -> r.labourEmployees = r.employees + 7;
                    case WAGES_OUT_OF_RANGE -> r.wages = r.employees * 900;
                    case COSTS_ABOVE_REVENUE -> r.costs = Math.round(r.revenue * 1.8);
                    case HIGH_OUTPUT_PER_PERSON -> r.output = r.employees * 120_000;
                }
            }
            planted.put(mistake, Collections.unmodifiableSet(rows));
        }
        return Collections.unmodifiableMap(planted);
    }

    /** The dataset columns of a form: its indicators, typed as the review engine reads them, keyed by A01. */
    static Schema schema(ReportForm form) {
        List<Column> columns = new ArrayList<>();
        for (Indicator i : form.indicators()) {
            columns.add(Column.of(i.code(), switch (i.type()) {
                case NUMBER, INTEGER -> ColumnType.NUMBER;
                case TEXT, CODE -> ColumnType.TEXT;
                case DATE -> ColumnType.DATE;
                case BOOLEAN -> ColumnType.BOOLEAN;
            }));
        }
        return Schema.of(columns, List.of(KEY));
    }
}
