package org.statsbase.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.statsbase.confidentiality.suppression.CellStatus;
import org.statsbase.confidentiality.suppression.ProtectedCell;
import org.statsbase.confidentiality.table.Category;
import org.statsbase.confidentiality.table.CellKey;
import org.statsbase.examples.PublishedTableExample.Outcome;

/**
 * The published-table example runs through, and what it prints is what the library computed: the
 * published grid shows exactly the safe cells' values and × for the rest, the pattern grid marks
 * exactly the primary and secondary cells, and the audit passed.
 */
class PublishedTableExampleTest {

    private static Outcome outcome;
    private static List<String> lines;

    @BeforeAll
    static void runTheExample() {
        outcome = PublishedTableExample.compute();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PublishedTableExample.print(outcome, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();
    }

    @Test
    void saysItIsSyntheticAndTheAuditPassed() {
        assertThat(lines.get(0)).contains("SYNTHETIC", "虚构");
        assertThat(outcome.table().audit().passed()).isTrue();
        assertThat(outcome.table().count(CellStatus.PRIMARY)).isPositive();
        assertThat(outcome.table().count(CellStatus.SECONDARY)).isPositive();
        assertThat(lines).anyMatch(l -> l.contains("passed 审计通过"));
    }

    @Test
    void thePrintedGridsAreTheComputedOnes() {
        int published = lines.indexOf("Published table 公布表 (× = suppressed 隐藏):");
        int pattern = lines.indexOf("Suppression pattern 隐藏模式 (P primary 主隐藏, S secondary 次隐藏, · published 公布):");
        assertThat(published).isNotNegative();
        assertThat(pattern).isGreaterThan(published);
        List<Category> towns = outcome.table().table().categories(0);
        List<Category> sections = outcome.table().table().categories(1);
        for (int r = 0; r < towns.size(); r++) {
            String[] values = lines.get(published + 3 + r).split("\\s{2,}");
            String[] marks = lines.get(pattern + 3 + r).split("\\s{2,}");
            assertThat(values).hasSize(sections.size() + 1);
            assertThat(marks).hasSize(sections.size() + 1);
            for (int c = 0; c < sections.size(); c++) {
                ProtectedCell cell = outcome.table().cell(CellKey.of(towns.get(r), sections.get(c)));
                assertThat(values[c + 1]).isEqualTo(cell.status() == CellStatus.SAFE ? cell.cell().value().toPlainString() : "×");
                assertThat(marks[c + 1]).isEqualTo(PublishedTableExample.mark(cell.status()));
            }
        }
    }

    @Test
    void listsEveryPrimaryCellWithItsReason() {
        long listed = lines.stream().dropWhile(l -> !l.startsWith("Primary cells")).filter(l -> l.matches("^\\d{3} .*")).count();
        assertThat(listed).isEqualTo(outcome.table().count(CellStatus.PRIMARY));
    }
}
