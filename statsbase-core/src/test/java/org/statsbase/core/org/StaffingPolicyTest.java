package org.statsbase.core.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.statsbase.core.error.DataFileException;
import org.statsbase.core.error.DataProblem;
import org.statsbase.core.error.StatsbaseException;

/**
 * 国统字〔2021〕85号 二（二）: 统计人员数量应当与统计任务相匹配，建立辖区基本单位数量变动、
 * 人口规模变动与统计人员协调匹配联动机制 — with ratios as configuration.
 */
class StaffingPolicyTest {

    private static final InstitutionId STATION = InstitutionId.of("station");
    private static final StaffingPolicy POLICY = StaffingPolicy.of(StaffingRatios.of(300, 10_000));

    private static StaffingFacts facts(long units, long population, int full, int part) {
        return StaffingFacts.of(STATION, units, population, full, part);
    }

    @Test
    void exactlyAtTheRatioIsAdequate() {
        assertThat(POLICY.assess(facts(600, 20_000, 2, 0))).isEmpty();
    }

    @Test
    void oneUnitOverTheRatioIsAFinding() {
        List<StaffingFinding> findings = POLICY.assess(facts(601, 20_000, 2, 0));
        assertThat(findings).hasSize(1);
        StaffingFinding f = findings.get(0);
        assertThat(f.kind()).isEqualTo(StaffingFindingKind.UNDER_STAFFED_BY_UNITS);
        assertThat(f.measured()).isEqualTo(601);
        assertThat(f.ratio()).isEqualTo(300);
        assertThat(f.required()).isEqualTo(3);
        assertThat(f.actual()).isEqualTo(new BigDecimal("2"));
        assertThat(f.shortfall()).isEqualTo(new BigDecimal("1"));
        assertThat(f.code()).isEqualTo("SB-CORE-0951");
        assertThat(f.messageZh()).isEqualTo("station 统计人员不足：辖区基本单位 601 个，按每名统计人员 300 个单位需 3 名，实有 2 名");
        assertThat(f.messageEn()).isEqualTo(
                "station is under-staffed by units: 601 basic units at 300 units per statistician need 3, actual 2");
    }

    @Test
    void oneInhabitantOverTheRatioIsAFinding() {
        List<StaffingFinding> findings = POLICY.assess(facts(600, 20_001, 2, 0));
        assertThat(findings).extracting(StaffingFinding::kind)
                .containsExactly(StaffingFindingKind.UNDER_STAFFED_BY_POPULATION);
        assertThat(findings.get(0).required()).isEqualTo(3);
        assertThat(findings.get(0).code()).isEqualTo("SB-CORE-0952");
    }

    @Test
    void bothMeasuresCanFailAtOnceAndNoStatisticianFailsOnAnyWork() {
        assertThat(POLICY.assess(facts(1, 1, 0, 0))).extracting(StaffingFinding::kind).containsExactly(
                StaffingFindingKind.UNDER_STAFFED_BY_UNITS, StaffingFindingKind.UNDER_STAFFED_BY_POPULATION);
        assertThat(POLICY.assess(facts(0, 0, 0, 0))).isEmpty();
    }

    @Test
    void partTimeStatisticiansCountByTheConfiguredWeight() {
        StaffingPolicy halves = StaffingPolicy.of(StaffingRatios.of(300, 10_000, new BigDecimal("0.5")));
        assertThat(halves.assess(facts(600, 0, 1, 2))).isEmpty(); // 1 + 0.5 × 2 = 2
        List<StaffingFinding> findings = halves.assess(facts(601, 0, 1, 2));
        assertThat(findings).hasSize(1);
        assertThat(findings.get(0).actual()).isEqualTo(new BigDecimal("2"));
        assertThat(halves.assess(facts(451, 0, 1, 1)).get(0).messageEn()).endsWith("need 2, actual 1.5");
        assertThat(POLICY.assess(facts(600, 0, 0, 2))).isEmpty(); // default weight 1: heads
    }

