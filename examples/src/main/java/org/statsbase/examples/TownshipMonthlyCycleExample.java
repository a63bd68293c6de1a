package org.statsbase.examples;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.statsbase.core.code.DivisionCode;
import org.statsbase.core.code.IndustryCode;
import org.statsbase.core.form.ReportForm;
import org.statsbase.core.org.PersonId;
import org.statsbase.core.period.DeadlineCalendar;
import org.statsbase.core.period.DeadlineRule;
import org.statsbase.core.period.Frequency;
import org.statsbase.core.period.ReportingPeriod;
import org.statsbase.core.unit.BusinessRegister;
import org.statsbase.core.unit.StatisticalUnit;
import org.statsbase.core.unit.UnitKind;
import org.statsbase.reporting.Actor;
import org.statsbase.reporting.ProxyAuthorisation;
import org.statsbase.reporting.ReportingEvents;
import org.statsbase.reporting.Role;
import org.statsbase.reporting.Submission;
import org.statsbase.reporting.SubmissionKey;
import org.statsbase.reporting.SubmissionState;
import org.statsbase.reporting.Submissions;
import org.statsbase.reporting.accountability.Accountability;
import org.statsbase.reporting.accountability.EntryKind;
import org.statsbase.reporting.accountability.FigureEntry;
import org.statsbase.reporting.accountability.FigureHistory;
import org.statsbase.reporting.deadline.DeadlineReport;
import org.statsbase.reporting.deadline.DeadlineStatus;
import org.statsbase.reporting.deadline.ReportingDeadlines;
import org.statsbase.reporting.deadline.ReportingStatus;
import org.statsbase.reporting.error.SubmissionRefusedException;
import org.statsbase.trail.Anchor;
import org.statsbase.trail.HashAlgorithm;
import org.statsbase.trail.Outcome;
import org.statsbase.trail.Trail;
import org.statsbase.trail.TrailEvent;
import org.statsbase.trail.Verification;
import org.statsbase.trail.store.InMemoryEventStore;
import org.statsbase.validation.review.RuleSet;
import org.statsbase.validation.rules.RuleSetDefinition;
import org.statsbase.validation.spi.ClassPathRuleSetProvider;
import org.statsbase.validation.spi.RuleSets;

/**
 * The reporting-cycle example: one <strong>synthetic</strong> township's monthly cycle of the invented
 * form SX201 (the survey system of {@link MonthlyIndustrialReviewExample}) for October 2026, run with
 * statsbase-reporting over an in-memory trail — twenty invented enterprises fill, sign (统计法 2009
 * 第二十一条) and submit; the review on submitting (rule set {@value #RULE_SET_ID}) blocks mandatory
 * failures until the enterprise fixes them and verify failures until it explains them; one enterprise
 * misses the deadline and is urged (催报) and reports late (迟报), another is urged and never reports
 * (拒报); a defence-industry (军工) unit is filled in by the county office's proxy under a recorded
 * authorisation (the one exception to 国统字〔2012〕12号's ban on 代填代报); the township reviewer
 * returns one report with a query and tries — refused — to correct a figure herself; the enterprise
 * answers, corrects and resubmits; the county bureau accepts (验收) and forwards (上报) every report.
 * Then the accountability chain of one figure ({@link Accountability#verifiedFigure}), the deadline
 * lists and the verification of the whole trail against its head ({@link Trail#verify(Anchor)}).
 *
 * <p>Everything here is invented: the township, enterprises, people, codes, figures, the deadline and
 * the rules. A seeded {@link Random} makes the figures and who plays which part, and a clock the
 * example moves by hand stamps every event, so every run prints the same, hashes included.
 *
 * <p>Run it: {@code mvn -B -q -DskipTests package && java -cp examples/target/statsbase-examples.jar
 * org.statsbase.examples.TownshipMonthlyCycleExample}
 */
public final class TownshipMonthlyCycleExample {

    static final String FORM = MonthlyIndustrialReviewExample.REVIEWED_FORM;
    /** The rule set run on submitting: {@code META-INF/statsbase/rules/synthetic-industry-monthly-unit.yaml}. */
    static final String RULE_SET_ID = "synthetic-industry-monthly-unit";
    static final ReportingPeriod PERIOD = ReportingPeriod.ofMonth(2026, 10);
    static final int ENTERPRISES = 20;
    static final long SEED = 20261116L;
    /** A synthetic township of 重庆市江北区 (the district of the other examples) and its county. */
    static final DivisionCode TOWNSHIP = DivisionCode.parse("500105001000");
    static final DivisionCode COUNTY = DivisionCode.parse("500105000000");
    static final String CITY = "【示例】市统计局";
    static final ZoneId ZONE = DeadlineCalendar.DEFAULT_ZONE;
    /** The figure whose accountability chain is printed: revenue (营业收入) of the returned report. */
    static final String FIGURE = "B02";

