package org.statsbase.validation.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.statsbase.core.error.StatsbaseException;
import org.statsbase.core.level.Severity;
import org.statsbase.validation.data.RecordKey;
import org.statsbase.validation.rules.LocalizedText;

/** Many explanations through one {@link ReviewReport.Explainer} are exactly repeated {@link ReviewReport#explain} calls. */
class ExplainerProperties {

    /** A violation: rule R1 … R3 (R1 and R2 VERIFY, R3 MANDATORY), record u0 … u5; repeats allowed (duplicate keys). */
    @Provide
    Arbitrary<List<Violation>> violations() {
        Arbitrary<Violation> one = Combinators.combine(Arbitraries.integers().between(1, 3),
                Arbitraries.integers().between(0, 5)).as((rule, unit) -> new Violation("R" + rule,
                        rule == 3 ? Severity.MANDATORY : Severity.VERIFY, RecordKey.of("unit", "u" + unit), unit,
                        List.of(), Optional.empty(), LocalizedText.of("违反 R" + rule, "fails R" + rule),
                        Optional.empty()));
        return one.list().ofMaxSize(30);
    }

    /** An explanation request, sometimes of a rule or record with no violation. */
    @Provide
    Arbitrary<List<String[]>> requests() {
        return Combinators.combine(Arbitraries.integers().between(1, 4), Arbitraries.integers().between(0, 6),
                Arbitraries.integers().between(0, 3))
                .as((rule, unit, text) -> new String[] {"R" + rule, "u" + unit, "理由" + text})
                .list().ofMaxSize(25);
    }

    @Property(tries = 500)
    void oneExplainerIsRepeatedExplainCalls(@ForAll("violations") List<Violation> violations,
            @ForAll("requests") List<String[]> requests) {
        ReviewReport start = new ReviewReport("rs", Optional.of("1"), 7, List.of(), violations, List.of());
        ReviewReport single = start;
        List<String> singleCodes = new ArrayList<>();
        ReviewReport.Explainer explainer = start.explainer();
        List<String> batchCodes = new ArrayList<>();
        for (String[] r : requests) {
            Explanation e = Explanation.of(r[2], "张三", Instant.EPOCH);
            RecordKey key = RecordKey.of("unit", r[1]);
            try {
                single = single.explain(r[0], key, e);
                singleCodes.add("ok");
            } catch (StatsbaseException x) {
                singleCodes.add(x.code() + x.messageZh() + x.messageEn());
            }
            try {
                explainer.explain(r[0], key, e);
                batchCodes.add("ok");
            } catch (StatsbaseException x) {
                batchCodes.add(x.code() + x.messageZh() + x.messageEn());
            }
        }
        ReviewReport batch = explainer.report();
        assertThat(batchCodes).isEqualTo(singleCodes);
        assertThat(batch).isEqualTo(single);
        assertThat(batch.violations()).isEqualTo(single.violations());
        assertThat(batch.toJson()).isEqualTo(single.toJson());
    }

    @Property(tries = 100)
    void aReportGivenIsNotChangedByLaterExplanations(@ForAll("violations") List<Violation> violations) {
        ReviewReport start = new ReviewReport("rs", Optional.empty(), 7, List.of(), violations, List.of());
        ReviewReport.Explainer explainer = start.explainer();
        ReviewReport first = explainer.report();
        for (Violation v : violations) {
            if (v.severity() == Severity.VERIFY) {
                explainer.explain(v.ruleId(), v.key(), Explanation.of("新厂投产，产量翻倍", "李四", Instant.EPOCH));
            }
        }
        assertThat(first).isEqualTo(start);
        assertThat(explainer.report().violations()).allSatisfy(v ->
                assertThat(v.explanation().isPresent()).isEqualTo(v.severity() == Severity.VERIFY));
    }
}