    @Test
    void factsCanBeCountedFromStaff() {
        List<StaffMember> staff = List.of(
                StaffMember.statistician(PersonId.of("a"), "甲", STATION, Employment.FULL_TIME),
                StaffMember.statistician(PersonId.of("b"), "乙", STATION, Employment.PART_TIME),
                StaffMember.statistician(PersonId.of("c"), "丙", InstitutionId.of("other"), Employment.FULL_TIME),
                StaffMember.auxiliaryInvestigator(PersonId.of("d"), "丁", STATION));
        StaffingFacts f = StaffingFacts.counting(STATION, 100, 1000, staff);
        assertThat(f.fullTime()).isEqualTo(1);
        assertThat(f.partTime()).isEqualTo(1);
    }

    @Test
    void reassessReportsWhatAChangeBrings() {
        StaffingFacts before = facts(600, 20_000, 2, 0);
        List<StaffingFinding> fresh = POLICY.reassess(before, before.withBasicUnits(700));
        assertThat(fresh).extracting(StaffingFinding::kind).containsExactly(StaffingFindingKind.UNDER_STAFFED_BY_UNITS);
        // still short by one statistician after a small rise: nothing new
        assertThat(POLICY.reassess(before.withBasicUnits(700), before.withBasicUnits(750))).isEmpty();
        // the gap widens to two: reported again
        assertThat(POLICY.reassess(before.withBasicUnits(700), before.withBasicUnits(901))).hasSize(1);
        // population rises while units are already short: only the population finding is new
        assertThat(POLICY.reassess(before.withBasicUnits(700), before.withBasicUnits(700).withPopulation(25_000)))
                .extracting(StaffingFinding::kind).containsExactly(StaffingFindingKind.UNDER_STAFFED_BY_POPULATION);
        // a statistician leaves
        assertThat(POLICY.reassess(before, before.withStatisticians(1, 0))).hasSize(2);
        assertThat(POLICY.reassess(before.withBasicUnits(700), before)).isEmpty();
        assertThatThrownBy(() -> POLICY.reassess(before, StaffingFacts.of(InstitutionId.of("x"), 0, 0, 0, 0)))
                .isInstanceOf(StatsbaseException.class).hasMessageContaining("SB-CORE-0906");
    }

    @Test
    void factsAndRatiosRejectNonsense() {
        assertThatThrownBy(() -> facts(-1, 0, 0, 0)).isInstanceOf(StatsbaseException.class)
                .hasMessageContaining("SB-CORE-0902");
        assertThatThrownBy(() -> StaffingRatios.of(0, 1)).isInstanceOf(StatsbaseException.class)
                .hasMessageContaining("SB-CORE-0902");
        assertThatThrownBy(() -> StaffingRatios.of(1, 1, new BigDecimal("1.5"))).isInstanceOf(StatsbaseException.class)
                .hasMessageContaining("SB-CORE-0902");
        assertThatThrownBy(() -> StaffingRatios.of(1, 1, new BigDecimal("0.333")))
                .isInstanceOf(StatsbaseException.class);
    }

    @Test
    void theDefaultsAreShippedConfiguration() {
        StaffingRatios defaults = StaffingRatios.defaults();
        assertThat(defaults).isEqualTo(StaffingRatios.of(500, 20_000));
        assertThat(StaffingPolicy.withDefaults().ratios()).isSameAs(defaults);
    }

    @Test
    void ratiosAreReadFromJsonWithEveryProblemReported() {
        StaffingRatios read = StaffingRatios.read(json("{\"units_per_statistician\": 250, "
                + "\"population_per_statistician\": 8000, \"part_time_weight\": \"0.50\"}"), "mine.json");
        assertThat(read).isEqualTo(StaffingRatios.of(250, 8000, new BigDecimal("0.5")));
        assertThatThrownBy(() -> StaffingRatios.read(json("{\"units_per_statistician\": 0, "
                + "\"part_time_weight\": \"x\"}"), "bad.json"))
                .isInstanceOfSatisfying(DataFileException.class, e -> assertThat(e.problems())
                        .extracting(DataProblem::field)
                        .containsExactly("units_per_statistician", "population_per_statistician", "part_time_weight"));
        assertThatThrownBy(() -> StaffingRatios.read(json("[1]"), "array.json"))
                .isInstanceOf(DataFileException.class).hasMessageContaining("SB-CORE-0001");
        assertThatThrownBy(() -> StaffingRatios.read(json("{"), "broken.json"))
                .isInstanceOf(DataFileException.class).hasMessageContaining("broken.json");
    }

    private static ByteArrayInputStream json(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
