package org.statsbase.bench.review;

import java.util.ArrayList;
import java.util.List;
import org.statsbase.validation.rules.RuleDefinition;
import org.statsbase.validation.rules.RuleSetDefinition;

/**
 * The checks of the benchmark, each written in statsbase's rule language and, for the ten peer
 * checks, as the Aviator expression meaning the same on these records (Hibernate Validator's are
 * the constraints of {@link UnitBean}).
 *
 * <p>Thread safety: immutable constants.
 */
public final class Checks {

    private Checks() {
    }

    /** The ten checks (id, statsbase rule, Aviator expression), like those of the example form. */
    public static final List<String[]> TEN = List.of(
            new String[] {"R01", "B01 >= 0", "B01 >= 0"},
            new String[] {"R02", "B01 >= B02", "B01 >= B02"},
            new String[] {"R03", "B08 between 1 and 100000", "B08 >= 1 && B08 <= 100000"},
            new String[] {"R04", "B03 = B04 + B05 + B06 + B07", "B03 == B04 + B05 + B06 + B07"},
            new String[] {"R05", "abs(growth(B01, prev.B01)) <= 0.5", "math.abs(B01 / P01 - 1) <= 0.5"},
            new String[] {"R06", "in_codelist(IND, 'industry')", "seq.contains_key(industry, IND)"},
            new String[] {"R07", "len(NAME) between 4 and 50",
                "string.length(NAME) >= 4 && string.length(NAME) <= 50"},
            new String[] {"R08", "matches(ZIP, '^[0-9]{6}$')", "ZIP =~ /^[0-9]{6}$/"},
            new String[] {"R09", "is_unique(ID)", "seq.get(idCounts, ID) == 1"},
            new String[] {"R10", "if B09 > 0 then B10 > 0", "B09 <= 0 || B10 > 0"});

    /** The ten checks as a statsbase rule set. */
    public static RuleSetDefinition ten() {
        List<RuleDefinition> rules = new ArrayList<>();
        for (String[] c : TEN) {
            rules.add(RuleDefinition.of(c[0], c[1]));
        }
        return RuleSetDefinition.of("bench-10", rules);
    }

    /**
     * The ten checks and forty more of the same kinds (ranges, growth thresholds, sums, implications,
     * length, pattern, list, balances) over {@code B01 … B30}, as a statsbase rule set. Like the ten,
     * each fails on at most about 1 % of the records.
     */
    public static RuleSetDefinition fifty() {
        List<RuleDefinition> rules = new ArrayList<>(ten().rules());
        List<String> more = new ArrayList<>();
        for (int i = 11; i <= 20; i++) {
            more.add(String.format("B%02d >= 0", i));
        }
        for (int i = 21; i <= 30; i++) {
            more.add(String.format("B%02d <= 120000", i));
        }
        for (int k = 6; k <= 10; k++) {
            more.add("abs(growth(B01, prev.B01)) <= " + k / 10.0);
        }
        for (int i = 11; i <= 19; i += 2) {
            more.add(String.format("B%02d + B%02d - B%02d < 240000", i, i + 1, i + 2));
        }
        for (int i = 11; i <= 15; i++) {
            more.add(String.format("if B%02d > 0 then B%02d >= 0", i, i + 10));
        }
        more.add("len(NAME) <= 20");
        more.add("matches(ZIP, '^[0-9]+$')");
        more.add("IND not in ('9998', '9997')");
        more.add("sum(B04, B05, B06, B07) = B03");
        more.add("B03 - B04 - B05 - B06 - B07 = 0");
        for (int i = 0; i < more.size(); i++) {
            rules.add(RuleDefinition.of(String.format("R%02d", 11 + i), more.get(i)));
        }
        if (rules.size() != 50) {
            throw new IllegalStateException(rules.size() + " rules");
        }
        return RuleSetDefinition.of("bench-50", rules);
    }
}