    static final Actor OFFICE = Actor.official(PersonId.of("county-office-zhao"), Role.OFFICE, COUNTY);
    static final Actor PROXY = Actor.official(PersonId.of("county-proxy-wang"), Role.PROXY_FILLER, COUNTY);
    static final Actor TOWNSHIP_REVIEWER = Actor.official(PersonId.of("township-reviewer-liu"),
            Role.TOWNSHIP_REVIEWER, TOWNSHIP);
    static final Actor COUNTY_REVIEWER = Actor.official(PersonId.of("county-reviewer-chen"), Role.COUNTY_REVIEWER,
            COUNTY);

    static final String GOOD_EXPLANATION = "本月集中结转停产检修期间的固定费用并计提存货跌价准备，营业成本高于收入，附会计凭证复印件。";
    static final String BOILERPLATE_EXPLANATION = "核实无误";
    static final String QUERY = "营业收入较上月明显偏高，请核实是否含9月已发货、10月才开票的货款。";
    static final String ANSWER = "经核实，营业收入含9月已发货的货款，已按权责发生制更正营业收入和主营业务收入。";

    /** The part an enterprise plays in the story, with how many play it. */
    enum Part {
        ON_TIME("按时报送", "submits on time", 11),
        WRONG_CREDIT_CODE("信用代码录错，更正后报送", "credit code mistyped (mandatory), fixed", 1),
        UNBALANCED_EXPENSES("期间费用不平衡，更正后报送", "expenses do not add up (mandatory), fixed", 1),
        REVENUE_MISSING("漏填营业收入，补填后报送", "revenue left out (mandatory), filled in", 1),
        VERIFY_EXPLAINED("核实性审核不通过，说明后报送", "verify failure explained", 1),
        BOILERPLATE_THEN_EXPLAINED("“核实无误”被拒，重新说明后报送", "“核实无误” rejected, then explained", 1),
        LATE_URGED("逾期，经催报后迟报", "misses the deadline, urged, reports late", 1),
        DEFENCE_PROXY("军工单位，授权代填代报", "defence-industry unit, filled in by proxy", 1),
        RETURNED("被退回查询，答复更正后重报", "returned with a query, answered and resubmitted", 1),
        REFUSING("经催报仍未报送（拒报）", "urged and never reports (refusing)", 1);

        final String zh;
        final String en;
        final int count;

        Part(String zh, String en, int count) {
            this.zh = zh;
            this.en = en;
            this.count = count;
        }
    }

    /** One synthetic enterprise: its register entry, its part, its correct figures and its three signatories. */
    record Enterprise(String id, String name, String creditCode, DivisionCode village, String industry, Part part,
            Map<String, String> figures) {

        SubmissionKey key() {
            return SubmissionKey.of(id, FORM, PERIOD);
        }

        Actor filler() {
            return Actor.staff(PersonId.of(id.toLowerCase() + "-filler"), Role.FILLER, id);
        }

        Actor lead() {
            return Actor.staff(PersonId.of(id.toLowerCase() + "-lead"), Role.STATISTICS_LEAD, id);
        }

        Actor head() {
            return Actor.staff(PersonId.of(id.toLowerCase() + "-head"), Role.UNIT_HEAD, id);
        }
    }

    /** A step the library refused, as the example saw it: the trail event it recorded and the message. */
    record Refused(long sequence, String unitId, String actor, String code, String messageZh, String messageEn) {
    }

    /**
     * Everything the run leaves: the trail and the services over it, the enterprises, the refusals in
     * order, the proxy authorisation, the register and calendar, and the instant the run ended.
     */
    record Cycle(Trail trail, Submissions submissions, ReportingDeadlines deadlines, List<Enterprise> enterprises,
            List<Refused> refusals, ProxyAuthorisation authorisation, DeadlineReport beforeUrging,
            DeadlineReport afterUrging, Instant end) {

        Enterprise playing(Part part) {
            return enterprises.stream().filter(e -> e.part() == part).findFirst().orElseThrow();
        }

        List<String> unitIds() {
            return enterprises.stream().map(Enterprise::id).toList();
        }

        DeadlineReport deadlineReport() {
            return deadlines.report(FORM, PERIOD, unitIds(), end);
        }
    }

