package org.statsbase.testkit.archive;

import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.statsbase.archive.record.HoldId;
import org.statsbase.archive.record.HoldKind;
import org.statsbase.archive.record.RetentionPeriod;
import org.statsbase.archive.transfer.PackageFormat;

/**
 * Arbitraries for sequences of archive operations — filing, time passing, holds and releases, appraisal,
 * approval by the head or by the appraiser, execution with zero to three supervisors, transfer and the
 * four-property check — weighted so that destruction is reached often enough for the disposal rules of 档案法 2020
 * 第二十一条 and 统计法实施条例 第二十二、二十三条 to be tested. Apply them with {@link ArchiveRunner}.
 *
 * <p>Thread safety: stateless; the arbitraries are immutable.
 */
public final class ArchiveOperations {

    private static final List<String> HOLDS = List.of("h0", "h1", "h2", "h3");

    private ArchiveOperations() {
    }

    /**
     * Zero to three supervisors, sometimes the same person twice, dated up to 29 days back.
     *
     * @return signings of zero to three supervisors
     */
    public static Arbitrary<ArchiveOperation.Signing> signings() {
        return Combinators.combine(Arbitraries.frequency(Tuple.of(1, 0), Tuple.of(1, 1), Tuple.of(4, 2), Tuple.of(2, 3)),
                Arbitraries.frequency(Tuple.of(3, true),
                Tuple.of(1, false)), Arbitraries.frequency(Tuple.of(3, 0), Tuple.of(1, 1), Tuple.of(1, 29)))
                .as(ArchiveOperation.Signing::new);
    }

    /**
     * One operation.
     *
     * @return single operations of every kind
     */
    public static Arbitrary<ArchiveOperation> operations() {
        Arbitrary<Integer> position = Arbitraries.integers().between(0, 400);
        // mostly statutory classes: an office class is unknown to the statutory schedule and its filing refused
        Arbitrary<ArchiveOperation> ingest = Combinators.combine(Arbitraries.frequencyOf(
                Tuple.of(9, ArchiveRecords.statutoryClasses()), Tuple.of(1, ArchiveRecords.recordClasses())),
                Arbitraries.integers().between(0, 3200), Arbitraries.integers().between(0, 6),
                Arbitraries.integers().between(1, 3).map(RetentionPeriod::ofYears))
                .as(ArchiveOperation.Ingest::new);
        Arbitrary<ArchiveOperation> advance = Arbitraries.integers().between(0, 2000)
                .map(ArchiveOperation.Advance::new);
        Arbitrary<ArchiveOperation> hold = Combinators.combine(position, Arbitraries.of(HOLDS).map(HoldId::of),
                Arbitraries.of(HoldKind.values())).as(ArchiveOperation.PlaceHold::new);
        Arbitrary<ArchiveOperation> release = Combinators.combine(position, Arbitraries.of(HOLDS).map(HoldId::of))
                .as(ArchiveOperation.ReleaseHold::new);
        // mostly one record a list: every entry must be due, so long lists are mostly refused
        Arbitrary<ArchiveOperation> appraise = Combinators.combine(
                Arbitraries.frequencyOf(Tuple.of(4, position.list().ofSize(1)),
                        Tuple.of(1, position.list().ofMinSize(2).ofMaxSize(3))),
                Arbitraries.frequency(Tuple.of(2, 0), Tuple.of(1, 400)).flatMap(m -> Arbitraries.integers().between(0, m)),
                Arbitraries.frequency(Tuple.of(1, true), Tuple.of(4, false)),
                Arbitraries.frequency(Tuple.of(5, Optional.of(true)), Tuple.of(1, Optional.of(false)),
                        Tuple.of(1, Optional.<Boolean>empty())),
                signings().optional(0.85))
                .as(ArchiveOperation.Appraise::new);
        Arbitrary<ArchiveOperation> approve = Combinators.combine(position.map(p -> p % 4 == 0 ? p : 0),
                Arbitraries.frequency(Tuple.of(3, true), Tuple.of(1, false))).as(ArchiveOperation.Approve::new);
        Arbitrary<ArchiveOperation> execute = Combinators.combine(position.map(p -> p % 4 == 0 ? p : 0), signings())
                .as(ArchiveOperation.Execute::new);
        Arbitrary<ArchiveOperation> transfer = Combinators.combine(position.list().ofMinSize(1).ofMaxSize(3),
                Arbitraries.of(PackageFormat.values())).as(ArchiveOperation.Transfer::new);
        return Arbitraries.frequencyOf(Tuple.of(8, ingest), Tuple.of(4, advance), Tuple.of(2, hold),
                Tuple.of(2, release), Tuple.of(4, appraise), Tuple.of(2, approve), Tuple.of(3, execute),
                Tuple.of(1, transfer), Tuple.of(1, Arbitraries.just(new ArchiveOperation.Check())));
    }

    /**
     * Sequences of 5 to 60 operations.
     *
     * @return lists of 5 to 60 operations, run in order by {@link ArchiveRunner}
     */
    public static Arbitrary<List<ArchiveOperation>> sequences() {
        return operations().list().ofMinSize(5).ofMaxSize(60);
    }
}
