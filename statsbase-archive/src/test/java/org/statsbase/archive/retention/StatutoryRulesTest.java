package org.statsbase.archive.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.statsbase.archive.record.RecordClass;
import org.statsbase.archive.record.RetentionCode;
import org.statsbase.archive.record.RetentionPeriod;

/** The shipped rules resource, walked record by record (a self-check of the data file). */
class StatutoryRulesTest {

    private final StatutoryRules rules = StatutoryRules.standard();

    @Test
    void isDatedAndNamesItsSources() {
        assertThat(rules.date()).isEqualTo(LocalDate.of(2017, 8, 1));
        assertThat(rules.sources()).anyMatch(s -> s.contains("国务院令第681号") && s.contains("第二十二条") && s.contains("第二十三条"));
    }

    @Test
    void holdsTheMinimumsOfTheRegulation() {
        assertThat(rules.rules()).hasSize(5).allSatisfy(r -> {
            assertThat(r.rule()).startsWith("统计法实施条例 第二十");
            assertThat(r.nameZh()).isNotBlank();
            assertThat(r.nameEn()).isNotBlank();
        });
        assertThat(rules.rule(RecordClass.of("original-survey")).orElseThrow().minimum()).isEqualTo(RetentionPeriod.ofYears(2));
        assertThat(rules.rule(RecordClass.of("original-record")).orElseThrow().minimum()).isEqualTo(RetentionPeriod.ofYears(2));
        assertThat(rules.rule(RecordClass.of("ledger")).orElseThrow().minimum()).isEqualTo(RetentionPeriod.ofYears(2));
        assertThat(rules.rule(RecordClass.of("aggregated")).orElseThrow().minimum()).isEqualTo(RetentionPeriod.ofYears(10));
        assertThat(rules.rule(RecordClass.of("important-aggregated")).orElseThrow().minimum()).isEqualTo(RetentionPeriod.PERMANENT);
    }

    @Test
    void theArchiveClassesAgreeWithTheRetentionCodes() {
        assertThat(rules.archiveClasses()).hasSize(RetentionCode.values().length);
        for (RetentionCode c : RetentionCode.values()) {
            assertThat(rules.archiveClasses().get(c)).isEqualTo(c.period());
        }
    }
}
