package org.statsbase.validation.constraints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import jakarta.validation.ConstraintDeclarationException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.statsbase.core.error.StatsbaseException;
import org.statsbase.core.level.Severity;
import org.statsbase.validation.error.RuleSetException;
import org.statsbase.validation.error.ValidationError;
import org.statsbase.validation.spi.RuleSetNotFoundException;

/**
 * {@code @ReviewRules} under Hibernate Validator 9.1 over the rule set
 * {@code META-INF/statsbase/rules/bean-review.yaml} of the test class path: indicators by
 * {@code @Indicator} and by name, one rule per severity, missing values, evaluation errors, the
 * declaration errors, the messages in both languages and concurrent validation.
 */
class ReviewRulesTest {

    private static final ValidatorFactory ENGLISH = Validators.factory(Locale.ENGLISH);
    private static final ValidatorFactory CHINESE = Validators.factory(Locale.SIMPLIFIED_CHINESE);
    private static final ValidatorFactory ENGLISH_RULES = Validators.withRuleMessages(Locale.ENGLISH);
    private static final ValidatorFactory CHINESE_RULES = Validators.withRuleMessages(Locale.SIMPLIFIED_CHINESE);
    private static final Validator VALIDATOR = ENGLISH.getValidator();

    @AfterAll
    static void close() {
        List.of(ENGLISH, CHINESE, ENGLISH_RULES, CHINESE_RULES).forEach(ValidatorFactory::close);
    }

    /** A monthly report: B01/B02 by {@code @Indicator} on fields, the others by their names. */
    @ReviewRules("bean-review")
    static final class Monthly {
        @Indicator("B01")
        BigDecimal revenue = new BigDecimal("120.5");
        @Indicator("B02")
        Double cost = 100.25;
        Integer employees = 12;
        String name = "华南电子";
        Boolean active = Boolean.TRUE;
        Integer digits;
        LocalDate reported = LocalDate.of(2026, 11, 5);
        LocalDate opened = LocalDate.of(2020, 1, 1);
        List<String> notes = List.of("not an indicator: ignored");

        Monthly revenue(String value) {
            revenue = value == null ? null : new BigDecimal(value);
            return this;
        }
    }

    /** The same report as a record, mapped through {@code @Indicator} on record components and primitives. */
    @ReviewRules("bean-review")
    record MonthlyRecord(@Indicator("B01") long revenue, @Indicator("B02") double cost, int employees, String name,
            boolean active, Integer digits, LocalDate reported, LocalDate opened) {
    }

    /** Mapped through getters annotated with {@code @Indicator}. */
    @ReviewRules("bean-review")
    public static final class WithGetters {
        private final long income;

        WithGetters(long income) {
            this.income = income;
        }

        @Indicator("B01")
        public long getIncome() {
            return income;
        }

        @Indicator("B02")
        public BigDecimal getCostAmount() {
            return null;
        }

        public int getEmployees() {
            return 5;
        }

        public StringBuilder getName() {
            return new StringBuilder("a CharSequence is a text");
        }

        public boolean isActive() {
            return income > 100;
        }

        public Integer getDigits() {
            return null;
        }

        public LocalDate getReported() {
            return null;
        }

        public LocalDate getOpened() {
            return null;
        }
    }

    private static Set<ConstraintViolation<Object>> validate(Object bean) {
        return VALIDATOR.validate(bean);
    }

    private static String path(ConstraintViolation<?> v) {
        return v.getPropertyPath().toString();
    }

    private static ConstraintViolation<Object> only(Object bean) {
        Set<ConstraintViolation<Object>> violations = validate(bean);
        assertThat(violations).hasSize(1);
        return violations.iterator().next();
    }

    @Test
    void aBeanThatPassesEveryRuleHasNoViolation() {
        assertThat(validate(new Monthly())).isEmpty();
        assertThat(validate(new MonthlyRecord(120, 100.25, 12, "华南电子", true, null, null, null))).isEmpty();
    }

