package org.statsbase.core.period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.statsbase.core.error.DataFileException;
import org.statsbase.core.error.DataProblem;
import org.statsbase.core.error.StatsbaseException;

/**
 * Deadline calendars as configuration (DOMAIN.md: "Deadlines vary by survey system, province and
 * year"), with DOMAIN.md's example as a sample file: a monthly form due the 16th 12:00 of the next
 * month, January exempt.
 */
class DeadlineCalendarTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    static DeadlineCalendar resource(String name) {
        try (InputStream in = DeadlineCalendarTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return DeadlineCalendar.read(name, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static DataFileException failure(String name) {
        try (InputStream in = DeadlineCalendarTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            DeadlineCalendar.read(name, in);
        } catch (DataFileException e) {
            return e;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new AssertionError(name + " was read without error");
    }

    private static DataFileException failureOf(String json) {
        try {
            DeadlineCalendar.read("inline.json", new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
        } catch (DataFileException e) {
            return e;
        }
        throw new AssertionError("read without error: " + json);
    }

    private static ZonedDateTime shanghai(int y, int m, int d, int h, int min, int s) {
        return ZonedDateTime.of(y, m, d, h, min, s, 0, SHANGHAI);
    }

    // ---- the DOMAIN.md sample --------------------------------------------------------------------

    @Test
    void sampleIsDueTheSixteenthAtNoonOfTheNextMonth() {
        DeadlineCalendar calendar = resource("sample-deadlines.json");
        assertThat(calendar.zone()).isEqualTo(SHANGHAI);
        assertThat(calendar.source()).hasValueSatisfying(s -> assertThat(s).startsWith("SAMPLE"));
        assertThat(calendar.dueAt("B204-1", ReportingPeriod.parse("2026-10")))
                .contains(shanghai(2026, 11, 16, 12, 0, 0));
        assertThat(calendar.dueAt("b204-1", ReportingPeriod.parse("2026-12")))
                .contains(shanghai(2027, 1, 16, 12, 0, 0));
        assertThat(calendar.dueAt("B204-1", ReportingPeriod.parse("2026-02")))
                .contains(shanghai(2026, 3, 16, 12, 0, 0));
    }

    @Test
    void sampleExemptsJanuary() {
        DeadlineCalendar calendar = resource("sample-deadlines.json");
        ReportingPeriod january = ReportingPeriod.parse("2027-01");
        assertThat(calendar.isExempt("B204-1", january)).isTrue();
        assertThat(calendar.dueAt("B204-1", january)).isEmpty();
        assertThat(calendar.isLate("B204-1", january, shanghai(2027, 12, 31, 0, 0, 0).toInstant())).isFalse();
        assertThat(calendar.lateBy("B204-1", january, shanghai(2027, 12, 31, 0, 0, 0).toInstant())).isZero();
        assertThat(calendar.isExempt("B204-1", ReportingPeriod.parse("2027-02"))).isFalse();
    }

    @Test
    void exactlyAtTheDeadlineIsOnTimeOneSecondLaterIsLate() {
        DeadlineCalendar calendar = resource("sample-deadlines.json");
        ReportingPeriod october = ReportingPeriod.parse("2026-10");
        assertThat(calendar.isLate("B204-1", october, shanghai(2026, 11, 16, 12, 0, 0).toInstant())).isFalse();
        assertThat(calendar.isLate("B204-1", october, shanghai(2026, 11, 16, 11, 59, 59).toInstant())).isFalse();
        assertThat(calendar.isLate("B204-1", october, shanghai(2026, 11, 16, 12, 0, 1).toInstant())).isTrue();
        assertThat(calendar.lateBy("B204-1", october, shanghai(2026, 11, 16, 12, 0, 1).toInstant()))
                .isEqualTo(Duration.ofSeconds(1));
        assertThat(calendar.lateBy("B204-1", october, shanghai(2026, 11, 17, 14, 30, 0).toInstant()))
                .isEqualTo(Duration.ofHours(26).plusMinutes(30));
        assertThat(calendar.lateBy("B204-1", october, shanghai(2026, 11, 16, 12, 0, 0).toInstant())).isZero();
        // Instants are compared at full precision: one millisecond after noon is late.
        assertThat(calendar.isLate("B204-1", october,
                shanghai(2026, 11, 16, 12, 0, 0).plusNanos(1_000_000).toInstant())).isTrue();
    }

    @Test
    void deadlineIsLocalTimeOfTheCalendarZone() {
        DeadlineCalendar calendar = resource("sample-deadlines.json");
        ReportingPeriod october = ReportingPeriod.parse("2026-10");
        // 12:00 in Shanghai is 04:00 UTC.
        assertThat(calendar.dueAt("B204-1", october).orElseThrow().toInstant())
                .isEqualTo(LocalDateTime.of(2026, 11, 16, 4, 0).toInstant(java.time.ZoneOffset.UTC));
    }

    @Test
    void sampleHasNoRuleForOtherFormsOrFrequencies() {
        DeadlineCalendar calendar = resource("sample-deadlines.json");
        assertThatThrownBy(() -> calendar.dueAt("B205-1", ReportingPeriod.parse("2026-10")))
                .isInstanceOfSatisfying(StatsbaseException.class, e -> assertThat(e.code()).isEqualTo("SB-CORE-1020"))
                .hasMessageContaining("B205-1");
        assertThatThrownBy(() -> calendar.dueAt(ReportingPeriod.parse("2026-10")))
                .isInstanceOf(StatsbaseException.class);
        assertThatThrownBy(() -> calendar.dueAt("B204-1", ReportingPeriod.parse("2026Q3")))
                .isInstanceOf(StatsbaseException.class).hasMessageContaining("季报");
    }

    @Test
    void builderMakesTheSameCalendarAsTheSampleFile() {
        DeadlineCalendar built = DeadlineCalendar.builder()
                .source(resource("sample-deadlines.json").source().orElseThrow())
                .rule(DeadlineRule.dayOfMonth(Frequency.MONTHLY, 1, 16, LocalTime.NOON).forForm("B204-1")
                        .exemptingIndexes(1))
                .build();
        assertThat(built).isEqualTo(resource("sample-deadlines.json"))
                .hasSameHashCodeAs(resource("sample-deadlines.json"));
    }

    // ---- every kind of rule ------------------------------------------------------------------------

    @Test
    void formRuleWinsOverTheFrequencyDefault() {
        DeadlineCalendar calendar = resource("mixed-deadlines.json");
        ReportingPeriod january = ReportingPeriod.parse("2026-01");
        assertThat(calendar.dueAt("B204-1", january)).isEmpty();
        assertThat(calendar.dueAt("B999", january)).contains(shanghai(2026, 2, 5, 18, 0, 0));
        assertThat(calendar.dueAt(january)).contains(shanghai(2026, 2, 5, 18, 0, 0));
        assertThat(calendar.rule("B204-1", Frequency.MONTHLY).orElseThrow().formId()).contains("B204-1");
        assertThat(calendar.rule("B999", Frequency.MONTHLY).orElseThrow().formId()).isEmpty();
        assertThat(calendar.rules()).hasSize(4);
    }

    @Test
    void daysAfterEndCountsFromTheLastDay() {
        DeadlineCalendar calendar = resource("mixed-deadlines.json");
        assertThat(calendar.dueAt(ReportingPeriod.parse("2026-04"))).contains(shanghai(2026, 5, 5, 18, 0, 0));
        assertThat(calendar.dueAt(ReportingPeriod.parse("2026-12"))).contains(shanghai(2027, 1, 5, 18, 0, 0));
    }

    @Test
    void singleExemptPeriodsAndOverrides() {
        DeadlineCalendar calendar = resource("mixed-deadlines.json");
        assertThat(calendar.isExempt(ReportingPeriod.parse("2026-02"))).isTrue();
        assertThat(calendar.isExempt(ReportingPeriod.parse("2027-02"))).isFalse();
        assertThat(calendar.dueAt(ReportingPeriod.parse("2026-09"))).contains(shanghai(2026, 10, 12, 17, 30, 0));
        assertThat(calendar.dueAt(ReportingPeriod.parse("2027-09"))).contains(shanghai(2027, 10, 5, 18, 0, 0));
    }

    @Test
    void quarterlyAndYearlyRulesCountFromTheLastMonth() {
        DeadlineCalendar calendar = resource("mixed-deadlines.json");
        assertThat(calendar.dueAt(ReportingPeriod.parse("2026Q4"))).contains(shanghai(2027, 1, 20, 16, 0, 0));
        assertThat(calendar.dueAt("B204-1", ReportingPeriod.parse("2026Q3")))
                .contains(shanghai(2026, 10, 20, 16, 0, 0));
        // Day 31 of February is its last day.
        assertThat(calendar.dueAt(ReportingPeriod.parse("2026"))).contains(shanghai(2027, 2, 28, 23, 59, 59));
        assertThat(calendar.dueAt(ReportingPeriod.parse("2027"))).contains(shanghai(2028, 2, 29, 23, 59, 59));
    }

    @Test
    void zoneIsConfigurable() {
        DeadlineCalendar calendar = DeadlineCalendar.builder().zone(ZoneId.of("UTC"))
                .rule(DeadlineRule.daysAfterEnd(Frequency.YEARLY, 0, LocalTime.of(23, 0))).build();
        assertThat(calendar.dueAt(ReportingPeriod.parse("2026")))
                .contains(ZonedDateTime.of(2026, 12, 31, 23, 0, 0, 0, ZoneId.of("UTC")));
    }

    @Test
    void loadsFromAFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("calendar.json");
        try (InputStream in = getClass().getResourceAsStream("sample-deadlines.json")) {
            Files.copy(in, file);
        }
        assertThat(DeadlineCalendar.load(file)).isEqualTo(resource("sample-deadlines.json"));
        assertThatThrownBy(() -> DeadlineCalendar.load(dir.resolve("absent.json")))
                .isInstanceOfSatisfying(DataFileException.class, e -> assertThat(e.code()).isEqualTo("SB-CORE-0001"));
    }

    // ---- builder refusals ----------------------------------------------------------------------------

    @Test
    void builderRefusesBadRules() {
        assertThatThrownBy(() -> DeadlineRule.dayOfMonth(Frequency.MONTHLY, 1, 32, LocalTime.NOON))
                .hasMessageContaining("SB-CORE-1021");
        assertThatThrownBy(() -> DeadlineRule.dayOfMonth(Frequency.MONTHLY, -1, 16, LocalTime.NOON))
                .hasMessageContaining("SB-CORE-1022");
        assertThatThrownBy(() -> DeadlineRule.daysAfterEnd(Frequency.MONTHLY, -1, LocalTime.NOON))
                .hasMessageContaining("SB-CORE-1022");
        DeadlineRule monthly = DeadlineRule.dayOfMonth(Frequency.MONTHLY, 1, 16, LocalTime.NOON);
        assertThatThrownBy(() -> monthly.exemptingIndexes(13)).hasMessageContaining("SB-CORE-1023");
        assertThatThrownBy(() -> monthly.exempting(ReportingPeriod.parse("2026Q1")))
                .hasMessageContaining("SB-CORE-1024");
        assertThatThrownBy(() -> monthly.exemptingIndexes(1)
                .withOverride(ReportingPeriod.parse("2026-01"), LocalDateTime.of(2026, 2, 20, 12, 0)))
                .hasMessageContaining("SB-CORE-1027");
        assertThatThrownBy(() -> monthly.forForm("  ")).hasMessageContaining("SB-CORE-1108");
        assertThatThrownBy(() -> monthly.isExempt(ReportingPeriod.parse("2026")))
                .hasMessageContaining("SB-CORE-1024");
        assertThatThrownBy(() -> DeadlineCalendar.builder().rule(monthly).rule(monthly))
                .hasMessageContaining("SB-CORE-1025");
    }

    // ---- broken files --------------------------------------------------------------------------------

    @Test
    void everyProblemOfABrokenFileIsReportedWithItsPath() {
        DataFileException e = failure("broken-deadlines.json");
        assertThat(e.code()).isEqualTo("SB-CORE-0002");
        assertThat(e.problems()).extracting(DataProblem::field).containsExactly(
                "$.comment",
                "$.zone",
                "$.rules[0].frequency",
                "$.rules[1].time",
                "$.rules[1].day_of_month",
                "$.rules[2]",
                "$.rules[3].months_after_end",
                "$.rules[4].exempt_indexes[0]",
                "$.rules[4].exempt_indexes[1]",
                "$.rules[5].exempt_periods[0]",
                "$.rules[5].exempt_periods[1]",
                "$.rules[6].overrides[\"2027-01\"]",
                "$.rules[6].overrides[\"2027-02\"]",
                "$.rules[7].dayofmonth",
                "$.rules[7]",
                "$.rules[8]",
                "$.rules[9]");
        assertThat(e.problems()).extracting(DataProblem::messageEn).satisfiesExactly(
                m -> assertThat(m).contains("SB-CORE-1092").contains("rules"),
                m -> assertThat(m).contains("SB-CORE-1026").contains("Mars/Olympus_Mons"),
                m -> assertThat(m).contains("SB-CORE-1010").contains("WEEKLY"),
                m -> assertThat(m).contains("SB-CORE-1028").contains("25:00"),
                m -> assertThat(m).contains("SB-CORE-1021").contains("32"),
                m -> assertThat(m).contains("SB-CORE-1029"),
                m -> assertThat(m).contains("SB-CORE-1022").contains("-1"),
                m -> assertThat(m).contains("SB-CORE-1023").contains("5"),
                m -> assertThat(m).contains("SB-CORE-1091").contains("integer"),
                m -> assertThat(m).contains("SB-CORE-1024").contains("2026Q1"),
                m -> assertThat(m).contains("SB-CORE-1006").contains("2026H3"),
                m -> assertThat(m).contains("SB-CORE-1027").contains("2027-01"),
                m -> assertThat(m).contains("SB-CORE-1028").contains("tomorrow"),
                m -> assertThat(m).contains("SB-CORE-1092"),
                m -> assertThat(m).contains("SB-CORE-1029"),
                m -> assertThat(m).contains("SB-CORE-1091").contains("object"),
                m -> assertThat(m).contains("SB-CORE-1025").contains("季报"));
        assertThat(e.problems()).allSatisfy(p -> {
            assertThat(p.source()).isEqualTo("broken-deadlines.json");
            assertThat(p.messageZh()).startsWith("SB-CORE-").contains(p.field());
        });
        assertThat(e.getMessage()).contains("17").contains("$.comment");
    }

    @Test
    void missingRulesAndWrongTopLevelAreReported() {
        assertThat(failureOf("{}").problems()).extracting(DataProblem::field).containsExactly("$.rules");
        assertThat(failureOf("[]").problems()).extracting(DataProblem::messageEn)
                .singleElement().asString().contains("SB-CORE-1093");
        assertThat(failureOf("{\"rules\": [{}]}").problems()).extracting(DataProblem::field)
                .containsExactly("$.rules[0].frequency", "$.rules[0].time", "$.rules[0]");
        assertThat(failureOf("{\"rules\": {}}").problems()).extracting(DataProblem::messageEn)
                .singleElement().asString().contains("expected array");
    }

    @Test
    void unreadableJsonIsUnreadable() {
        assertThat(failureOf("{\"rules\": [").code()).isEqualTo("SB-CORE-0001");
        // A repeated key would otherwise silently keep the last value.
        assertThat(failureOf("{\"rules\": [], \"rules\": []}").code()).isEqualTo("SB-CORE-0001");
        assertThat(failureOf("{\"rules\": []} {}").code()).isEqualTo("SB-CORE-0001");
        assertThat(failureOf("").code()).isEqualTo("SB-CORE-0002");
    }

    @Test
    void emptyCalendarAnswersNoRule() {
        DeadlineCalendar empty = DeadlineCalendar.read("empty.json",
                new ByteArrayInputStream("{\"rules\": []}".getBytes(StandardCharsets.UTF_8)));
        assertThat(empty.rules()).isEmpty();
        assertThatThrownBy(() -> empty.isLate(ReportingPeriod.parse("2026"), java.time.Instant.EPOCH))
                .hasMessageContaining("SB-CORE-1020");
    }
}