    private TownshipMonthlyCycleExample() {
    }

    public static void main(String[] args) {
        run(new PrintStream(System.out, true, StandardCharsets.UTF_8));
    }

    /** Runs the cycle and prints it to {@code out}. */
    static void run(PrintStream out) {
        print(cycle(), out);
    }

    // ------------------------------------------------------------------------------------------
    // The cycle

    /** Runs the month: every step through the library, recorded in a new in-memory trail. */
    static Cycle cycle() {
        ReportForm form = MonthlyIndustrialReviewExample.surveySystem().form(FORM).orElseThrow();
        RuleSetDefinition definition = RuleSets
                .of(ClassPathRuleSetProvider.of(TownshipMonthlyCycleExample.class.getClassLoader(),
                        ClassPathRuleSetProvider.DEFAULT_BASE))
                .find(RULE_SET_ID);
        RuleSet rules = RuleSet.compile(definition, form);
        List<Enterprise> enterprises = enterprises(SEED);
        BusinessRegister register = register(enterprises);
        Enterprise defence = enterprises.stream().filter(e -> e.part() == Part.DEFENCE_PROXY).findFirst().orElseThrow();

        SteppedClock clock = new SteppedClock(at(11, 2, 9, 0));
        Trail trail = Trail.open(InMemoryEventStore.create(), HashAlgorithm.SHA_256, clock);
        Submissions submissions = Submissions.builder().trail(trail).register(register)
                .ruleSets(Map.of(FORM, rules)).forms(List.of(form)).clock(clock)
                .defenceIndustryUnits(Set.of(defence.id())).build();
        ReportingDeadlines deadlines = ReportingDeadlines.of(trail, calendar(), register, clock);
        Run run = new Run(submissions, clock);

        // 11-02: the county office records the proxy authorisation for the defence-industry unit; the
        // proxy's attempt on an ordinary enterprise is refused (no 代填代报 outside 军工).
        ProxyAuthorisation authorisation = submissions.authoriseProxy(OFFICE, defence.id(), PROXY.person(),
                "【示例】县统计局军工单位代填代报授权书〔2026〕1号");
        Enterprise ordinary = enterprises.stream().filter(e -> e.part() == Part.ON_TIME).findFirst().orElseThrow();
        run.refused(ordinary.id(), () -> submissions.create(PROXY, ordinary.key()));

        // 11-03 … 11-12: the enterprises fill, sign and submit, two a morning and two an afternoon.
        int slot = 0;
        for (Enterprise e : enterprises) {
            if (e.part() == Part.REFUSING) {
                continue;
            }
            clock.set(at(11, 3 + slot / 2, slot % 2 == 0 ? 9 : 14, 0));
            slot++;
            run.file(e);
        }

        // 11-16 12:00 is the deadline. 11-17 09:00: two enterprises have not reported; the office urges both.
        clock.set(at(11, 17, 9, 0));
        List<String> ids = enterprises.stream().map(Enterprise::id).toList();
        DeadlineReport beforeUrging = deadlines.report(FORM, PERIOD, ids, clock.instant());
        for (Part p : List.of(Part.LATE_URGED, Part.REFUSING)) {
            Enterprise e = enterprises.stream().filter(x -> x.part() == p).findFirst().orElseThrow();
            run.step();
            deadlines.urge(OFFICE.person(), e.key(), at(11, 19, 12, 0),
                    "请于 11 月 19 日 12 时前报送 " + FORM + " 表，逾期将依统计法第四十一条处理。");
        }
        DeadlineReport afterUrging = deadlines.report(FORM, PERIOD, ids, clock.advance());

        // 11-17 10:00: the township reviewer returns one report with a query, then tries to correct the
        // figure herself — refused (red line 4) and kept in the figure's history.
        Enterprise returned = enterprises.stream().filter(e -> e.part() == Part.RETURNED).findFirst().orElseThrow();
        clock.set(at(11, 17, 10, 0));
        submissions.returnWithQuery(TOWNSHIP_REVIEWER, returned.key(), QUERY);
        run.step();
        String corrected = corrected(returned.figures().get("B02"));
        run.refused(returned.id(), () -> submissions.enter(TOWNSHIP_REVIEWER, returned.key(), Map.of(FIGURE, corrected)));

        // 11-17 14:00: the enterprise answers, corrects revenue and main revenue, signs again and resubmits.
        clock.set(at(11, 17, 14, 0));
        String queryId = submissions.state(returned.key()).orElseThrow().openQueries().get(0).id();
        submissions.answer(returned.filler(), returned.key(), queryId, ANSWER);
        run.step();
        Map<String, String> correction = new LinkedHashMap<>();
        correction.put("B02", corrected);
        correction.put("B03", corrected(returned.figures().get("B03"), returned.figures().get("B02")));
        submissions.enter(returned.filler(), returned.key(), correction);
        run.signAndSubmit(returned, returned.filler());

        // 11-18 10:00: the urged enterprise reports, after the deadline but before the urging's.
        Enterprise late = enterprises.stream().filter(e -> e.part() == Part.LATE_URGED).findFirst().orElseThrow();
        clock.set(at(11, 18, 10, 0));
        run.signAndSubmit(late, late.filler());

        // 11-20 09:00: the urging's deadline passed without a report: the office records the refusal (拒报).
        Enterprise refusing = enterprises.stream().filter(e -> e.part() == Part.REFUSING).findFirst().orElseThrow();
        clock.set(at(11, 20, 9, 0));
        deadlines.flagRefusing(OFFICE.person(), refusing.key());

        // 11-20 10:00: the county bureau accepts (验收) and forwards (上报) every submitted report.
        clock.set(at(11, 20, 10, 0));
        for (Enterprise e : enterprises) {
            Optional<Submission> s = submissions.state(e.key());
            if (s.isPresent() && s.get().state() == SubmissionState.SUBMITTED) {
                run.step();
                submissions.accept(COUNTY_REVIEWER, e.key());
                run.step();
                submissions.forward(COUNTY_REVIEWER, e.key(), CITY);
            }
        }
        Instant end = at(11, 20, 17, 0);
        clock.set(end);
        return new Cycle(trail, submissions, deadlines, enterprises, List.copyOf(run.refusals), authorisation,
                beforeUrging, afterUrging, end);
    }

