package org.statsbase.examples;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.statsbase.confidentiality.suppression.CellAudit;
import org.statsbase.confidentiality.suppression.CellStatus;
import org.statsbase.confidentiality.suppression.ProtectedCell;
import org.statsbase.confidentiality.suppression.ProtectedTable;
import org.statsbase.confidentiality.suppression.SecondarySuppression;
import org.statsbase.confidentiality.suppression.SensitivityRules;
import org.statsbase.confidentiality.table.Category;
import org.statsbase.confidentiality.table.CellKey;
import org.statsbase.confidentiality.table.Contribution;
import org.statsbase.confidentiality.table.ContributionLevel;
import org.statsbase.confidentiality.table.Dimension;
import org.statsbase.confidentiality.table.Hierarchy;
import org.statsbase.core.code.DivisionLevel;
import org.statsbase.core.code.IndustryCode;
import org.statsbase.core.code.IndustryLevel;

/**
 * Publishing a district table (统计法 2009 第二十五条: no published aggregate may let a single respondent
 * be identified or inferred): revenue by township × industry section from <strong>synthetic</strong>
 * units of an invented district, protected with the τ-ARGUS rules {@code freq(3),nk(2,85),p(10)},
 * secondary suppression and the linear-programming audit; the table as published and its suppression
 * pattern are printed, with every primary cell's reason and the interval a reader can still narrow it
 * to.
 *
 * <p>Everything is invented: the district ({@value #DISTRICT}), its units and revenues (a seeded
 * {@link Random}, so every run prints the same).
 *
 * <p>Run it: {@code mvn -B -q -DskipTests package && java -cp examples/target/statsbase-examples.jar
 * org.statsbase.examples.PublishedTableExample}
 */
public final class PublishedTableExample {

    /** The invented district's county-level code; its townships are 001..008. */
    static final String DISTRICT = "110199";
    static final long SEED = 20261127L;
    static final String RULES = "freq(3),nk(2,85),p(10)";
    /** Industry classes the synthetic units are drawn from (GB/T 4754-2017), seven sections. */
    private static final String[] CLASSES = {"C1311", "C3311", "C3981", "E4710", "E4813", "F5123", "F5261", "G5431",
        "H6110", "H6210", "I6513", "I6420", "L7212", "M7320"};

    private PublishedTableExample() {
    }

    /** What the example computed. */
    record Outcome(ProtectedTable table, int units) {
    }

    public static void main(String[] args) {
        print(compute(), new PrintStream(System.out, true, StandardCharsets.UTF_8));
    }

    static Outcome compute() {
        return compute(DISTRICT);
    }

    /** The same synthetic table for the county-level division {@code district} (six digits). */
    static Outcome compute(String district) {
        Random random = new Random(SEED);
        List<Contribution> units = new ArrayList<>();
        for (int town = 1; town <= 8; town++) {
            String township = String.format("%s%03d000", district, town);
            for (String industry : CLASSES) {
                // most cells have several units; some have one or two, some one giant
                int n = random.nextInt(5) == 0 ? 1 + random.nextInt(2) : 3 + random.nextInt(6);
                for (int u = 0; u < n; u++) {
                    long revenue = 50 + Math.round(Math.exp(5 + random.nextGaussian()));
                    if (random.nextInt(40) == 0) {
                        revenue *= 30;
                    }
                    units.add(Contribution.of(String.format("SYN-%d-%s-%d", town, industry, u),
                            Map.of("township", township, "industry", industry), BigDecimal.valueOf(revenue)));
                }
            }
        }
        org.statsbase.confidentiality.table.Table table = org.statsbase.confidentiality.table.Table.tabulate(List.of(
                Dimension.of("township", Hierarchy.divisions(DivisionLevel.TOWNSHIP)),
                Dimension.of("industry", Hierarchy.industries(IndustryLevel.SECTION))), units);
        return new Outcome(SecondarySuppression.protect(table, SensitivityRules.parse(RULES, ContributionLevel.UNIT)), units.size());
    }