    @Test
    void aMandatoryRuleFailsOnTheOnePropertyItReadsMappedByIndicator() {
        Monthly m = new Monthly().revenue("-5");
        m.cost = null; // R002 reads B02: missing, so not applicable

        ConstraintViolation<Object> v = only(m);
        assertThat(ReviewViolations.ruleId(v)).contains("R001");
        assertThat(ReviewViolations.severity(v)).contains(Severity.MANDATORY);
        assertThat(SeverityPayload.severity(v)).isEqualTo(Severity.MANDATORY);
        assertThat(ReviewViolations.isEvaluationError(v)).isFalse();
        assertThat(path(v)).isEqualTo("revenue");
        assertThat(v.getLeafBean()).isSameAs(m);
        assertThat(ReviewViolations.message(v, Locale.ENGLISH)).contains("revenue -5 must not be negative");
        assertThat(ReviewViolations.message(v, Locale.CHINA)).contains("营业收入-5不能为负");
    }

    @Test
    void aQuasiMandatoryRuleReadingTwoPropertiesFailsOnTheBean() {
        Monthly m = new Monthly();
        m.cost = 130.75; // double by its decimal text: 130.75, not 130.75000000000001

        ConstraintViolation<Object> v = only(m);
        assertThat(ReviewViolations.ruleId(v)).contains("R002");
        assertThat(SeverityPayload.severity(v)).isEqualTo(Severity.QUASI_MANDATORY);
        assertThat(path(v)).isEmpty();
        assertThat(ReviewViolations.message(v, Locale.ENGLISH)).contains("revenue 120.5 is below cost 130.75");
    }

    @Test
    void aVerifyRuleOnAPropertyMappedByName() {
        Monthly m = new Monthly();
        m.employees = 1001;

        ConstraintViolation<Object> v = only(m);
        assertThat(ReviewViolations.ruleId(v)).contains("R003");
        assertThat(SeverityPayload.severity(v)).isEqualTo(Severity.VERIFY);
        assertThat(path(v)).isEqualTo("employees");
        assertThat(ReviewViolations.message(v, Locale.CHINA)).contains("从业人员1001人，请核实");
    }

    @Test
    void aHintRuleWithACondition() {
        Monthly m = new Monthly();
        m.name = "a name longer than ten";
        ConstraintViolation<Object> v = only(m);
        assertThat(ReviewViolations.ruleId(v)).contains("R004");
        assertThat(SeverityPayload.severity(v)).isEqualTo(Severity.HINT);
        // the rule reads active (its when) and name
        assertThat(path(v)).isEmpty();

        m.active = false; // the condition is false: not applicable
        assertThat(validate(m)).isEmpty();
        m.active = null; // the condition is missing: not applicable
        assertThat(validate(m)).isEmpty();
    }

    @Test
    void datesAreComparedAsDates() {
        Monthly m = new Monthly();
        m.reported = LocalDate.of(2019, 12, 31);
        assertThat(ReviewViolations.ruleId(only(m))).contains("R006");
    }

    @Test
    void missingValuesMakeRulesNotApplicable() {
        Monthly m = new Monthly().revenue(null);
        m.cost = null;
        m.employees = null;
        m.name = null;
        m.active = null;
        m.reported = null;
        m.opened = null;
        assertThat(validate(m)).isEmpty();

        Monthly nan = new Monthly();
        nan.cost = Double.NaN; // no number: missing
        assertThat(validate(nan)).isEmpty();
    }

    @Test
    void severalRulesFailTogetherEachWithItsOwnViolation() {
        Monthly m = new Monthly().revenue("-5");
        m.employees = 5000;
        assertThat(validate(m)).extracting(v -> ReviewViolations.ruleId(v).orElseThrow(), ReviewRulesTest::path,
                SeverityPayload::severity)
                .containsExactlyInAnyOrder(
                        tuple("R001", "revenue", Severity.MANDATORY),
                        tuple("R002", "", Severity.QUASI_MANDATORY),
                        tuple("R003", "employees", Severity.VERIFY));
    }