    /** The steps of the run, with the clock moved a few minutes before each and the refusals collected. */
    private static final class Run {
        private final Submissions submissions;
        private final SteppedClock clock;
        private final List<Refused> refusals = new ArrayList<>();

        Run(Submissions submissions, SteppedClock clock) {
            this.submissions = submissions;
            this.clock = clock;
        }

        void step() {
            clock.advance();
        }

        /** An enterprise's filing: what it enters first depends on its part; the fixes follow the refusals. */
        void file(Enterprise e) {
            Actor filler = e.part() == Part.DEFENCE_PROXY ? PROXY : e.filler();
            Map<String, String> first = new LinkedHashMap<>(e.figures());
            switch (e.part()) {
                case WRONG_CREDIT_CODE -> first.put("A01", mistyped(e.creditCode()));
                case UNBALANCED_EXPENSES -> first.put("B05", plus(e.figures().get("B05"), "35.6"));
                case REVENUE_MISSING -> first.remove("B02");
                default -> {
                    // entered as they are
                }
            }
            step();
            submissions.create(filler, e.key());
            step();
            submissions.enter(filler, e.key(), first);
            if (e.part() == Part.LATE_URGED) {
                return; // the draft waits until after the deadline
            }
            switch (e.part()) {
                case WRONG_CREDIT_CODE, UNBALANCED_EXPENSES, REVENUE_MISSING -> {
                    sign(e, filler);
                    refused(e.id(), () -> submissions.submit(filler, e.key()));
                    String indicator = e.part() == Part.WRONG_CREDIT_CODE ? "A01"
                            : e.part() == Part.UNBALANCED_EXPENSES ? "B05" : "B02";
                    step();
                    submissions.enter(filler, e.key(), Map.of(indicator, e.figures().get(indicator)));
                }
                case VERIFY_EXPLAINED -> {
                    sign(e, filler);
                    refused(e.id(), () -> submissions.submit(filler, e.key()));
                    step();
                    submissions.explain(filler, e.key(), "U08", GOOD_EXPLANATION);
                }
                case BOILERPLATE_THEN_EXPLAINED -> {
                    sign(e, filler);
                    refused(e.id(), () -> submissions.explain(filler, e.key(), "U08", BOILERPLATE_EXPLANATION));
                    step();
                    submissions.explain(filler, e.key(), "U08", GOOD_EXPLANATION);
                }
                default -> {
                    // nothing to fix
                }
            }
            signAndSubmit(e, filler);
        }

        void sign(Enterprise e, Actor filler) {
            step();
            submissions.sign(filler, e.key());
            step();
            submissions.sign(e.lead(), e.key());
            step();
            submissions.sign(e.head(), e.key());
        }

