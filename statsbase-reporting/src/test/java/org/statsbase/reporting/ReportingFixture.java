package org.statsbase.reporting;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.statsbase.core.code.DivisionCode;
import org.statsbase.core.code.IndustryCode;
import org.statsbase.core.form.Indicator;
import org.statsbase.core.form.IndicatorType;
import org.statsbase.core.form.ReportForm;
import org.statsbase.core.org.PersonId;
import org.statsbase.core.period.Frequency;
import org.statsbase.core.period.ReportingPeriod;
import org.statsbase.core.unit.BusinessRegister;
import org.statsbase.core.unit.StatisticalUnit;
import org.statsbase.trail.HashAlgorithm;
import org.statsbase.trail.Trail;
import org.statsbase.trail.spi.EventStore;
import org.statsbase.validation.review.RuleSet;
import org.statsbase.validation.rules.file.RuleSetFiles;
import org.statsbase.validation.rules.file.RuleSetFormat;

/**
 * A small township for the workflow tests: units in two townships of one county, a defence-industry
 * unit, a unit that entered the register mid-period, the form B204-1 with its rules (one per review
 * level), and the people who act on them.
 */
final class ReportingFixture {

    static final ReportingPeriod PERIOD = ReportingPeriod.ofMonth(2026, 10);
    static final String FORM = "B204-1";
    static final DivisionCode COUNTY = DivisionCode.parse("500105000000");
    static final DivisionCode TOWNSHIP_A = DivisionCode.parse("500105001000");
    static final DivisionCode TOWNSHIP_B = DivisionCode.parse("500105002000");
    static final DivisionCode OTHER_COUNTY = DivisionCode.parse("500106000000");
    private static final IndustryCode INDUSTRY = IndustryCode.parse("1311");

    static final String U1 = "U1";
    static final String U2 = "U2";
    static final String DEF = "DEF";
    static final String LATE = "LATE";

    static final SubmissionKey K1 = SubmissionKey.of(U1, FORM, PERIOD);
    static final SubmissionKey K2 = SubmissionKey.of(U2, FORM, PERIOD);
    static final SubmissionKey KDEF = SubmissionKey.of(DEF, FORM, PERIOD);
    static final SubmissionKey KLATE = SubmissionKey.of(LATE, FORM, PERIOD);

    static final BusinessRegister REGISTER = BusinessRegister.builder()
            .add(StatisticalUnit.legalEntity(U1, "甲制造有限公司", INDUSTRY, DivisionCode.parse("500105001001")),
                    LocalDate.of(2020, 1, 1))
            .add(StatisticalUnit.legalEntity(U2, "乙制造有限公司", INDUSTRY, DivisionCode.parse("500105002001")),
                    LocalDate.of(2020, 1, 1))
            .add(StatisticalUnit.legalEntity(DEF, "丙军工有限公司", INDUSTRY, DivisionCode.parse("500105001002")),
                    LocalDate.of(2020, 1, 1))
            .add(StatisticalUnit.legalEntity(LATE, "丁新开业公司", INDUSTRY, DivisionCode.parse("500105001003")),
                    LocalDate.of(2026, 10, 15))
            .build();

    static final ReportForm B204 = ReportForm.of(FORM, "工业产值", Frequency.MONTHLY, List.of(
            Indicator.of("B01", "工业总产值", IndicatorType.NUMBER),
            Indicator.of("B02", "销售产值", IndicatorType.NUMBER),
            Indicator.of("B03", "备注", IndicatorType.TEXT)));

    static final String RULES_YAML = """
            id: b204-1-test
            rules:
              - id: R001
                check: not is_missing(B01)
                severity: MANDATORY
              - id: R002
                check: B02 <= B01
                severity: QUASI_MANDATORY
              - id: R003
                check: B01 < 1000000
                severity: VERIFY
              - id: R004
                check: B01 > 10
                severity: HINT
            """;

    static final RuleSet RULES = RuleSet.compile(RuleSetFiles.parse(RULES_YAML, "b204-1-test.yaml",
            RuleSetFormat.YAML), B204);

    static final Instant NOW = Instant.parse("2026-11-10T02:00:00Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    static final Actor FILLER = Actor.staff(PersonId.of("u1-filler"), Role.FILLER, U1);
    static final Actor LEAD = Actor.staff(PersonId.of("u1-lead"), Role.STATISTICS_LEAD, U1);
    static final Actor HEAD = Actor.staff(PersonId.of("u1-head"), Role.UNIT_HEAD, U1);
    static final Actor U2_FILLER = Actor.staff(PersonId.of("u2-filler"), Role.FILLER, U2);
    static final Actor DEF_LEAD = Actor.staff(PersonId.of("def-lead"), Role.STATISTICS_LEAD, DEF);
    static final Actor DEF_HEAD = Actor.staff(PersonId.of("def-head"), Role.UNIT_HEAD, DEF);
    static final Actor LATE_FILLER = Actor.staff(PersonId.of("late-filler"), Role.FILLER, LATE);
    static final Actor TOWNSHIP = Actor.official(PersonId.of("tA-reviewer"), Role.TOWNSHIP_REVIEWER, TOWNSHIP_A);
    static final Actor TOWNSHIP_B_REVIEWER = Actor.official(PersonId.of("tB-reviewer"), Role.TOWNSHIP_REVIEWER,
            TOWNSHIP_B);
    static final Actor COUNTY_REVIEWER = Actor.official(PersonId.of("c-reviewer"), Role.COUNTY_REVIEWER, COUNTY);
    static final Actor FOREIGN_REVIEWER = Actor.official(PersonId.of("x-reviewer"), Role.COUNTY_REVIEWER,
            OTHER_COUNTY);
    static final Actor OFFICE = Actor.official(PersonId.of("c-office"), Role.OFFICE, COUNTY);
    static final Actor PROXY = Actor.official(PersonId.of("c-proxy"), Role.PROXY_FILLER, COUNTY);

    static final Map<String, String> GOOD = Map.of("B01", "1200.50", "B02", "1100");
    static final String REAL_EXPLANATION = "本月新增军品订单三笔，产值较上月增长一倍";

    private ReportingFixture() {
    }

    static Trail trail(EventStore store) {
        return Trail.open(store, HashAlgorithm.SHA_256, CLOCK);
    }

    static Submissions.Builder service(Trail trail) {
        return Submissions.builder().trail(trail).register(REGISTER).ruleSets(Map.of(FORM, RULES))
                .forms(List.of(B204)).clock(CLOCK).defenceIndustryUnits(Set.of(DEF));
    }

    /** The three signatures of unit U1. */
    static Submission signAll(Submissions s, SubmissionKey key) {
        s.sign(FILLER, key);
        s.sign(LEAD, key);
        return s.sign(HEAD, key);
    }
}
