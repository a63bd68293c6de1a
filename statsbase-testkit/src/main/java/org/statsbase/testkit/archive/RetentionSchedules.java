package org.statsbase.testkit.archive;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.statsbase.archive.record.RecordClass;
import org.statsbase.archive.record.RetentionPeriod;
import org.statsbase.archive.retention.CountingStart;
import org.statsbase.archive.retention.RetentionSchedule;
import org.statsbase.archive.retention.StatutoryRule;
import org.statsbase.archive.retention.StatutoryRules;

/**
 * Arbitraries for retention schedules (保管期限表). {@link #lengthening()} drafts keep or lengthen every statutory
 * minimum of 统计法实施条例 第二十二、二十三条 and add office classes with any period; {@link #shortening()} drafts
 * shorten at least one minimum and must be refused ({@code SB-ARC-0101}).
 *
 * <p>Thread safety: stateless; the arbitraries are immutable.
 */
public final class RetentionSchedules {

    private static final List<String> NAMES = List.of("城关镇统计站保管期限表", "江北区统计局保管期限表", "Office schedule");

    private RetentionSchedules() {
    }

    /**
     * Where counting starts: formation mostly, else an event counted from its date or the next 1 January.
     *
     * @return counting starts
     */
    public static Arbitrary<CountingStart> countingStarts() {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, Arbitraries.just(CountingStart.fromFormation())),
                net.jqwik.api.Tuple.of(1, Combinators.combine(Arbitraries.of("survey-closed", "case-closed"),
                        Arbitraries.of(true, false)).as(CountingStart::fromEvent)));
    }

    /**
     * Drafts that keep or lengthen every statutory minimum (valid).
     *
     * @return drafts whose every line keeps or lengthens the statutory minimum
     */
    public static Arbitrary<ScheduleDraft> lengthening() {
        List<Arbitrary<ScheduleEntry>> statutory = new ArrayList<>();
        for (StatutoryRule r : StatutoryRules.standard().rules()) {
            statutory.add(Combinators.combine(atLeast(r.minimum()), countingStarts())
                    .as((p, s) -> new ScheduleEntry(r.recordClass(), p, s)));
        }
        Arbitrary<List<ScheduleEntry>> law = Combinators.combine(statutory.stream()
                .map(a -> a.injectNull(0.4)).toList()).as(l -> l.stream().filter(e -> e != null).toList());
        Arbitrary<List<ScheduleEntry>> office = Combinators.combine(Arbitraries.of(ArchiveRecords.OFFICE_CLASSES),
                ArchiveRecords.retentionPeriods(), countingStarts())
                .as((c, p, s) -> new ScheduleEntry(RecordClass.of(c), p, s))
                .list().ofMaxSize(3).uniqueElements(ScheduleEntry::recordClass);
        return Combinators.combine(Arbitraries.of(NAMES), dates(), law, office).as((n, d, l, o) -> {
            List<ScheduleEntry> all = new ArrayList<>(l);
            all.addAll(o);
            return new ScheduleDraft(n, d, all);
        });
    }

    /**
     * Valid schedules, built.
     *
     * @return built schedules of {@link #lengthening()} drafts
     */
    public static Arbitrary<RetentionSchedule> schedules() {
        return lengthening().map(ScheduleDraft::build);
    }

    /**
     * Drafts that shorten at least one statutory minimum (to be refused), the offending line placed anywhere.
     *
     * @return drafts with at least one line shorter than the statutory minimum
     */
    public static Arbitrary<ScheduleDraft> shortening() {
        Arbitrary<ScheduleEntry> bad = Arbitraries.of(StatutoryRules.standard().rules()).flatMap(r ->
                Combinators.combine(shorterThan(r.minimum()), countingStarts())
                        .as((p, s) -> new ScheduleEntry(r.recordClass(), p, s)));
        return Combinators.combine(lengthening(), bad, Arbitraries.integers().between(0, 10)).as((d, b, at) -> {
            List<ScheduleEntry> all = new ArrayList<>(d.entries().stream()
                    .filter(e -> !e.recordClass().equals(b.recordClass())).toList());
            all.add(Math.min(at, all.size()), b);
            return new ScheduleDraft(d.name(), d.date(), all);
        });
    }

    private static Arbitrary<LocalDate> dates() {
        return Arbitraries.integers().between(2017, 2030).map(y -> LocalDate.of(y, 1, 1));
    }

    private static Arbitrary<RetentionPeriod> atLeast(RetentionPeriod minimum) {
        if (minimum.isPermanent()) {
            return Arbitraries.just(RetentionPeriod.PERMANENT);
        }
        int min = minimum.years().getAsInt();
        return Arbitraries.oneOf(Arbitraries.just(minimum), Arbitraries.just(RetentionPeriod.PERMANENT),
                Arbitraries.integers().between(min, 100).map(RetentionPeriod::ofYears));
    }

    private static Arbitrary<RetentionPeriod> shorterThan(RetentionPeriod minimum) {
        int max = minimum.isPermanent() ? 100 : minimum.years().getAsInt() - 1;
        return Arbitraries.integers().between(1, Math.max(1, max)).map(RetentionPeriod::ofYears)
                .filter(p -> p.isShorterThan(minimum));
    }
}