        void signAndSubmit(Enterprise e, Actor filler) {
            if (!submissions.signOffPolicy().missing(submissions.state(e.key()).orElseThrow().signatures()).isEmpty()) {
                sign(e, filler);
            }
            step();
            submissions.submit(filler, e.key());
        }

        /** Takes a step the story expects the library to refuse, and keeps the refusal. */
        void refused(String unitId, Runnable attempt) {
            step();
            try {
                attempt.run();
            } catch (SubmissionRefusedException r) {
                TrailEvent event = submissions.trail().bySubject(r.subject()).stream()
                        .filter(x -> x.sequence() == r.refusalSequence()).findFirst().orElseThrow();
                refusals.add(new Refused(r.refusalSequence(), unitId, event.actor(), r.code(), r.messageZh(),
                        r.messageEn()));
                return;
            }
            throw new IllegalStateException("the example expected a refusal for " + unitId);
        }
    }

    /** The month's deadline: the 16th 12:00 of the next month, January exempt — invented for the example. */
    static DeadlineCalendar calendar() {
        return DeadlineCalendar.builder().source("synthetic example, not regulation 示例，非制度规定")
                .rule(DeadlineRule.dayOfMonth(Frequency.MONTHLY, 1, 16, LocalTime.NOON).exemptingIndexes(1))
                .build();
    }

    static Instant at(int month, int day, int hour, int minute) {
        return LocalDateTime.of(2026, month, day, hour, minute).atZone(ZONE).toInstant();
    }

    /** A clock the example moves by hand: set to a moment, or three minutes on before each step. */
    private static final class SteppedClock extends Clock {
        private volatile Instant now;

        SteppedClock(Instant start) {
            this.now = start;
        }

        void set(Instant instant) {
            now = instant;
        }

        Instant advance() {
            now = now.plusSeconds(180);
            return now;
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZONE;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }

    // ------------------------------------------------------------------------------------------
    // Synthetic enterprises

    private static final String[] PREFIXES = {"鸿达", "永兴", "华盛", "金桥", "瑞丰", "恒通", "新源", "宏远", "德胜", "嘉禾",
        "长江", "海川", "明辉", "晨光", "正阳", "利民", "天成", "和顺", "丰泰", "北滨"};
    private static final String[] TRADES = {"机械制造", "食品加工", "纺织", "造纸", "塑料制品", "建材", "金属制品", "通用设备",
        "汽车零部件", "电子元件"};
    private static final String[] INDUSTRIES = {"3421", "1391", "1713", "2221", "2929", "3011", "3311", "3411", "3670",
        "3981"};

    /** Twenty invented enterprises of the township, their figures and parts drawn from {@code seed}. */
    static List<Enterprise> enterprises(long seed) {
        Random random = new Random(seed);
        List<Part> parts = new ArrayList<>();
        for (Part p : Part.values()) {
            parts.addAll(Collections.nCopies(p.count, p));
        }
        Collections.shuffle(parts, random);
        List<String> prefixes = new ArrayList<>(List.of(PREFIXES));
        Collections.shuffle(prefixes, random);
        List<Enterprise> all = new ArrayList<>();
        for (int i = 0; i < ENTERPRISES; i++) {
            String id = String.format("E%02d", i + 1);
            int trade = random.nextInt(TRADES.length);
            Part part = parts.get(i);
            String name = "【示例】" + prefixes.get(i) + (part == Part.DEFENCE_PROXY ? "精密机械" : TRADES[trade])
                    + "有限公司";
            String industry = part == Part.DEFENCE_PROXY ? "3421" : INDUSTRIES[trade];
            String creditCode = DistrictRegisterExample.syntheticCreditCode(UnitKind.LEGAL_ENTITY,
                    String.format("MA6TW%03d", i + 1));
            DivisionCode village = DivisionCode.parse(TOWNSHIP.toString().substring(0, 9)
                    + String.format("%03d", 1 + random.nextInt(9)));
            all.add(new Enterprise(id, name, creditCode, village, industry, part,
                    figures(random, creditCode, name, industry, village, part)));
        }
        return List.copyOf(all);
    }

