package org.statsbase.validation.constraints;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.hibernate.validator.HibernateValidator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.statsbase.core.code.DivisionLevel;
import org.statsbase.core.code.IndustryLevel;
import org.statsbase.core.code.UrbanRuralGroup;
import org.statsbase.core.level.Severity;
import org.statsbase.validation.constraints.ReasonExamples.Codes;
import org.statsbase.validation.constraints.ReasonExamples.Example;
import org.statsbase.validation.constraints.internal.ConstraintMessages;

/**
 * The message bundles, after Hibernate Validator's {@code MessagePropertiesTest}: English
 * ({@code ValidationMessages.properties}) and Chinese ({@code ValidationMessages_zh_CN.properties})
 * have exactly the keys the constraints use, and every reason of every code type gives, in both
 * languages, a message interpolated fully by Hibernate Validator 9.1 with Expressly.
 */
class ValidationMessagesTest {

    private static final String ROOT = "/ValidationMessages.properties";
    private static final String CHINESE_FILE = "/ValidationMessages_zh_CN.properties";
    private static final List<Locale> LOCALES = List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE);
    private static final Map<Locale, ValidatorFactory> FACTORIES = Map.of(
            Locale.ENGLISH, Validators.factory(Locale.ENGLISH),
            Locale.SIMPLIFIED_CHINESE, Validators.factory(Locale.SIMPLIFIED_CHINESE));

    /** The keys of {@code @ReviewRules}: its default message, a prefix per severity and for errors, the glue. */
    static final List<String> REVIEW_RULES_KEYS = Stream.concat(
            Stream.of("message", "ERROR", "detail.message", "detail.other", "detail.otherEnd"),
            Arrays.stream(Severity.values()).map(Severity::name))
            .map(k -> ConstraintMessages.PREFIX + "ReviewRules." + k).toList();

    @AfterAll
    static void close() {
        FACTORIES.values().forEach(ValidatorFactory::close);
    }

    @Test
    void theBundlesHoldExactlyTheKeysTheConstraintsUse() throws IOException {
        Set<String> expected = new TreeSet<>();
        for (Class<?> constraint : ReasonExamples.constraints()) {
            expected.add(ConstraintMessages.PREFIX + constraint.getSimpleName() + ".message");
        }
        for (String reason : ReasonExamples.allReasons()) {
            expected.add(ConstraintMessages.PREFIX + reason);
        }
        for (DivisionLevel l : DivisionLevel.values()) {
            expected.add(ConstraintMessages.enumKey(l));
        }
        for (IndustryLevel l : IndustryLevel.values()) {
            expected.add(ConstraintMessages.enumKey(l));
        }
        for (UrbanRuralGroup g : UrbanRuralGroup.values()) {
            expected.add(ConstraintMessages.enumKey(g));
        }
        expected.addAll(List.of(ConstraintMessages.detailKeys()));
        expected.addAll(REVIEW_RULES_KEYS);

        assertThat(load(ROOT).stringPropertyNames()).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(load(CHINESE_FILE).stringPropertyNames()).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void theDefaultMessagesAreTheKeysOfTheBundles() throws Exception {
        Properties root = load(ROOT);
        for (Class<?> constraint : ReasonExamples.constraints()) {
            String template = (String) constraint.getMethod("message").getDefaultValue();
            assertThat(template).isEqualTo("{" + ConstraintMessages.PREFIX + constraint.getSimpleName() + ".message}");
            assertThat(root).containsKey(template.substring(1, template.length() - 1));
        }
    }

    @Test
    void theContributorBundlesHoldTheSameMessages() throws IOException {
        // Hibernate Validator's ContributorValidationMessages: merged across jars, never hidden by the application's own
        for (String file : List.of(ROOT, CHINESE_FILE, "/ValidationMessages_en.properties")) {
            assertThat(load("/Contributor" + file.substring(1))).as(file).isEqualTo(load(file));
        }
    }

    @Test
    void messagesResolveWhenTheApplicationsOwnBundleHidesOurs(@TempDir Path dir) throws IOException {
        Path own = Files.writeString(dir.resolve("ValidationMessages.properties"), "my.form.message=mine\n");
        ClassLoader application = new ClassLoader(getClass().getClassLoader()) {
            @Override
            public URL getResource(String name) {
                if (name.startsWith("ValidationMessages")) {
                    return name.equals("ValidationMessages.properties") ? url(own) : null;
                }
                return super.getResource(name);
            }
        };
        for (Locale locale : LOCALES) {
            try (ValidatorFactory factory = Validation.byProvider(HibernateValidator.class).configure()
                    .externalClassLoader(application).defaultLocale(locale).buildValidatorFactory()) {
                assertThat(factory.getValidator().validateValue(Codes.class, "creditCode", "914403001922038217"))
                        .singleElement().extracting(ConstraintViolation::getMessage).asString()
                        .startsWith(Validators.bundle(locale).getString(ConstraintMessages.PREFIX
                                + "UnifiedSocialCreditCode.BAD_CHECK_CHARACTER"))
                        .doesNotContain("{");
            }
        }
    }

    private static URL url(Path path) {
        try {
            return path.toUri().toURL();
        } catch (MalformedURLException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void noKeyIsWrittenTwice() throws IOException {
        for (String file : List.of(ROOT, CHINESE_FILE)) {
            Set<String> seen = new HashSet<>();
            List<String> twice = new ArrayList<>();
            for (String line : text(file).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String key = line.substring(0, line.indexOf('=')).strip();
                    if (!seen.add(key)) {
                        twice.add(key);
                    }
                }
            }
            assertThat(twice).as(file).isEmpty();
        }
    }

    @Test
    void theChineseFileIsUtf8AndChinese() throws IOException {
        byte[] bytes = bytes(CHINESE_FILE);
        // Java reads a properties bundle as UTF-8 and silently falls back to ISO-8859-1 when it is not.
        assertThat(isUtf8(bytes)).isTrue();
        Properties zh = load(CHINESE_FILE);
        for (String key : zh.stringPropertyNames()) {
            if (!key.contains(".detail.")) {
                assertThat(zh.getProperty(key)).as(key).containsPattern("\\p{IsHan}");
            }
        }
    }

    @Test
    void noMessageNeedsEscapingSoEachKeyInterpolatesToItsText() throws IOException {
        for (String file : List.of(ROOT, CHINESE_FILE)) {
            load(file).forEach((key, value) -> assertThat((String) value).as("%s %s", file, key)
                    .doesNotContain("{", "}", "$", "\\"));
        }
    }

    static Stream<Arguments> examplesInEachLocale() {
        return ReasonExamples.all().stream().flatMap(e -> LOCALES.stream().map(l -> Arguments.of(e, l)));
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("examplesInEachLocale")
    void everyReasonOfEveryCodeTypeInterpolatesFullyInEachLocale(Example example, Locale locale) {
        String message = message(locale, example.property(), example.input());
        ResourceBundle bundle = Validators.bundle(locale);

        assertThat(message).doesNotContain("{", "}", "${")
                .startsWith(bundle.getString(ConstraintMessages.PREFIX
                        + ReasonExamples.name(example.constraint(), example.reason())));
        if (!example.input().isBlank()) {
            // the examples are ASCII: normalising them is trimming and upper-casing
            assertThat(message).contains(example.input().strip().toUpperCase(Locale.ROOT));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("levels")
    void everyLevelIsNamedInEachLocale(String property, String input, Enum<?> expected, Enum<?> actual) {
        for (Locale locale : LOCALES) {
            ResourceBundle bundle = Validators.bundle(locale);
            assertThat(message(locale, property, input)).doesNotContain("{", "}")
                    .contains(bundle.getString(ConstraintMessages.enumKey(expected)))
                    .contains(bundle.getString(ConstraintMessages.enumKey(actual)));
        }
    }

    static Stream<Arguments> levels() {
        return Stream.of(
                Arguments.of("village", "44", DivisionLevel.VILLAGE, DivisionLevel.PROVINCE),
                Arguments.of("village", "4403", DivisionLevel.VILLAGE, DivisionLevel.PREFECTURE),
                Arguments.of("village", "440304", DivisionLevel.VILLAGE, DivisionLevel.COUNTY),
                Arguments.of("village", "440304001", DivisionLevel.VILLAGE, DivisionLevel.TOWNSHIP),
                Arguments.of("province", "440304001001", DivisionLevel.PROVINCE, DivisionLevel.VILLAGE),
                Arguments.of("industryClass", "C", IndustryLevel.CLASS, IndustryLevel.SECTION),
                Arguments.of("industryClass", "C13", IndustryLevel.CLASS, IndustryLevel.DIVISION),
                Arguments.of("industryClass", "C131", IndustryLevel.CLASS, IndustryLevel.GROUP));
    }

    @Test
    void everyUrbanRuralGroupIsNamedInEachLocale() {
        for (UrbanRuralGroup group : UrbanRuralGroup.values()) {
            for (Locale locale : LOCALES) {
                assertThat(message(locale, "urbanRural", group.code())).doesNotContain("{", "}")
                        .contains(Validators.bundle(locale).getString(ConstraintMessages.enumKey(group)));
            }
        }
    }

    @Test
    void englishStaysEnglishOnAChineseJvm() {
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
        ResourceBundle.clearCache(Thread.currentThread().getContextClassLoader());
        try (ValidatorFactory english = Validators.factory(Locale.ENGLISH)) {
            assertThat(english.getValidator().validateValue(Codes.class, "urbanRural", "110"))
                    .extracting(ConstraintViolation::getMessage).singleElement().asString()
                    .startsWith("the urban-rural code is a group code");
        } finally {
            Locale.setDefault(before);
            ResourceBundle.clearCache(Thread.currentThread().getContextClassLoader());
        }
    }

    /** A bean failing one rule per severity of the rule set {@code bean-review} and one that cannot be evaluated. */
    @ReviewRules("bean-review")
    static final class FailsEveryRule {
        @Indicator("B01")
        int revenue = -1;
        @Indicator("B02")
        int cost = 0;
        int employees = 5000;
        String name = "a name longer than ten";
        boolean active = true;
        int digits = 500;
        java.time.LocalDate reported = java.time.LocalDate.of(2026, 1, 1);
        java.time.LocalDate opened = java.time.LocalDate.of(2020, 1, 1);
    }

    @Test
    void everyReviewRulesKeyInterpolatesInEachLocaleWithAndWithoutTheRuleMessageInterpolator() {
        for (Locale locale : LOCALES) {
            ResourceBundle bundle = Validators.bundle(locale);
            Set<ConstraintViolation<FailsEveryRule>> plain = FACTORIES.get(locale).getValidator()
                    .validate(new FailsEveryRule());
            Set<ConstraintViolation<FailsEveryRule>> localized;
            try (ValidatorFactory rules = Validators.withRuleMessages(locale)) {
                localized = rules.getValidator().validate(new FailsEveryRule());
            }
            // R001 MANDATORY, R002 QUASI_MANDATORY, R003 VERIFY, R004 HINT fail; R005 cannot be evaluated
            assertThat(plain).hasSize(5);
            assertThat(localized).hasSize(5);
            Set<String> seen = new TreeSet<>();
            for (Set<ConstraintViolation<FailsEveryRule>> violations : List.of(plain, localized)) {
                for (ConstraintViolation<FailsEveryRule> v : violations) {
                    String severity = bundle.getString(ConstraintMessages.PREFIX + "ReviewRules."
                            + ReviewViolations.severity(v).orElseThrow().name());
                    String start = (ReviewViolations.isEvaluationError(v)
                            ? bundle.getString(ConstraintMessages.PREFIX + "ReviewRules.ERROR") : "") + severity
                            + ReviewViolations.ruleId(v).orElseThrow()
                            + bundle.getString(ConstraintMessages.PREFIX + "ReviewRules.detail.message");
                    String zh = ReviewViolations.message(v, Locale.SIMPLIFIED_CHINESE).orElseThrow();
                    String en = ReviewViolations.message(v, Locale.ENGLISH).orElseThrow();
                    assertThat(zh).containsPattern("\\p{IsHan}");
                    assertThat(en).doesNotContainPattern("\\p{IsHan}");
                    // without the interpolator: Chinese (English) in every locale, the glue in the locale's language
                    String expected = violations == localized ? start + ReviewViolations.message(v, locale).orElseThrow()
                            : start + zh + bundle.getString(ConstraintMessages.PREFIX + "ReviewRules.detail.other")
                                    + en + bundle.getString(ConstraintMessages.PREFIX + "ReviewRules.detail.otherEnd");
                    assertThat(v.getMessage()).doesNotContain("{", "}").isEqualTo(expected);
                    seen.add(ReviewViolations.severity(v).orElseThrow().name());
                    if (ReviewViolations.isEvaluationError(v)) {
                        seen.add("ERROR");
                    }
                }
            }
            assertThat(seen).containsExactlyInAnyOrder("MANDATORY", "QUASI_MANDATORY", "VERIFY", "HINT", "ERROR");
        }
    }

    @ReviewRules("bean-review-b01")
    static final class DefaultMessage {
        @Indicator("B01")
        int revenue = -1;
    }

    @Test
    void theDefaultMessageOfReviewRulesInterpolatesInEachLocale() throws Exception {
        String template = (String) ReviewRules.class.getMethod("message").getDefaultValue();
        assertThat(template).isEqualTo("{" + ConstraintMessages.PREFIX + "ReviewRules.message}");
        for (Locale locale : LOCALES) {
            ValidatorFactory factory = FACTORIES.get(locale);
            jakarta.validation.metadata.ConstraintDescriptor<?> descriptor = factory.getValidator()
                    .getConstraintsForClass(DefaultMessage.class).getConstraintDescriptors().iterator().next();
            jakarta.validation.MessageInterpolator.Context context = new jakarta.validation.MessageInterpolator.Context() {
                @Override
                public jakarta.validation.metadata.ConstraintDescriptor<?> getConstraintDescriptor() {
                    return descriptor;
                }

                @Override
                public Object getValidatedValue() {
                    return new DefaultMessage();
                }

                @Override
                public <T> T unwrap(Class<T> type) {
                    throw new jakarta.validation.ValidationException("no " + type);
                }
            };
            String expected = Validators.bundle(locale).getString(ConstraintMessages.PREFIX + "ReviewRules.message");
            assertThat(factory.getMessageInterpolator().interpolate(template, context, locale))
                    .isEqualTo(expected).doesNotContain("{");
        }
    }

    private static String message(Locale locale, String property, String input) {
        Set<ConstraintViolation<Codes>> violations = FACTORIES.get(locale).getValidator()
                .validateValue(Codes.class, property, input);
        assertThat(violations).hasSize(1);
        return violations.iterator().next().getMessage();
    }

    private static Properties load(String file) throws IOException {
        Properties p = new Properties();
        try (Reader r = new InputStreamReader(stream(file), StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }

    private static String text(String file) throws IOException {
        return new String(bytes(file), StandardCharsets.UTF_8);
    }

    private static byte[] bytes(String file) throws IOException {
        try (InputStream in = stream(file)) {
            return in.readAllBytes();
        }
    }

    private static InputStream stream(String file) {
        InputStream in = ValidationMessagesTest.class.getResourceAsStream(file);
        assertThat(in).as(file).isNotNull();
        return in;
    }

    private static boolean isUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
