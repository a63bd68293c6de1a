package org.statsbase.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.statsbase.core.code.CodeCheck;
import org.statsbase.core.code.UnifiedSocialCreditCode;
import org.statsbase.core.period.Frequency;
import org.statsbase.core.period.ReportingPeriod;
import org.statsbase.testdata.ReadmeGuide;
import org.statsbase.testkit.code.UnifiedSocialCreditCodes;
import org.statsbase.testkit.period.ReportingPeriods;
import org.statsbase.testkit.validation.ReviewCase;
import org.statsbase.validation.review.ReviewReport;
import org.statsbase.validation.review.RuleSet;
import org.statsbase.validation.review.RuleSummary;

/**
 * The properties of the "Five-minute guide / 五分钟上手" of statsbase-testkit/README.md, exactly as the
 * README shows them (keep the two in step): a type drawn by {@code @ForAll} through the testkit's
 * providers, a generator of the testkit used in a {@code @Provide} method, and a whole review case.
 */
class FiveMinuteGuideProperties {

    @Property
    void everyValidCodeReadsBackAsItself(@ForAll UnifiedSocialCreditCode code) {
        assertThat(UnifiedSocialCreditCode.parse(code.canonical())).isEqualTo(code);
    }

    @Property
    void aWrongCheckCharacterIsReportedAtPosition18(@ForAll("wrongCheckCharacter") String input) {
        CodeCheck<UnifiedSocialCreditCode, UnifiedSocialCreditCode.Reason> check = UnifiedSocialCreditCode.check(input);
        assertThat(check.reason()).contains(UnifiedSocialCreditCode.Reason.BAD_CHECK_CHARACTER);
        assertThat(check.position()).hasValue(18);
        assertThat(check.errorCode()).contains("SB-CORE-0108");
    }

    @Provide
    Arbitrary<String> wrongCheckCharacter() {
        return UnifiedSocialCreditCodes.failingWith(UnifiedSocialCreditCode.Reason.BAD_CHECK_CHARACTER);
    }

    @Property
    void theSameMonthLastYearIsTwelveMonthsBack(@ForAll("months") ReportingPeriod month) {
        assertThat(month.sameLastYear()).isEqualTo(month.plus(-12));
    }

    @Provide
    Arbitrary<ReportingPeriod> months() {
        return ReportingPeriods.of(Frequency.MONTHLY, 2000, 2100);
    }

    @Property(tries = 200)
    void everyRecordIsCountedOncePerRule(@ForAll ReviewCase review) {
        ReviewReport report = RuleSet.compile(review.ruleSet(), review.schema()).review(review.data());
        for (RuleSummary summary : report.summaries()) {
            assertThat(summary.items()).isEqualTo(review.data().size());
            assertThat(summary.passes() + summary.fails() + summary.notApplicable() + summary.errors())
                    .isEqualTo(summary.items());
        }
    }

    @Example
    void everySnippetOfTheReadmeGuideIsCodeOfThisTest() {
        ReadmeGuide.assertEveryCodeLineIsIn(FiveMinuteGuideProperties.class);
    }
}