    private static Map<String, String> figures(Random random, String creditCode, String name, String industry,
            DivisionCode village, Part part) {
        long revenue = 20_000 + random.nextInt(580_001); // tenths of 千元: 2,000.0 … 60,000.0
        long persons = 20 + random.nextInt(381);
        long selling = share(revenue, random, 0.02, 0.05);
        long administrative = share(revenue, random, 0.03, 0.06);
        long research = share(revenue, random, 0.0, 0.03);
        long financial = share(revenue, random, 0.0, 0.01);
        boolean costly = part == Part.VERIFY_EXPLAINED || part == Part.BOILERPLATE_THEN_EXPLAINED;
        Map<String, String> m = new LinkedHashMap<>();
        m.put("A01", creditCode);
        m.put("A02", name);
        m.put("A03", industry);
        m.put("A04", village.toString());
        m.put("A05", "1" + (3 + random.nextInt(7)) + String.format("%09d", random.nextInt(1_000_000_000)));
        m.put("A06", "1");
        m.put("B01", thousands(share(revenue, random, 0.9, 1.1)));
        m.put("B02", thousands(revenue));
        m.put("B03", thousands(share(revenue, random, 0.85, 1.0)));
        m.put("B04", thousands(costly ? share(revenue, random, 1.6, 1.9) : share(revenue, random, 0.6, 0.9)));
        m.put("B05", thousands(selling + administrative + research + financial));
        m.put("B06", thousands(selling));
        m.put("B07", thousands(administrative));
        m.put("B08", thousands(research));
        m.put("B09", thousands(financial));
        m.put("C01", Long.toString(persons));
        return Collections.unmodifiableMap(m);
    }

    private static BusinessRegister register(List<Enterprise> enterprises) {
        BusinessRegister.Builder b = BusinessRegister.builder();
        for (Enterprise e : enterprises) {
            b.add(StatisticalUnit.legalEntity(e.id(), e.name(), IndustryCode.parse(e.industry()), e.village()),
                    LocalDate.of(2020, 1, 1));
        }
        return b.build();
    }

    private static long share(long tenths, Random random, double low, double high) {
        return Math.round(tenths * (low + (high - low) * random.nextDouble()));
    }

    private static String thousands(long tenths) {
        return BigDecimal.valueOf(tenths, 1).toPlainString();
    }

    private static String plus(String a, String b) {
        return new BigDecimal(a).add(new BigDecimal(b)).toPlainString();
    }

    /** Revenue after the correction: 8 % of it was September's. */
    static String corrected(String revenue) {
        return new BigDecimal(revenue).multiply(new BigDecimal("0.92")).setScale(1, RoundingMode.HALF_UP)
                .toPlainString();
    }

    /** Main revenue after the same amount came off revenue. */
    private static String corrected(String mainRevenue, String revenue) {
        BigDecimal off = new BigDecimal(revenue).subtract(new BigDecimal(corrected(revenue)));
        return new BigDecimal(mainRevenue).subtract(off).toPlainString();
    }

    private static String mistyped(String creditCode) {
        char check = creditCode.charAt(17);
        return creditCode.substring(0, 17) + (check == '0' ? '1' : '0');
    }

    // ------------------------------------------------------------------------------------------
    // Printing

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("MM-dd HH:mm").withZone(ZONE);

    static String time(Instant instant) {
        return TIME.format(instant);
    }

