package org.statsbase.bench.archive;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.statsbase.archive.record.ArchivedRecord;
import org.statsbase.archive.record.Destruction;
import org.statsbase.archive.record.DestructionListId;
import org.statsbase.archive.record.Digests;
import org.statsbase.archive.record.Hold;
import org.statsbase.archive.record.HoldId;
import org.statsbase.archive.record.HoldKind;
import org.statsbase.archive.record.Metadata;
import org.statsbase.archive.record.RecordClass;
import org.statsbase.archive.record.RecordId;
import org.statsbase.archive.record.RetentionPeriod;
import org.statsbase.core.org.PersonId;
import org.statsbase.trail.Hash;

/**
 * The catalog of the due-list benchmark: {@code n} records (seed 20261127) of a station that has filed for
 * 36 years (formed 1990–2025, uniformly): 40 % original material kept 2 years, 40 % aggregated material kept 10
 * years, 20 % permanent. The stored due date is 1 January of the year after formation plus the period. The
 * office disposes regularly: 90 % of the records due before 2026 are destroyed (the remnant stays in the
 * catalog); 2 % of the others are held. The due list as of 2026-12-31 is then what fell due in 2026 plus what
 * was left over from earlier years — about 8 % of the catalog.
 */
final class CatalogHeap {

    /** The date the benchmark asks the due list for. */
    static final LocalDate AS_OF = LocalDate.of(2026, 12, 31);

    private static final LocalDate DISPOSED_BEFORE = LocalDate.of(2026, 1, 1);

    private CatalogHeap() {
    }

    static List<ArchivedRecord> generate(int n) {
        SplittableRandom random = new SplittableRandom(20261127L);
        List<ArchivedRecord> out = new ArrayList<>(n);
        PersonId head = PersonId.of("head-01");
        List<PersonId> supervisors = List.of(PersonId.of("sup-01"), PersonId.of("sup-02"));
        byte[] sha = new byte[32];
        byte[] sm3 = new byte[32];
        for (int i = 0; i < n; i++) {
            LocalDate formed = LocalDate.of(1990 + random.nextInt(36), 1 + random.nextInt(12), 1 + random.nextInt(28));
            int kind = random.nextInt(10);
            RetentionPeriod period = kind < 4 ? RetentionPeriod.ofYears(2) : kind < 8 ? RetentionPeriod.ofYears(10)
                    : RetentionPeriod.PERMANENT;
            String recordClass = kind < 4 ? "original-survey" : kind < 8 ? "aggregated" : "important-aggregated";
            random.nextBytes(sha);
            random.nextBytes(sm3);
            Metadata m = Metadata.builder().title(formed.getYear() + "年" + formed.getMonthValue() + "月 工业产值月报 第" + i + "号")
                    .responsibleParty("江北区统计局").date(formed).retention(period).format("pdf").build();
            ArchivedRecord r = ArchivedRecord.of(RecordId.of(String.format("R%08d", i)), RecordClass.of(recordClass),
                    formed, m, Digests.of(Hash.of(sha.clone()), Hash.of(sm3.clone()), 20_000 + random.nextInt(500_000)));
            if (!period.isPermanent()) {
                LocalDate due = LocalDate.of(formed.getYear() + 1 + period.years().getAsInt(), 1, 1);
                r = r.withDueOn(Optional.of(due));
                if (due.isBefore(DISPOSED_BEFORE) && random.nextInt(10) < 9) {
                    r = r.withDestruction(Destruction.of(DestructionListId.of("L" + due.getYear()), head, "粉碎",
                            due.plusMonths(2), supervisors, "L" + due.getYear() + "-" + i));
                } else if (random.nextInt(50) == 0) {
                    r = r.withHold(Hold.place(HoldId.of("H" + i), HoldKind.INSPECTION, "执法检查", head,
                            Instant.parse("2026-03-01T00:00:00Z")));
                }
            }
            out.add(r);
        }
        return out;
    }

    /** The due list a plain pass over the records gives, for the setup's check. */
    static long expectedDue(List<ArchivedRecord> records) {
        return records.stream().filter(r -> r.state() == org.statsbase.archive.record.RecordState.ACTIVE)
                .filter(r -> r.dueOn().isPresent() && !r.dueOn().get().isAfter(AS_OF)).count();
    }
}