    @Test
    void recordsAndPrimitivesAreMapped() {
        Set<ConstraintViolation<Object>> violations = validate(
                new MonthlyRecord(-1, 0.1, 1001, "x", true, null, null, null));
        assertThat(violations).extracting(v -> ReviewViolations.ruleId(v).orElseThrow(), ReviewRulesTest::path)
                .containsExactlyInAnyOrder(tuple("R001", "revenue"), tuple("R002", ""), tuple("R003", "employees"));
    }

    @Test
    void gettersAreMappedByIndicatorAndByName() {
        assertThat(validate(new WithGetters(7))).isEmpty();
        ConstraintViolation<Object> v = only(new WithGetters(-7));
        assertThat(ReviewViolations.ruleId(v)).contains("R001");
        assertThat(path(v)).isEqualTo("income");
        // active (is…) and name (a StringBuilder) by name: the name is too long once income > 100
        assertThat(ReviewViolations.ruleId(only(new WithGetters(101)))).contains("R004");
    }

    @Test
    void aRuleThatCannotBeEvaluatedIsAViolationWithItsOwnMessage() {
        Monthly m = new Monthly();
        m.digits = 500; // round(B01, 500): beyond the 100 digits round allows

        ConstraintViolation<Object> v = only(m);
        assertThat(ReviewViolations.ruleId(v)).contains("R005");
        assertThat(ReviewViolations.isEvaluationError(v)).isTrue();
        assertThat(SeverityPayload.severity(v)).isEqualTo(Severity.MANDATORY);
        assertThat(path(v)).isEmpty();
        String en = ENGLISH_RULES.getValidator().validate(m).iterator().next().getMessage();
        String zh = CHINESE_RULES.getValidator().validate(m).iterator().next().getMessage();
        assertThat(en).isEqualTo("could not evaluate the mandatory rule R005: "
                + ValidationError.LIMIT_ROUND_DIGITS.formatEn(500, 100));
        assertThat(zh).isEqualTo("无法计算强制性审核规则 R005：" + ValidationError.LIMIT_ROUND_DIGITS.formatZh(500, 100));

        m.digits = 0;
        assertThat(validate(m)).isEmpty();
    }

    @Test
    void withTheRuleMessageInterpolatorTheMessageIsInTheValidatorsLanguage() {
        Monthly m = new Monthly().revenue("-5");
        m.cost = null;
        assertThat(ENGLISH_RULES.getValidator().validate(m)).singleElement()
                .extracting(ConstraintViolation::getMessage)
                .isEqualTo("mandatory rule R001: revenue -5 must not be negative");
        assertThat(CHINESE_RULES.getValidator().validate(m)).singleElement()
                .extracting(ConstraintViolation::getMessage)
                .isEqualTo("强制性审核规则 R001：营业收入-5不能为负");
    }

    @Test
    void withAnyInterpolatorTheMessageGivesBothLanguagesInTheValidatorsOrder() {
        Monthly m = new Monthly();
        m.employees = 1001;
        assertThat(ENGLISH.getValidator().validate(m)).singleElement().extracting(ConstraintViolation::getMessage)
                .isEqualTo("rule to verify R003: 从业人员1001人，请核实 (1001 employees, please verify)");
        assertThat(CHINESE.getValidator().validate(m)).singleElement().extracting(ConstraintViolation::getMessage)
                .isEqualTo("核实性审核规则 R003：从业人员1001人，请核实（1001 employees, please verify）");
    }

    /** Values reach the message as text, never as a template: a bean's text cannot inject an expression. */
    @Test
    void valuesInMessagesAreNeverInterpolated() {
        Monthly m = new Monthly();
        m.name = "${1+1}{B01}\\";
        for (ValidatorFactory factory : List.of(ENGLISH, ENGLISH_RULES, CHINESE_RULES)) {
            assertThat(factory.getValidator().validate(m)).singleElement()
                    .extracting(ConstraintViolation::getMessage).asString().contains("${1+1}{B01}\\");
        }
        assertThat(ReviewViolations.message(only(m), Locale.ENGLISH))
                .contains("the name \"${1+1}{B01}\\\" is long");
    }

