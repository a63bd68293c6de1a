package org.statsbase.testkit.stress;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.statsbase.archive.Archive;
import org.statsbase.archive.Filing;
import org.statsbase.archive.record.DestructionListId;
import org.statsbase.archive.record.HoldId;
import org.statsbase.archive.record.HoldKind;
import org.statsbase.archive.record.Metadata;
import org.statsbase.archive.record.RecordClass;
import org.statsbase.archive.record.RecordId;
import org.statsbase.archive.record.RetentionPeriod;
import org.statsbase.archive.spi.ArchiveCatalog;
import org.statsbase.archive.spi.ContentStore;
import org.statsbase.confidentiality.access.AccessControl;
import org.statsbase.confidentiality.access.AccessPolicy;
import org.statsbase.confidentiality.access.Action;
import org.statsbase.confidentiality.access.Purpose;
import org.statsbase.confidentiality.access.Resource;
import org.statsbase.confidentiality.access.Subject;
import org.statsbase.confidentiality.classification.DataClass;
import org.statsbase.core.code.DivisionCode;
import org.statsbase.core.code.IndustryCode;
import org.statsbase.core.level.ConfidentialityLevel;
import org.statsbase.core.org.PersonId;
import org.statsbase.core.unit.BusinessRegister;
import org.statsbase.core.unit.StatisticalUnit;
import org.statsbase.core.error.StatsbaseException;
import org.statsbase.reporting.Actor;
import org.statsbase.reporting.Role;
import org.statsbase.reporting.SubmissionKey;
import org.statsbase.reporting.Submissions;
import org.statsbase.reporting.ledger.LedgerBook;
import org.statsbase.reporting.ledger.LedgerPosting;
import org.statsbase.reporting.ledger.OriginalRecord;
import org.statsbase.testkit.reporting.ReportingWorld;
import org.statsbase.trail.EventDraft;
import org.statsbase.trail.HashAlgorithm;
import org.statsbase.trail.Trail;
import org.statsbase.trail.TrailEvent;
import org.statsbase.trail.spi.EventStore;
import org.statsbase.validation.review.ReviewReport;

/**
 * The workload of the stress and fault tests: every service of the library on ONE trail. Each "lane" (one
 * thread in the concurrent run) owns its subjects — units, ledgers, archive records, access resources,
 * note subjects — so the order of the events of any one subject is fixed by the lane alone and a
 * concurrent run must end exactly where the sequential run of the same lanes ends.
 */
final class Workload {