    /** The mark of a cell in the pattern: P primary, S secondary, · published. */
    static String mark(CellStatus status) {
        return switch (status) {
            case PRIMARY -> "P";
            case SECONDARY -> "S";
            case SAFE -> "·";
        };
    }

    static void print(Outcome o, PrintStream out) {
        ProtectedTable p = o.table();
        org.statsbase.confidentiality.table.Table t = p.table();
        out.println("SYNTHETIC DATA — 虚构数据: district " + DISTRICT + ", " + o.units() + " invented units, revenue 万元");
        out.println("Rules 规则: " + p.rules().spec() + " (unit level); every cell, margins included, is assessed.");
        out.println();
        out.println("Published table 公布表 (× = suppressed 隐藏):");
        grid(p, out, c -> c.published().map(BigDecimal::toPlainString).orElse("×"));
        out.println();
        out.println("Suppression pattern 隐藏模式 (P primary 主隐藏, S secondary 次隐藏, · published 公布):");
        grid(p, out, c -> mark(c.status()));
        out.println();
        out.printf("Cells %d: primary %d, secondary %d; secondary suppression cost %s of %s (%d cells); "
                + "audit: %d linear programs in %d round(s), %s%n", p.cells().size(), p.count(CellStatus.PRIMARY),
                p.count(CellStatus.SECONDARY), p.value(CellStatus.SECONDARY).toPlainString(),
                t.cell(0).value().toPlainString(), p.count(CellStatus.SECONDARY), p.linearPrograms(), p.rounds(),
                p.audit().passed() ? "passed 审计通过" : "FAILED");
        out.println();
        out.println("Primary cells 主隐藏单元格: why, and how far a reader can narrow them:");
        org.statsbase.examples.Table reasons = new org.statsbase.examples.Table("township", "section", "units", "rules", "protection",
                "value", "reader's interval");
        for (CellAudit a : p.audit().cells()) {
            ProtectedCell c = p.cell(a.key());
            if (c.status() != CellStatus.PRIMARY) {
                continue;
            }
            reasons.add(List.of(label(a.key().category(0), 0), label(a.key().category(1), 1), String.valueOf(c.cell().unitCount()),
                    String.join(" ", c.sensitivity().failedRules()),
                    "±" + c.sensitivity().upperProtection().setScale(1, java.math.RoundingMode.HALF_UP).toPlainString(),
                    a.value().toPlainString(), "[" + bound(a.min()) + ", " + bound(a.max()) + "]"));
        }
        reasons.print(out);
    }

    private interface CellText {
        String of(ProtectedCell c);
    }

    private static void grid(ProtectedTable p, PrintStream out, CellText text) {
        org.statsbase.confidentiality.table.Table t = p.table();
        List<Category> sections = t.categories(1);
        List<String> header = new ArrayList<>();
        header.add("township \\ section");
        for (Category s : sections) {
            header.add(label(s, 1));
        }
        org.statsbase.examples.Table grid = new org.statsbase.examples.Table(header.toArray(String[]::new));
        for (Category town : t.categories(0)) {
            List<String> row = new ArrayList<>();
            row.add(label(town, 0));
            for (Category s : sections) {
                row.add(text.of(p.cell(CellKey.of(town, s))));
            }
            grid.add(row);
        }
        grid.print(out);
    }

    /** The district total, a township's three digits, a section's letter and name, "total" for all sections. */
    static String label(Category c, int dimension) {
        if (c.isTotal()) {
            return dimension == 0 ? "district 全区" : "total 合计";
        }
        return dimension == 0 ? c.code().substring(6, 9) : c.code() + " " + IndustryCode.parse(c.code()).section().nameZh();
    }

    private static String bound(double v) {
        return Double.isInfinite(v) ? "∞" : BigDecimal.valueOf(v).setScale(1, java.math.RoundingMode.HALF_UP).toPlainString();
    }
}