    static void print(Cycle c, PrintStream out) {
        Trail trail = c.trail();
        out.println("statsbase example — SYNTHETIC township monthly reporting cycle (报送流程), form " + FORM + ", "
                + PERIOD);
        out.println("示例数据：乡镇、企业、人员、代码、数字、报送时限和审核公式均为虚构。"
                + " The township, enterprises, people, codes, figures, deadline and rules are all invented.");
        out.println();
        out.println("Township 乡镇（街道）: " + TOWNSHIP + "; county bureau 县统计局: " + COUNTY + "; forwarded to 上报至: "
                + CITY);
        out.println("Rule set on submitting 报送时审核: " + RULE_SET_ID + "; sign-off 签署: "
                + c.submissions().signOffPolicy().required().stream().map(Role::nameZh).collect(Collectors.joining("、"))
                + " (统计法 2009 第二十一条)");
        out.println("Deadline 报送时限: " + c.deadlines().calendar().dueAt(FORM, PERIOD).map(z -> time(z.toInstant())).orElse("exempt 免报") + " (Asia/Shanghai); "
                + c.enterprises().size() + " enterprises 家企业; seed " + SEED);
        out.println("Proxy authorisation 代填授权: " + c.authorisation().id() + " for 单位 "
                + c.authorisation().unitId() + " to " + c.authorisation().person() + " — "
                + c.authorisation().basis());
        out.println();

        out.println("Refused steps 被拒绝的操作 (each recorded in the trail as REFUSED 留痕):");
        Table refusals = new Table("#", "时间 Time", "单位 Unit", "人员 Actor", "代码 Code", "原因 Reason");
        for (Refused r : c.refusals()) {
            TrailEvent e = event(trail, r.sequence());
            refusals.add(List.of(Long.toString(r.sequence()), time(e.time()), r.unitId(), r.actor(), r.code(),
                    r.messageZh()));
        }
        refusals.print(out);
        for (Refused r : c.refusals()) {
            out.println("  #" + r.sequence() + " " + r.messageEn());
        }
        out.println();

        DeadlineReport report = c.deadlineReport();
        Map<String, DeadlineStatus> byUnit = new TreeMap<>();
        report.entries().forEach(s -> byUnit.put(s.unitId(), s));
        out.println("The month per enterprise 各企业情况 (as of 截至 " + time(c.end()) + "):");
        Table units = new Table("单位 Unit", "名称 Name", "情节 Story", "首报 First", "时限 Deadline", "报送次数 Times",
                "状态 State", "上报 Forwarded");
        for (Enterprise e : c.enterprises()) {
            Optional<Submission> s = c.submissions().state(e.key());
            DeadlineStatus d = byUnit.get(e.id());
            units.add(List.of(e.id(), e.name(), e.part().zh, s.flatMap(Submission::firstSubmitted).map(
                    TownshipMonthlyCycleExample::time).orElse("—"), d.status().nameZh() + " " + d.status().nameEn(),
                    Integer.toString(s.map(Submission::submissions).orElse(0)),
                    s.map(x -> x.state().nameZh() + " " + x.state().nameEn()).orElse("未建表 none"),
                    forwarded(s, d)));
        }
        units.print(out);
        out.println();

        out.println("Deadlines 报送时限 (ReportingDeadlines):");
        out.println("  before urging 催报前 (" + time(c.beforeUrging().asOf()) + "): overdue 逾期未报 "
                + ids(c.beforeUrging().overdue()) + "; submitted 已报送 " + (c.beforeUrging().entries().size()
                - c.beforeUrging().overdue().size()));
        out.println("  after urging 催报后 (" + time(c.afterUrging().asOf()) + "): overdue 逾期未报 "
                + ids(c.afterUrging().overdue()) + "; urged 已催报 " + ids(c.afterUrging().urged()));
        out.println("  late 迟报: " + lateLine(report.late()));
        out.println("  urged 经催报: " + ids(report.entries().stream().filter(s -> !s.urgeSequences().isEmpty())
                .toList()) + " (urging events 催报留痕 " + report.entries().stream()
                .flatMap(s -> s.urgeSequences().stream()).map(n -> "#" + n).collect(Collectors.joining(", ")) + ")");
        out.println("  refusing 拒报: " + report.refusing().stream().map(s -> s.unitId()
                + (s.flaggedRefusing() ? " (flagged 已认定 #" + s.refusingSequences().get(0) + ")" : ""))
                .collect(Collectors.joining(", ")));
        out.println("  on time 按时: " + report.withStatus(ReportingStatus.ON_TIME).size()
                + " of " + report.entries().size());
        out.println();

        Enterprise returned = c.playing(Part.RETURNED);
        FigureHistory history = Accountability.over(trail).verifiedFigure(returned.key(), FIGURE);
        out.println("Accountability chain 数据责任链: " + returned.id() + " " + FIGURE + " 营业收入 (revenue, 千元), "
                + returned.key().subject());
        printHistory(history, out);
        out.println("  current value 现值: " + history.currentValue().orElse("—") + ", entered by 填报人: "
                + history.enteredBy().orElse("—"));
        out.println("  signed by 签署: " + history.currentSignatures().values().stream()
                .map(s -> s.signatory().nameZh() + " " + s.person()).collect(Collectors.joining(", ")));
        out.println("  accepted by 验收: " + history.acceptance().map(a -> a.actor() + " " + time(a.time())).orElse("—"));
        out.println("  refused attempts 被拒的改数尝试: " + history.refusedAttempts().stream()
                .map(a -> "#" + a.sequence() + " " + a.actor() + " " + a.change().map(v -> v.before() + " → " + v.after())
                        .orElse("") + " " + a.errorCode().orElse("")).collect(Collectors.joining("; ")));
        out.println("  trail verified 留痕校验: " + (history.verifiedIntact() ? "intact 完整" : "BROKEN 已损坏") + ", "
                + history.verification().map(Verification::eventsChecked).orElse(0L) + " events checked");
        out.println();

        Enterprise defence = c.playing(Part.DEFENCE_PROXY);
        FigureHistory proxied = Accountability.over(trail).verifiedFigure(defence.key(), FIGURE);
        Submission defenceReport = c.submissions().state(defence.key()).orElseThrow();
        out.println("Proxy-filled figure 代填数据: " + defence.id() + " " + FIGURE + " (defence-industry 军工, "
                + defence.name() + ")");
        for (FigureEntry a : proxied.entries(EntryKind.PROXY_AUTHORISATION)) {
            out.println("  #" + a.sequence() + " " + time(a.time()) + " " + a.actor() + " ("
                    + a.knownRole().map(Role::nameZh).orElse(a.role()) + ") " + a.kind().nameZh() + " "
                    + a.kind().nameEn() + " " + a.payload().getOrDefault(ReportingEvents.AUTHORISATION, "") + " → "
                    + a.payload().getOrDefault(ReportingEvents.PERSON, ""));
        }
        for (FigureEntry v : proxied.valueChanges()) {
            out.println("  #" + v.sequence() + " " + time(v.time()) + " " + v.actor() + " ("
                    + v.knownRole().map(Role::nameZh).orElse(v.role()) + ") " + v.kind().nameZh() + " "
                    + v.change().map(x -> x.after()).orElse("") + " — under proxy authorisation 依代填授权 "
                    + v.proxyAuthorisation().orElse("none 无"));
        }
        out.println("  indicators entered by proxy 代填指标: " + defenceReport.proxyValues().size() + " of "
                + defenceReport.values().size() + ", under " + String.join(", ",
                        new TreeSet<>(defenceReport.proxyValues().values())));
        out.println();

        Anchor head = trail.head();
        Verification verification = trail.verify(head);
        out.println("Trail 留痕: " + trail.size() + " events, " + countOutcome(trail, Outcome.REFUSED)
                + " of them refused attempts 拒绝留痕; head 链头 #" + head.sequence() + " " + head.hash().hex());
        out.println("Trail.verify(head): " + (verification.intact() ? "intact 完整" : "BROKEN 已损坏 "
                + verification.firstBrokenLink()) + ", " + verification.eventsChecked() + " events checked 条已校验");
    }

