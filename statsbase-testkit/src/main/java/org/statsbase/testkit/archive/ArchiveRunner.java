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
import org.statsbase.archive.spi.ArchiveCatalog;
import org.statsbase.archive.spi.RecordQuery;
import org.statsbase.archive.store.InMemoryArchiveCatalog;
import org.statsbase.archive.store.InMemoryContentStore;
import org.statsbase.core.error.StatsbaseException;
import org.statsbase.core.org.PersonId;
import org.statsbase.trail.HashAlgorithm;
import org.statsbase.trail.Trail;
import org.statsbase.trail.spi.EventStore;
import org.statsbase.trail.store.InMemoryEventStore;

/**
 * Applies a sequence of {@link ArchiveOperation}s to a fresh {@link Archive} (clock from 2020-01-01, SHA-256
 * trail; in-memory stores, or an event store and catalog the caller gives, for fault injection) and records what
 * became of each: only {@link ArchiveException}s count as refusals — anything else propagates, as a bug, except
 * the typed store failures a run with an {@link Observer} hands to it. Transfer packages go to a temporary directory removed at the end.
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
        return run(operations, schedule, InMemoryEventStore.create(), InMemoryArchiveCatalog.create(), null);
    }

    /**
     * What a run tells its observer after each operation: the archive, the operation's index and outcome, and
     * the typed store failure it threw, if any.
     *
     * <p>Thread safety: called on the running thread.
     */
    @FunctionalInterface
    public interface Observer {
        /**
         * Called after the operation at {@code index}.
         *
         * @param archive the archive
         * @param index   the operation's position in the sequence
         * @param outcome what became of it (refusals are {@link ArchiveException}s)
         * @param failure the typed failure of a store that is not an {@link ArchiveException} (the trail's
         *                {@code SB-TRAIL-…}), if it threw one
         */
        void after(Archive archive, int index, OperationOutcome outcome, Optional<StatsbaseException> failure);
    }

    /**
     * Runs {@code operations} under {@code schedule} on an archive over {@code events} and {@code catalog} — stores
     * a test may make fail — telling {@code observer} after each operation. A typed failure of a store is handed
     * to the observer and the run goes on; anything else that is not a {@link StatsbaseException} propagates, as a
     * bug. The observer is called before the next operation, so it may arm or lift faults.
     *
     * @param operations the operations, in order
     * @param schedule   the retention schedule (保管期限表) the archive applies
     * @param events     the event store the archive's trail is written to; a test may make it fail
     * @param catalog    the catalog the archive records its holdings in; a test may make it fail
     * @param observer   told of every operation's outcome before the next runs
     * @return the run: the archive, its clock and one outcome per operation
     */
    public static ArchiveRun run(List<ArchiveOperation> operations, RetentionSchedule schedule, EventStore events,
            ArchiveCatalog catalog, Observer observer) {
        Objects.requireNonNull(operations, "operations");
        Objects.requireNonNull(schedule, "schedule");
        Objects.requireNonNull(events, "events");
        Objects.requireNonNull(catalog, "catalog");
        ManualClock clock = ManualClock.at(START);
        Trail trail = Trail.open(events, HashAlgorithm.SHA_256, clock);
        Archive archive = Archive.builder().catalog(catalog)
                .contentStore(InMemoryContentStore.create()).trail(trail).schedule(schedule).clock(clock).build();
        Path packages;
        try {
            packages = Files.createTempDirectory("statsbase-archive-run");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            State s = new State(archive, clock, packages);
            int index = 0;
            for (ArchiveOperation op : operations) {
                long before = trail.size();
                Optional<ArchiveException> refusal = Optional.empty();
                Optional<StatsbaseException> failure = Optional.empty();
                try {
                    s.apply(op);
                } catch (ArchiveException e) {
                    refusal = Optional.of(e);
                } catch (StatsbaseException e) {
                    if (observer == null) {
                        throw e;
                    }
                    failure = Optional.of(e);
                }
                OperationOutcome outcome = new OperationOutcome(op, refusal, before, trail.size());
                s.outcomes.add(outcome);
                if (observer != null) {
                    observer.after(archive, index, outcome, failure);
                }
                index++;
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
