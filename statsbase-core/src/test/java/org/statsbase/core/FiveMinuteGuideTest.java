package org.statsbase.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.statsbase.core.code.CodeCheck;
import org.statsbase.core.code.DivisionCode;
import org.statsbase.core.code.DivisionLevel;
import org.statsbase.core.code.IndustryCode;
import org.statsbase.core.code.InvalidCodeException;
import org.statsbase.core.code.Province;
import org.statsbase.core.code.UnifiedSocialCreditCode;
import org.statsbase.core.period.DeadlineCalendar;
import org.statsbase.core.period.DeadlineRule;
import org.statsbase.core.period.Frequency;
import org.statsbase.core.period.ReportingPeriod;
import org.statsbase.core.unit.EnterpriseSize;
import org.statsbase.core.unit.EnterpriseSizeClassifier;
import org.statsbase.core.unit.SizeClassification;
import org.statsbase.core.unit.SizeMetric;
import org.statsbase.core.unit.SizeMetrics;
import org.statsbase.testdata.ReadmeGuide;

/**
 * The code of the "Five-minute guide / 五分钟上手" of statsbase-core/README.md, step by step: each test
 * runs exactly the snippet the README shows (keep the two in step), and checks what the README says
 * it gives.
 */
class FiveMinuteGuideTest {

    @Test
    void step1CheckAUnifiedSocialCreditCodeAndReadTheReasonOfAFailure() {
        CodeCheck<UnifiedSocialCreditCode, UnifiedSocialCreditCode.Reason> ok =
                UnifiedSocialCreditCode.check("91110108551385082Q");
        UnifiedSocialCreditCode code = ok.orElseThrow();
        assertThat(ok.isValid()).isTrue();
        assertThat(code.registrationDivision()).isEqualTo("110108");
        assertThat(code.province()).contains(Province.BEIJING);
        assertThat(code.organizationCode().canonical()).isEqualTo("551385082");

        CodeCheck<UnifiedSocialCreditCode, UnifiedSocialCreditCode.Reason> bad =
                UnifiedSocialCreditCode.check("91110108551385082A");
        assertThat(bad.isValid()).isFalse();
        assertThat(bad.reason()).contains(UnifiedSocialCreditCode.Reason.BAD_CHECK_CHARACTER);
        assertThat(bad.position()).hasValue(18);
        assertThat(bad.expected()).contains("Q");
        assertThat(bad.errorCode()).contains("SB-CORE-0108");
        assertThat(bad.messageZh()).isEqualTo("统一社会信用代码“91110108551385082A”校验码错误：第 18 位应为“Q”，实为“A”");
        assertThat(bad.messageEn()).isEqualTo(
                "unified social credit code \"91110108551385082A\" has a wrong check character: expected \"Q\" at position 18, actual \"A\"");

        assertThatThrownBy(() -> UnifiedSocialCreditCode.parse("91110108551385082A"))
                .isInstanceOf(InvalidCodeException.class)
                .hasMessageContaining("SB-CORE-0108");
    }

    @Test
    void step2ADivisionCode() {
        DivisionCode town = DivisionCode.parse("441900003000");
        assertThat(town.level()).isEqualTo(DivisionLevel.TOWNSHIP);
        assertThat(town.province()).isEqualTo(Province.GUANGDONG);
        assertThat(town.parent()).contains(DivisionCode.parse("441900"));
        assertThat(town.isWithin(DivisionCode.parse("440000"))).isTrue();
        assertThat(DivisionCode.check("990100").reason()).contains(DivisionCode.Reason.UNKNOWN_PROVINCE);
    }

    @Test
    void step3AReportingPeriodAndItsDeadline() {
        ReportingPeriod october = ReportingPeriod.parse("2026-10");
        assertThat(october.previous()).isEqualTo(ReportingPeriod.parse("2026-09"));
        assertThat(october.sameLastYear()).isEqualTo(ReportingPeriod.parse("2025-10"));
        assertThat(october.lastDay()).isEqualTo(LocalDate.of(2026, 10, 31));

        DeadlineCalendar calendar = DeadlineCalendar.builder()
                .rule(DeadlineRule.dayOfMonth(Frequency.MONTHLY, 1, 16, LocalTime.NOON).exemptingIndexes(1))
                .build();
        assertThat(calendar.dueAt(october))
                .contains(ZonedDateTime.of(2026, 11, 16, 12, 0, 0, 0, ZoneId.of("Asia/Shanghai")));
        assertThat(calendar.isLate(october, Instant.parse("2026-11-16T04:30:00Z"))).isTrue();
        assertThat(calendar.isExempt(ReportingPeriod.parse("2027-01"))).isTrue();
    }

    @Test
    void step4ASizeClass() {
        SizeClassification size = EnterpriseSizeClassifier.standard2017().classify(
                IndustryCode.parse("C1311"),
                SizeMetrics.none().withEmployees(350).withRevenue(new BigDecimal("50000")));
        assertThat(size.size()).isEqualTo(EnterpriseSize.MEDIUM);
        assertThat(size.decidedBy()).contains(SizeMetric.EMPLOYEES);
    }

    @Test
    void everySnippetOfTheReadmeGuideIsCodeOfThisTest() {
        ReadmeGuide.assertEveryCodeLineIsIn(FiveMinuteGuideTest.class);
    }
}