    private static void printHistory(FigureHistory history, PrintStream out) {
        Table table = new Table("#", "时间 Time", "人员 Actor", "角色 Role", "事项 Entry", "数值 Value", "结果 Outcome",
                "hash");
        for (FigureEntry e : history.entries()) {
            table.add(List.of(Long.toString(e.sequence()), time(e.time()), e.actor(),
                    e.knownRole().map(Role::nameZh).orElse(e.role()), e.kind().nameZh() + " " + e.kind().nameEn(),
                    e.change().map(v -> (v.before().isEmpty() ? "—" : v.before()) + " → " + v.after()).orElse(""),
                    e.refused() ? "REFUSED 拒绝 " + e.errorCode().orElse("") : "done 完成",
                    e.hash().hex().substring(0, 12)));
        }
        table.print(out);
    }

    private static String forwarded(Optional<Submission> s, DeadlineStatus d) {
        if (s.isPresent() && s.get().forwardedTo().isPresent()) {
            return "已上报 " + s.get().forwardedTo().get();
        }
        return "未上报 not forwarded: " + d.status().nameZh() + " " + d.status().nameEn()
                + (d.flaggedRefusing() ? ", flagged 已认定 #" + d.refusingSequences().get(0) : "");
    }

    private static String lateLine(List<DeadlineStatus> late) {
        return late.stream().map(s -> s.unitId() + " (submitted 报送 " + s.submittedAt().map(
                TownshipMonthlyCycleExample::time).orElse("—") + ", " + s.lateBy().toHours() + " h late 迟)")
                .collect(Collectors.joining(", "));
    }

    private static String ids(List<DeadlineStatus> entries) {
        return entries.isEmpty() ? "—" : entries.stream().map(DeadlineStatus::unitId).collect(Collectors.joining(", "));
    }

    private static TrailEvent event(Trail trail, long sequence) {
        TrailEvent[] found = new TrailEvent[1];
        trail.forEach(sequence, e -> {
            found[0] = e;
            return false;
        });
        return found[0];
    }

    private static long countOutcome(Trail trail, Outcome outcome) {
        long[] n = {0};
        trail.forEach(1, e -> {
            if (e.outcome() == outcome) {
                n[0]++;
            }
            return true;
        });
        return n[0];
    }
}
