package org.statsbase.testkit.archive;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.statsbase.archive.Actor;
import org.statsbase.archive.Archive;
import org.statsbase.archive.Filing;
import org.statsbase.archive.error.ArchiveException;
import org.statsbase.archive.record.ArchivedRecord;
import org.statsbase.archive.record.DestructionList;
import org.statsbase.archive.record.DestructionListId;
import org.statsbase.archive.record.Metadata;
import org.statsbase.archive.record.RecordId;
import org.statsbase.archive.retention.RetentionSchedule;
import org.statsbase.archive.spi.RecordQuery;
import org.statsbase.archive.store.InMemoryArchiveCatalog;
import org.statsbase.archive.store.InMemoryContentStore;
import org.statsbase.core.org.PersonId;
import org.statsbase.trail.HashAlgorithm;
import org.statsbase.trail.Trail;
import org.statsbase.trail.store.InMemoryEventStore;

/**
 * Applies a sequence of {@link ArchiveOperation}s to a fresh in-memory {@link Archive} (clock from 2020-01-01,
 * SHA-256 trail) and records what became of each: only {@link ArchiveException}s count as refusals — anything
 * else propagates, as a bug. Transfer packages go to a temporary directory removed at the end.
 *
 * <p>Actors: {@link #ARCHIVIST} files, holds and executes; {@link #APPRAISER} appraises; {@link #HEAD} approves
 * and releases holds; supervisors are {@code s0}…{@code s2}.
 *
 * <p>Thread safety: stateless; each run has its own archive.
 */
public final class ArchiveRunner {

    /** The archivist (档案管理人员). */
    public static final Actor ARCHIVIST = Actor.of("archivist", "archivist");
    /** The appraiser (鉴定人). */
    public static final Actor APPRAISER = Actor.of("appraiser", "appraiser");
    /** The head who approves destruction (负责人). */
    public static final Actor HEAD = Actor.of("head", "head");
    /** The day every run starts. */
    public static final LocalDate START = LocalDate.of(2020, 1, 1);

    private ArchiveRunner() {
    }

    /**
     * Runs {@code operations} under the statutory schedule.
     *
     * @param operations the operations, in order
     * @return the run: the archive, its clock and one outcome per operation
     */
    public static ArchiveRun run(List<ArchiveOperation> operations) {
        return run(operations, RetentionSchedule.statutory());
    }

    /**
     * Runs {@code operations} under {@code schedule}.
     *
     * @param operations the operations, in order
     * @param schedule the retention schedule (保管期限表) the archive applies
     * @return the run: the archive, its clock and one outcome per operation
     */
    public static ArchiveRun run(List<ArchiveOperation> operations, RetentionSchedule schedule) {
        Objects.requireNonNull(operations, "operations");
        Objects.requireNonNull(schedule, "schedule");
        ManualClock clock = ManualClock.at(START);
        Trail trail = Trail.open(InMemoryEventStore.create(), HashAlgorithm.SHA_256, clock);
        Archive archive = Archive.builder().catalog(InMemoryArchiveCatalog.create())
                .contentStore(InMemoryContentStore.create()).trail(trail).schedule(schedule).clock(clock).build();
        Path packages;
        try {
            packages = Files.createTempDirectory("statsbase-archive-run");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            State s = new State(archive, clock, packages);
            for (ArchiveOperation op : operations) {
                long before = trail.size();
                Optional<ArchiveException> refusal = Optional.empty();
                try {
                    s.apply(op);
                } catch (ArchiveException e) {
                    refusal = Optional.of(e);
                }
                s.outcomes.add(new OperationOutcome(op, refusal, before, trail.size()));
            }
            return new ArchiveRun(archive, clock, s.outcomes, s.executions);
        } finally {
            delete(packages);
        }
    }

    private static final class State {
        final Archive archive;
        final ManualClock clock;
        final Path packages;
        final List<RecordId> records = new ArrayList<>();
        final List<DestructionListId> lists = new ArrayList<>();
        final List<OperationOutcome> outcomes = new ArrayList<>();
        final List<ExecutionWitness> executions = new ArrayList<>();
        int listCounter;
        int packageCounter;

        State(Archive archive, ManualClock clock, Path packages) {
            this.archive = archive;
            this.clock = clock;
            this.packages = packages;
        }

