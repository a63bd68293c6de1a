package org.statsbase.testkit.ledger;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.statsbase.reporting.ledger.AccountTerm;
import org.statsbase.reporting.ledger.FigureBasis;
import org.statsbase.reporting.ledger.FigureMapping;
import org.statsbase.reporting.ledger.LedgerMapping;
import org.statsbase.reporting.ledger.LedgerPosting;

/**
 * Arbitraries of ledger mappings (which accounts, with which sign, make which figure; 本期 or 本年累计;
 * 元 → 千元/万元; decimals; HALF_UP or GB/T 8170 HALF_EVEN), valid by construction: the terms of a figure
 * never overlap. {@link #toJson} renders a mapping as the JSON the reader reads.
 *
 * <p>Thread safety: stateless; the arbitraries are immutable.
 */
public final class LedgerMappings {

    /** Term groups whose members never overlap: one term is drawn from each chosen group. */
    private static final List<List<AccountTerm>> GROUPS = List.of(
            List.of(AccountTerm.account("6001", 1), AccountTerm.prefix("6001", 1), AccountTerm.account("600101", 1)),
            List.of(AccountTerm.account("6051", 1), AccountTerm.prefix("605", 1)),
            List.of(AccountTerm.account("6401", -1), AccountTerm.prefix("64", -1), AccountTerm.account("640101", 1)),
            List.of(AccountTerm.account("6601", -1)),
            List.of(AccountTerm.account("主营业务收入", 1)));

    private LedgerMappings() {
    }

    /**
     * Figures with one to all five term groups, random signs, basis, unit, decimals and rounding.
     *
     * @param code the figure's code
     * @return figure mappings coded {@code code}
     */
    public static Arbitrary<FigureMapping> figures(String code) {
        Arbitrary<List<AccountTerm>> terms = Arbitraries.integers().between(1, (1 << GROUPS.size()) - 1)
                .flatMap(mask -> {
                    List<Arbitrary<AccountTerm>> chosen = new ArrayList<>();
                    for (int g = 0; g < GROUPS.size(); g++) {
                        if ((mask & (1 << g)) != 0) {
                            chosen.add(Combinators.combine(Arbitraries.of(GROUPS.get(g)), Arbitraries.of(1, -1))
                                    .as((t, s) -> new AccountTerm(t.account(), t.prefix(), s)));
                        }
                    }
                    return Combinators.combine(chosen).as(List::copyOf);
                });
        return Combinators.combine(terms, Arbitraries.of(FigureBasis.values()), Arbitraries.of("元", "千元", "万元"),
                Arbitraries.integers().between(0, 4), Arbitraries.of(java.math.RoundingMode.HALF_UP,
                        java.math.RoundingMode.HALF_EVEN))
                .as((t, basis, unit, decimals, rounding) -> FigureMapping.of(code, basis, t)
                        .withUnits(LedgerPosting.YUAN, unit).withDecimals(decimals).withRounding(rounding));
    }

    /**
     * Mappings of one to eight figures coded {@code 01}, {@code 02}, ….
     *
     * @return ledger mappings
     */
    public static Arbitrary<LedgerMapping> mappings() {
        return Arbitraries.integers().between(1, 8).flatMap(n -> {
            List<Arbitrary<FigureMapping>> figures = new ArrayList<>();
            for (int i = 1; i <= n; i++) {
                figures.add(figures(String.format("%02d", i)));
            }
            return Combinators.combine(figures).as(list -> LedgerMapping.of("B204-1", list));
        });
    }

    /**
     * The JSON text of a mapping, as {@link LedgerMapping#parse} reads it.
     *
     * @param mapping the mapping
     * @return the JSON text
     */
    public static String toJson(LedgerMapping mapping) {
        return "{\"form\": " + quote(mapping.formId()) + ", \"figures\": ["
                + mapping.figures().stream().map(LedgerMappings::figure).collect(Collectors.joining(", ")) + "]}";
    }

    private static String figure(FigureMapping f) {
        String terms = f.terms().stream().map(t -> "{\"" + (t.prefix() ? "prefix" : "account") + "\": "
                + quote(t.account()) + ", \"sign\": " + t.sign() + "}").collect(Collectors.joining(", "));
        return "{\"code\": " + quote(f.code()) + f.name().map(n -> ", \"name\": " + quote(n)).orElse("")
                + ", \"basis\": \"" + f.basis().name() + "\", \"source_unit\": " + quote(f.sourceUnit())
                + ", \"unit\": " + quote(f.unit()) + ", \"decimals\": " + f.decimals() + ", \"rounding\": \""
                + f.rounding().name() + "\", \"accounts\": [" + terms + "]}";
    }

    private static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