    @ReviewRules("bean-review")
    static final class OnlyRevenue {
        @Indicator("B01")
        int revenue = -1;
    }

    @Test
    void aRuleSetReadingIndicatorsTheBeanLacksIsADeclarationError() {
        assertThatThrownBy(() -> validate(new OnlyRevenue())).isInstanceOf(ConstraintDeclarationException.class)
                .cause().isInstanceOfSatisfying(RuleSetException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.code()).containsOnly("SB-VAL-0201"));
    }

    @ReviewRules(value = "bean-review-b01", message = "the monthly report fails its review",
            payload = SeverityPayload.Hint.class)
    static final class OwnMessageB01 {
        @Indicator("B01")
        int revenue = -1;
    }

    @Test
    void aMessageOfOnesOwnReplacesTheRuleViolations() {
        ConstraintViolation<Object> v = only(new OwnMessageB01());
        assertThat(v.getMessage()).isEqualTo("the monthly report fails its review");
        assertThat(path(v)).isEmpty();
        assertThat(ReviewViolations.ruleId(v)).isEmpty();
        assertThat(SeverityPayload.severity(v)).isEqualTo(Severity.HINT);
    }

    @ReviewRules("no-such-rule-set")
    static final class UnknownRuleSet {
        int B01;
    }

    @Test
    void anUnknownRuleSetIsADeclarationErrorCausedByTheStatsbaseError() {
        assertThatThrownBy(() -> validate(new UnknownRuleSet()))
                .isInstanceOf(ConstraintDeclarationException.class)
                .hasMessageContaining("@ReviewRules(\"no-such-rule-set\")")
                .hasMessageContaining("SB-VAL-0415")
                .cause().isInstanceOfSatisfying(RuleSetNotFoundException.class, e -> {
                    assertThat(e.id()).isEqualTo("no-such-rule-set");
                    assertThat(e.code()).isEqualTo("SB-VAL-0415");
                    assertThat(e.lookedIn()).anySatisfy(where -> assertThat(where).contains("META-INF/statsbase/rules"));
                });
    }

    @ReviewRules("bean-review")
    static final class Incomplete {
        @Indicator("B01")
        BigDecimal revenue;
        String employees; // a text where R003 compares a number
    }

    @Test
    void aRuleSetThatDoesNotCompileAgainstTheBeanIsADeclarationErrorWithEveryProblem() {
        assertThatThrownBy(() -> validate(new Incomplete()))
                .isInstanceOf(ConstraintDeclarationException.class)
                .hasMessageContaining(Incomplete.class.getName())
                .cause().isInstanceOfSatisfying(RuleSetException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.code()).contains("SB-VAL-0201", "SB-VAL-0204"));
    }

    @ReviewRules("bean-review-prev")
    static final class WithoutPrevious {
        @Indicator("B01")
        int revenue = 10;
    }

    @Test
    void aRuleReadingAReferenceDatasetIsADeclarationErrorForABean() {
        assertThat(declarationCause(new WithoutPrevious())).isEqualTo("SB-VAL-0601");
    }

    @ReviewRules("bean-review-b01")
    public static final class FailingGetter {
        @Indicator("B01")
        public BigDecimal getRevenue() {
            throw new IllegalStateException("not loaded yet");
        }
    }

    @Test
    void aGetterThatThrowsIsAnErrorOfTheBeanNotOfTheDeclaration() {
        // Hibernate Validator wraps what a validator throws (HV000028), except a ConstraintDeclarationException
        assertThatThrownBy(() -> validate(new FailingGetter()))
                .isInstanceOf(jakarta.validation.ValidationException.class)
                .isNotInstanceOf(ConstraintDeclarationException.class)
                .hasRootCauseInstanceOf(IllegalStateException.class)
                .cause().isInstanceOfSatisfying(StatsbaseException.class, e -> {
                    assertThat(e.code()).isEqualTo("SB-VAL-0707");
                    assertThat(e.messageEn()).contains("revenue", "not loaded yet");
                });
    }

    @ReviewRules("bean-review-b01")
    static final class Twice {
        @Indicator("B01")
        int revenue;
        int B01;
    }

    @ReviewRules("bean-review-b01")
    static final class NotAValue {
        @Indicator("B01")
        List<Integer> revenue;
    }

    @ReviewRules("bean-review-b01")
    static final class Blank {
        @Indicator(" ")
        int revenue;
    }

    @Test
    void illDeclaredIndicatorsAreDeclarationErrorsWithTheirCodes() {
        assertThat(declarationCause(new Twice())).isEqualTo("SB-VAL-0703");
        assertThat(declarationCause(new NotAValue())).isEqualTo("SB-VAL-0704");
        assertThat(declarationCause(new Blank())).isEqualTo("SB-VAL-0706");
    }

    private static String declarationCause(Object bean) {
        try {
            validate(bean);
        } catch (ConstraintDeclarationException e) {
            assertThat(e).hasCauseInstanceOf(StatsbaseException.class);
            return ((StatsbaseException) e.getCause()).code();
        }
        throw new AssertionError("no ConstraintDeclarationException for " + bean.getClass());
    }

    /** Its own class, so that the threads also race on the first compilation of the rule set for it. */
    @ReviewRules("bean-review")
    record Concurrent(@Indicator("B01") BigDecimal revenue, @Indicator("B02") BigDecimal cost, Integer employees,
            String name, Boolean active, Integer digits, LocalDate reported, LocalDate opened) {
    }

    /** The rules of bean-review evaluated by hand in Java, with the property each violation is on. */
    private static Set<String> expected(Concurrent c) {
        Set<String> out = new TreeSet<>();
        if (c.revenue() != null && c.revenue().signum() < 0) {
            out.add("R001@revenue");
        }
        if (c.revenue() != null && c.cost() != null && c.revenue().compareTo(c.cost()) < 0) {
            out.add("R002@");
        }
        if (c.employees() != null && c.employees() > 1000) {
            out.add("R003@employees");
        }
        return out;
    }

    private static Set<String> actual(Set<ConstraintViolation<Concurrent>> violations) {
        return violations.stream().map(v -> ReviewViolations.ruleId(v).orElseThrow() + "@" + path(v))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void manyThreadsValidatingWithTheSameConstraintGetTheResultsOfASequentialRun() throws Exception {
        Random random = new Random(20261127);
        List<Concurrent> beans = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            beans.add(new Concurrent(
                    random.nextInt(10) == 0 ? null : BigDecimal.valueOf(random.nextInt(2000) - 500, 2),
                    random.nextInt(10) == 0 ? null : BigDecimal.valueOf(random.nextInt(1000), 2),
                    random.nextInt(10) == 0 ? null : random.nextInt(1200),
                    "n", Boolean.TRUE, null, null, null));
        }
        int threads = 8;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<List<Set<String>>>> results = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                Validator validator = ENGLISH.getValidator();
                Callable<List<Set<String>>> job = () -> {
                    start.await();
                    List<Set<String>> out = new ArrayList<>();
                    for (Concurrent bean : beans) {
                        out.add(actual(validator.validate(bean)));
                    }
                    return out;
                };
                results.add(pool.submit(job));
            }
            start.countDown();
            List<Set<String>> wanted = beans.stream().map(ReviewRulesTest::expected).toList();
            assertThat(wanted).anySatisfy(s -> assertThat(s).isNotEmpty()).anySatisfy(s -> assertThat(s).isEmpty());
            for (Future<List<Set<String>>> result : results) {
                assertThat(result.get()).isEqualTo(wanted);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