        void apply(ArchiveOperation op) {
            if (op instanceof ArchiveOperation.Ingest i) {
                ingest(i);
            } else if (op instanceof ArchiveOperation.Advance a) {
                clock.advance(Duration.ofDays(a.days()));
            } else if (op instanceof ArchiveOperation.PlaceHold h) {
                record(h.record()).ifPresent(
                        id -> archive.placeHold(ARCHIVIST, id, h.hold(), h.kind(), "inspection / 检查"));
            } else if (op instanceof ArchiveOperation.ReleaseHold r) {
                record(r.record()).ifPresent(id -> archive.releaseHold(HEAD, id, r.hold(), "closed / 结束"));
            } else if (op instanceof ArchiveOperation.Appraise a) {
                appraise(a);
            } else if (op instanceof ArchiveOperation.Approve a) {
                list(a.list()).ifPresent(l -> approve(l, a.byHead()));
            } else if (op instanceof ArchiveOperation.Execute e) {
                list(e.list()).ifPresent(l -> execute(l, e.signing()));
            } else if (op instanceof ArchiveOperation.Transfer t) {
                transfer(t);
            } else if (op instanceof ArchiveOperation.Check) {
                archive.check(ARCHIVIST, RecordQuery.all());
            } else {
                throw new IllegalArgumentException("unknown operation " + op);
            }
        }

        private void ingest(ArchiveOperation.Ingest i) {
            RecordId id = RecordId.of("r" + records.size());
            LocalDate formed = clock.today().minusDays(i.ageDays());
            Metadata m = Metadata.builder().title("统计资料 " + id.value()).responsibleParty("城关镇统计站").date(formed)
                    .retention(i.metadataRetention()).format("TXT").build();
            archive.ingest(ARCHIVIST, Filing.of(id, i.recordClass(), formed, m),
                    new ByteArrayInputStream(("content " + i.content()).getBytes(StandardCharsets.UTF_8)));
            records.add(id);
        }

        private void appraise(ArchiveOperation.Appraise a) {
            List<RecordId> entries = new ArrayList<>(new LinkedHashSet<>(
                    a.records().stream().flatMap(p -> record(p).stream()).toList()));
            DestructionListId lid = DestructionListId.of("L" + listCounter++);
            if (a.trackIfRefused()) {
                lists.add(lid);
            }
            archive.appraise(APPRAISER, lid, entries, clock.today().minusDays(a.asOfDaysBack()));
            if (!a.trackIfRefused()) {
                lists.add(lid);
            }
            if (a.approveByHead().isPresent()) {
                approve(lid, a.approveByHead().get());
                if (a.execute().isPresent()) {
                    execute(lid, a.execute().get());
                }
            }
        }

        private void approve(DestructionListId lid, boolean byHead) {
            archive.approve(byHead ? HEAD : APPRAISER, lid);
        }

        private void execute(DestructionListId lid, ArchiveOperation.Signing signing) {
            List<PersonId> supervisors = new ArrayList<>();
            for (int i = 0; i < signing.supervisors(); i++) {
                supervisors.add(PersonId.of("s" + (signing.distinct() ? i : 0)));
            }
            LocalDate date = clock.today().minusDays(signing.daysBack());
            Optional<DestructionList> before = archive.destructionList(lid);
            List<ArchivedRecord> recordsBefore = before.map(l -> l.entries().stream()
                    .flatMap(id -> archive.get(id).stream()).toList()).orElse(List.of());
            archive.execute(ARCHIVIST, lid, "粉碎", date, supervisors);
            executions.add(new ExecutionWitness(before, recordsBefore, date, supervisors));
        }

        private void transfer(ArchiveOperation.Transfer t) {
            List<RecordId> ids = new ArrayList<>(new LinkedHashSet<>(
                    t.records().stream().flatMap(p -> record(p).stream()).toList()));
            if (ids.isEmpty()) {
                return;
            }
            String pkg = "P" + packageCounter++;
            Path target = packages.resolve(t.format() == org.statsbase.archive.transfer.PackageFormat.ZIP
                    ? pkg + ".zip" : pkg);
            archive.transfer(ARCHIVIST, pkg, ids, target, t.format());
        }

        private Optional<RecordId> record(int position) {
            return records.isEmpty() ? Optional.empty() : Optional.of(records.get(position % records.size()));
        }

        private Optional<DestructionListId> list(int position) {
            if (lists.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(position == 0 ? lists.get(lists.size() - 1) : lists.get(position % lists.size()));
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