    static final Instant NOW = Instant.parse("2026-11-10T02:00:00Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    static final LocalDate TODAY = LocalDate.of(2026, 11, 10);
    static final DivisionCode TOWN_A = DivisionCode.parse("500105001000");
    static final DivisionCode TOWN_B = DivisionCode.parse("500105002000");
    static final org.statsbase.archive.Actor ARCHIVIST = org.statsbase.archive.Actor.of("archivist", "archivist");
    static final org.statsbase.archive.Actor APPRAISER = org.statsbase.archive.Actor.of("appraiser", "appraiser");
    static final org.statsbase.archive.Actor HEAD = org.statsbase.archive.Actor.of("head", "head");
    static final List<PersonId> SUPERVISORS = List.of(PersonId.of("sup.a"), PersonId.of("sup.b"));

    final int lanes;
    final int unitsPerLane;
    final int notesPerLane;
    final int ledgerEntriesPerLane;
    final int recordsPerLane;
    final int decisionsPerLane;
    final BusinessRegister register;

    Workload(int lanes, int scale) {
        this.lanes = lanes;
        this.unitsPerLane = 3 * scale;
        this.notesPerLane = 10 * scale;
        this.ledgerEntriesPerLane = 5 * scale;
        this.recordsPerLane = 4 * scale;
        this.decisionsPerLane = 6 * scale;
        BusinessRegister.Builder b = BusinessRegister.builder();
        for (int lane = 0; lane < lanes; lane++) {
            for (int u = 0; u < unitsPerLane; u++) {
                b.add(StatisticalUnit.legalEntity(unit(lane, u), "压力测试单位" + lane + "-" + u,
                        IndustryCode.parse("1311"), DivisionCode.parse("500105001001")), LocalDate.of(2020, 1, 1));
            }
        }
        this.register = b.build();
    }

    static String unit(int lane, int u) {
        return String.format("S%02d%03d", lane, u);
    }

    static SubmissionKey key(String unitId) {
        return SubmissionKey.of(unitId, ReportingWorld.FORM_ID, ReportingWorld.PERIOD);
    }

    static Actor filler(String unitId) {
        return Actor.staff(PersonId.of(unitId.toLowerCase() + ".filler"), Role.FILLER, unitId);
    }

    /** The services over one trail; every one of them is documented thread-safe. */
    final class Services {
        final Trail trail;
        final Submissions submissions;
        final Archive archive;
        final AccessControl access;

        Services(EventStore store, ArchiveCatalog catalog, ContentStore content) {
            this.trail = Trail.open(store, HashAlgorithm.SHA_256, CLOCK);
            ReportingWorld w = ReportingWorld.standard();
            this.submissions = Submissions.builder().trail(trail).register(register)
                    .ruleSets(Map.of(ReportingWorld.FORM_ID, w.ruleSet())).forms(List.of(w.form())).clock(CLOCK)
                    .build();
            this.archive = Archive.builder().catalog(catalog).contentStore(content).trail(trail).clock(CLOCK).build();
            this.access = AccessControl.of(AccessPolicy.standard(), trail);
        }

        /** Closes the trail (and its store), the content store and the catalog, as an application shutting down. */
        void close() {
            trail.close();
            archive.contentStore().close();
            archive.catalog().close();
        }

        /** Runs lane {@code lane} to its end and returns what it was told (acknowledgements, reports, refusals). */
        LaneResult run(int lane) {
            LaneResult r = new LaneResult();
            for (int u = 0; u < unitsPerLane; u++) {
                file(unit(lane, u), u, r);
            }
            String noteSubject = "stress/lane-" + lane;
            for (int i = 0; i < notesPerLane; i++) {
                TrailEvent e = trail.append(EventDraft.of("lane." + lane, "STRESS", "stress.note", noteSubject)
                        .with("n", Integer.toString(i)));
                r.acknowledged.add(e);
            }
            PersonId keeper = PersonId.of("keeper." + lane);
            LedgerBook book = LedgerBook.open(trail, unit(lane, 0));
            for (int i = 0; i < ledgerEntriesPerLane; i++) {
                book.record(LedgerPosting.amount(LocalDate.of(2026, 10, 1 + i % 28), "B01",
                        new BigDecimal(100 + i), OriginalRecord.of(sha(lane, i), "凭证 " + lane + "-" + i)), keeper);
            }
            // entry ids are trail sequences, which depend on the interleaving: compare what was entered, in order
            for (var e : book.ledger().entries()) {
                r.ledger.add(e.posting() + " by " + e.enteredBy());
            }
            List<RecordId> old = new ArrayList<>();
            for (int i = 0; i < recordsPerLane; i++) {
                RecordId id = RecordId.of("lane-" + lane + "-r" + i);
                boolean due = i % 2 == 0;
                LocalDate formed = due ? LocalDate.of(2020, 6, 30) : LocalDate.of(2026, 10, 31);
                Metadata m = Metadata.builder().title("压力测试档案 " + id.value()).responsibleParty("城关镇统计站")
                        .date(formed).retention(RetentionPeriod.ofYears(2)).format("TXT").build();
                archive.ingest(ARCHIVIST, Filing.of(id, RecordClass.of("ledger"), formed, m),
                        new ByteArrayInputStream(("lane " + lane + " record " + i).getBytes(StandardCharsets.UTF_8)));
                if (due) {
                    old.add(id);
                } else {
                    HoldId hold = HoldId.of("h-" + lane + "-" + i);
                    archive.placeHold(ARCHIVIST, id, hold, HoldKind.INSPECTION, "检查 / inspection");
                    if (i % 4 == 1) {
                        archive.releaseHold(HEAD, id, hold, "结束 / closed");
                    }
                }
            }
            if (!old.isEmpty()) {
                DestructionListId list = DestructionListId.of("L-" + lane);
                archive.appraise(APPRAISER, list, old, TODAY);
                archive.approve(HEAD, list);
                archive.execute(ARCHIVIST, list, "粉碎", TODAY, SUPERVISORS);
            }
            Subject clerk = Subject.of("clerk." + lane, org.statsbase.confidentiality.access.Role.STATISTICIAN,
                    ConfidentialityLevel.INTERNAL, TOWN_A, Purpose.STATISTICAL);
            for (int i = 0; i < decisionsPerLane; i++) {
                DivisionCode region = i % 3 == 0 ? TOWN_B : TOWN_A;
                Resource res = Resource.of("b204-1/2026-10/lane-" + lane + "-" + i, ConfidentialityLevel.INTERNAL,
                        DataClass.UNIT_LEVEL, region);
                r.decisions.add(access.decide(clerk, res, i % 2 == 0 ? Action.READ : Action.EXPORT).permitted());
            }
            return r;
        }

        /**
         * One unit's month: create, enter, review, sign ×3, submit. Every third unit first enters a figure that
         * breaks the quasi-mandatory rule R002, so its first submit is refused (a REFUSED event) and it corrects.
         */
        private void file(String unitId, int u, LaneResult r) {
            SubmissionKey key = key(unitId);
            Actor filler = filler(unitId);
            submissions.create(filler, key);
            boolean broken = u % 3 == 2;
            submissions.enter(filler, key, Map.of("B01", Integer.toString(500 + u), "B02",
                    Integer.toString(broken ? 900 + u : 400 + u)));
            r.reviews.put(unitId, submissions.review(key));
            signAll(unitId);
            if (broken) {
                try {
                    submissions.submit(filler, key);
                    r.refusals.add(unitId + ": submitted past R002");
                } catch (StatsbaseException e) {
                    r.refusals.add(unitId + ": " + e.code());
                }
                // an edit after signing voids the signatures (统计法 第二十一条): sign again
                submissions.enter(filler, key, Map.of("B02", Integer.toString(300 + u)));
                signAll(unitId);
            }
            submissions.submit(filler, key);
        }

        private void signAll(String unitId) {
            SubmissionKey key = key(unitId);
            submissions.sign(filler(unitId), key);
            submissions.sign(Actor.staff(PersonId.of(unitId.toLowerCase() + ".lead"), Role.STATISTICS_LEAD, unitId), key);
            submissions.sign(Actor.staff(PersonId.of(unitId.toLowerCase() + ".head"), Role.UNIT_HEAD, unitId), key);
        }
    }

    private static String sha(int lane, int i) {
        return String.format("%064x", (long) lane * 100_000 + i);
    }

    /** What one lane was told. */
    static final class LaneResult {
        final List<TrailEvent> acknowledged = new ArrayList<>();
        final Map<String, ReviewReport> reviews = new TreeMap<>();
        final List<String> refusals = new ArrayList<>();
        final List<String> ledger = new ArrayList<>();
        final List<Boolean> decisions = new ArrayList<>();
    }

    /** Every lane's units, lane by lane. */
    List<String> units() {
        List<String> all = new ArrayList<>();
        for (int lane = 0; lane < lanes; lane++) {
            for (int u = 0; u < unitsPerLane; u++) {
                all.add(unit(lane, u));
            }
        }
        return all;
    }
}
