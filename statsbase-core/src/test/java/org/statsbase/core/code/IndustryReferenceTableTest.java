package org.statsbase.core.code;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.statsbase.testdata.SharedData;

/**
 * The public machine-readable copy of GB/T 4754-2017 in {@code ../shared/data} (never copied into
 * the project; skipped when absent) loads as a full table and agrees with the shipped sections
 * and divisions code by code.
 */
class IndustryReferenceTableTest {

    /**
     * Known defects of the public copy, not of the standard: the copy cuts the name of division 37
     * short ("…运输设备制"); the standard's name, which statsbase ships, ends in 制造业 like the
     * other manufacturing divisions. Decided: ship the standard's name, and accept exactly this
     * truncation from the copy.
     */
    private static final Map<String, String> KNOWN_COPY_DEFECTS = Map.of(
            "C37", "铁路、船舶、航空航天和其他运输设备制");

    private static IndustryClassification loaded;

    /** Each test asks, so that each is reported as skipped with the reason when the copy is absent. */
    private static synchronized IndustryClassification reference() {
        java.nio.file.Path file = SharedData.require("gbt4754-2017.json");
        if (loaded == null) {
            loaded = IndustryClassification.loadJson(file);
        }
        return loaded;
    }

    @Test
    void theReferenceTableHas20Sections97Divisions473GroupsAnd1381Classes() {
        IndustryClassification reference = reference();
        assertThat(reference.count(IndustryLevel.SECTION)).isEqualTo(20);
        assertThat(reference.count(IndustryLevel.DIVISION)).isEqualTo(97);
        assertThat(reference.count(IndustryLevel.GROUP)).isEqualTo(473);
        assertThat(reference.count(IndustryLevel.CLASS)).isEqualTo(1381);
        assertThat(reference.depth()).isEqualTo(IndustryLevel.CLASS);
    }

    @Test
    void itAgreesWithTheShippedSectionsAndDivisionsCodeByCode() {
        IndustryClassification reference = reference();
        IndustryClassification shipped = IndustryClassification.shipped();
        for (IndustryLevel level : new IndustryLevel[] {IndustryLevel.SECTION, IndustryLevel.DIVISION}) {
            assertThat(reference.entries(level)).extracting(IndustryEntry::code)
                    .as(level.name()).isEqualTo(shipped.entries(level).stream().map(IndustryEntry::code).toList());
        }
        for (IndustryEntry ours : shipped.entries()) {
            String theirs = reference.find(ours.code()).orElseThrow().nameZh();
            String defect = KNOWN_COPY_DEFECTS.get(ours.code().canonical());
            if (defect != null && theirs.equals(defect)) {
                assertThat(ours.nameZh()).startsWith(defect).endsWith("制造业");
            } else {
                assertThat(theirs).as(ours.code().canonical()).isEqualTo(ours.nameZh());
            }
        }
    }

    @Test
    void checkingAgainstItGoesDownToTheClass() {
        IndustryClassification reference = reference();
        IndustryCheck rice = reference.check("1311");
        assertThat(rice.checkedTo()).isEqualTo(IndustryLevel.CLASS);
        assertThat(rice.nameZh()).contains("稻谷加工");
        assertThat(reference.check("C131").nameZh()).contains("谷物磨制");
        assertThat(reference.check("0111").nameZh()).contains("稻谷种植");
        assertThat(reference.check("7010").nameZh()).contains("房地产开发经营");
        assertThat(reference.check("1318").reason()).contains(IndustryCheck.Reason.UNKNOWN_CODE);
        assertThat(IndustryClassification.shipped().check("1318").isValid()).isTrue();
    }

    @Test
    void itSurvivesACsvRoundTrip() throws IOException {
        IndustryClassification reference = reference();
        StringBuilder csv = new StringBuilder();
        reference.writeCsv(csv);
        assertThat(csv.toString().lines()).hasSize(1 + 20 + 97 + 473 + 1381);
        IndustryClassification back = IndustryClassification.loadCsv(SyntheticIndustryTables.stream(csv.toString()),
                "round-trip.csv");
        assertThat(back).isEqualTo(reference);
        assertThat(back.entries()).isEqualTo(reference.entries());
    }
}
