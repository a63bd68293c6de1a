package org.statsbase.core.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.statsbase.core.error.StatsbaseException;

/** 国统字〔2021〕85号 二（二）（五）（六）, 三（八）（十三）: people, posts, training, qualification, assessment. */
class StaffRecordsTest {

    private static final InstitutionId STATION = InstitutionId.of("station");
    private static final LocalDate DAY = LocalDate.of(2026, 3, 1);

    @Test
    void statisticiansAreFullOrPartTimeAuxiliaryInvestigatorsAreNeither() {
        StaffMember full = StaffMember.statistician(PersonId.of("p1"), "王统计", STATION, Employment.FULL_TIME);
        StaffMember aux = StaffMember.auxiliaryInvestigator(PersonId.of("p2"), "李辅助", STATION);
        assertThat(full.isStatistician()).isTrue();
        assertThat(full.employment()).contains(Employment.FULL_TIME);
        assertThat(full.withEmployment(Employment.PART_TIME).employment()).contains(Employment.PART_TIME);
        assertThat(aux.isStatistician()).isFalse();
        assertThat(aux.employment()).isEmpty();
        assertThatThrownBy(() -> aux.withEmployment(Employment.FULL_TIME))
                .isInstanceOf(StatsbaseException.class).hasMessageContaining("SB-CORE-0907")
                .hasMessageContaining("auxiliary investigator").hasMessageContaining("辅助调查员");
    }

    @Test
    void recordsAccumulateInDateOrderAndLeaveTheOriginalUntouched() {
        StaffMember p = StaffMember.statistician(PersonId.of("p1"), "王统计", STATION, Employment.PART_TIME);
        TrainingRecord law = TrainingRecord.of(TrainingKind.LAW, DAY.plusDays(10), 4, "区统计局");
        TrainingRecord induction = TrainingRecord.of(TrainingKind.INDUCTION, DAY, new BigDecimal("2.50"), "区统计局");
        StaffMember trained = p.withTraining(law).withTraining(induction);
        assertThat(p.training()).isEmpty();
        assertThat(trained.training()).containsExactly(induction, law);
        assertThat(induction.hours()).isEqualTo(new BigDecimal("2.5"));
        assertThat(trained.hasTraining(TrainingKind.LAW, DAY)).isFalse();
        assertThat(trained.hasTraining(TrainingKind.LAW, DAY.plusDays(10))).isTrue();
        assertThat(trained.hasTraining(TrainingKind.SECRECY, DAY.plusYears(1))).isFalse();
        assertThat(trained.withPost(PostId.of("post-1")).post()).contains(PostId.of("post-1"));
        StaffMember moved = trained.withPost(PostId.of("post-1")).movedTo(InstitutionId.of("elsewhere"));
        assertThat(moved.post()).isEmpty();
        assertThat(moved.training()).isEqualTo(trained.training());
    }

    @Test
    void trainingNeedsPositiveHoursAndAProvider() {
        assertThatThrownBy(() -> TrainingRecord.of(TrainingKind.SECRECY, DAY, 0, "区统计局"))
                .isInstanceOf(StatsbaseException.class).hasMessageContaining("SB-CORE-0902")
                .hasMessageContaining("training hours").hasMessageContaining("培训学时");
        assertThatThrownBy(() -> TrainingRecord.of(TrainingKind.SECRECY, DAY, 1, " "))
                .isInstanceOf(StatsbaseException.class).hasMessageContaining("SB-CORE-0901");
    }

    @Test
    void aQualificationIsValidFromIssueToExpiryInclusive() {
        EnforcementQualification q = EnforcementQualification.of("TJZF-500105-001", DAY, DAY.plusYears(5));
        assertThat(q.isValidOn(DAY)).isTrue();
        assertThat(q.isValidOn(DAY.plusYears(5))).isTrue();
        assertThat(q.isValidOn(DAY.minusDays(1))).isFalse();
        assertThat(q.isValidOn(DAY.plusYears(5).plusDays(1))).isFalse();
        assertThat(EnforcementQualification.of("X", DAY, DAY).isValidOn(DAY)).isTrue();
        assertThatThrownBy(() -> EnforcementQualification.of("X", DAY, DAY.minusDays(1)))
                .isInstanceOf(StatsbaseException.class).hasMessageContaining("SB-CORE-0903")
                .hasMessageContaining("expiry date");
        EnforcementQualification renewed = EnforcementQualification.of("TJZF-2", DAY.plusYears(5), DAY.plusYears(10));
        StaffMember p = StaffMember.statistician(PersonId.of("p"), "王", STATION, Employment.FULL_TIME)
                .withQualification(renewed).withQualification(q);
        assertThat(p.qualifications()).containsExactly(q, renewed);
        assertThat(p.qualificationOn(DAY.plusYears(5))).contains(renewed);
        assertThat(p.qualificationOn(DAY.plusYears(11))).isEmpty();
    }

    @Test
    void assessmentsCoverAPeriod() {
        AssessmentRecord annual = AssessmentRecord.annual(Year.of(2025), AssessmentResult.COMPETENT);
        assertThat(annual.periodStart()).isEqualTo(LocalDate.of(2025, 1, 1));
        assertThat(annual.periodEnd()).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(annual.result().isPass()).isTrue();
        assertThat(AssessmentResult.INCOMPETENT.isPass()).isFalse();
        assertThatThrownBy(() -> AssessmentRecord.of(DAY, DAY.minusDays(1), AssessmentResult.EXCELLENT, ""))
                .isInstanceOf(StatsbaseException.class).hasMessageContaining("SB-CORE-0903");
        StaffMember p = StaffMember.auxiliaryInvestigator(PersonId.of("p"), "李", STATION)
                .withAssessment(AssessmentRecord.annual(Year.of(2026), AssessmentResult.EXCELLENT))
                .withAssessment(annual);
        assertThat(p.assessments()).first().isEqualTo(annual);
    }

    @Test
    void aPostHasWrittenDuties() {
        Post post = Post.of(PostId.of("post-1"), STATION, "乡镇统计员", List.of(" 组织实施辖区统计调查 ", "审核上报统计数据"));
        assertThat(post.duties()).containsExactly("组织实施辖区统计调查", "审核上报统计数据");
        assertThatThrownBy(() -> Post.of(PostId.of("post-2"), STATION, "空岗", List.of()))
                .isInstanceOf(StatsbaseException.class).hasMessageContaining("SB-CORE-0904")
                .hasMessageContaining("空岗");
        assertThatThrownBy(() -> Post.of(PostId.of("post-3"), STATION, "空岗", List.of("")))
                .isInstanceOf(StatsbaseException.class).hasMessageContaining("SB-CORE-0901");
    }

    @Test
    void identifiersAndNamesMustNotBeBlank() {
        assertThat(PersonId.of(" p1 ")).isEqualTo(PersonId.of("p1"));
        assertThatThrownBy(() -> PersonId.of(""))
                .isInstanceOf(StatsbaseException.class).hasMessageContaining("SB-CORE-0901")
                .hasMessageContaining("person id").hasMessageContaining("人员编号");
        assertThatThrownBy(() -> StaffMember.statistician(PersonId.of("p"), " ", STATION, Employment.FULL_TIME))
                .isInstanceOf(StatsbaseException.class).hasMessageContaining("SB-CORE-0901");
        assertThatThrownBy(() -> PersonId.of(null)).isInstanceOf(NullPointerException.class);
    }
}
