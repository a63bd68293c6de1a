package org.statsbase.testkit.archive;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.statsbase.archive.record.HoldId;
import org.statsbase.archive.record.HoldKind;
import org.statsbase.archive.record.RecordClass;
import org.statsbase.archive.record.RetentionPeriod;
import org.statsbase.archive.transfer.PackageFormat;

/**
 * One operation of a generated sequence against an archive (统计资料管理制度; 档案法 2020 第二十一条 for disposal). Records
 * and destruction lists are named by position: {@code record} is taken modulo the number of records filed so far,
 * {@code list} picks the latest list when it is {@code 0} and otherwise the list at {@code list} modulo the
 * number of lists drawn up (refused appraisals included when asked) — so sequences stay meaningful as they shrink.
 *
 * <p>Thread safety: immutable.
 */
public sealed interface ArchiveOperation {

    /**
     * Files a record formed {@code ageDays} before today.
     *
     * @param recordClass       the class
     * @param ageDays           how long ago it was formed
     * @param content           which of a few synthetic contents (equal numbers share content)
     * @param metadataRetention the 保管期限 written in its metadata
     */
    record Ingest(RecordClass recordClass, int ageDays, int content, RetentionPeriod metadataRetention)
            implements ArchiveOperation {
        /**
         * Checks for nulls.
         *
         * @param recordClass the class
         * @param ageDays how long ago it was formed
         * @param content which of a few synthetic contents (equal numbers share content)
         * @param metadataRetention the 保管期限 written in its metadata
         */
        public Ingest {
            Objects.requireNonNull(recordClass, "recordClass");
            Objects.requireNonNull(metadataRetention, "metadataRetention");
        }
    }

    /**
     * Lets time pass.
     *
     * @param days how many days
     */
    record Advance(int days) implements ArchiveOperation {
    }

    /**
     * Places a hold (inspection, audit, litigation).
     *
     * @param record which record
     * @param hold   the hold's id
     * @param kind   its kind
     */
    record PlaceHold(int record, HoldId hold, HoldKind kind) implements ArchiveOperation {
        /**
         * Checks for nulls.
         *
         * @param record which record
         * @param hold the hold's id
         * @param kind its kind
         */
        public PlaceHold {
            Objects.requireNonNull(hold, "hold");
            Objects.requireNonNull(kind, "kind");
        }
    }

    /**
     * Releases a hold.
     *
     * @param record which record
     * @param hold   the hold's id
     */
    record ReleaseHold(int record, HoldId hold) implements ArchiveOperation {
        /**
         * Checks for nulls.
         *
         * @param record which record
         * @param hold the hold's id
         */
        public ReleaseHold {
            Objects.requireNonNull(hold, "hold");
        }
    }

    /**
     * Draws up a destruction list after appraisal as of {@code asOfDaysBack} days before today, and — as offices
     * usually do — may go straight on to approval and execution.
     *
     * @param records         which records (positions; duplicates collapse)
     * @param asOfDaysBack    the appraisal's as-of date, days before today
     * @param trackIfRefused  whether later approvals and executions may name the list even if appraisal is refused
     * @param approveByHead   approval right after: by the head ({@code true}), wrongly by the appraiser
     *                        ({@code false}), or none
     * @param execute         execution right after approval, if any
     */
    record Appraise(List<Integer> records, int asOfDaysBack, boolean trackIfRefused, Optional<Boolean> approveByHead,
            Optional<Signing> execute) implements ArchiveOperation {
        /**
         * Copies and checks.
         *
         * @param records which records (positions; duplicates collapse)
         * @param asOfDaysBack the appraisal's as-of date, days before today
         * @param trackIfRefused whether later approvals and executions may name the list even if appraisal is refused
         * @param approveByHead approval right after: by the head ({@code true}), wrongly by the appraiser ({@code
         *                      false}), or none
         * @param execute execution right after approval, if any
         */
        public Appraise {
            records = List.copyOf(records);
            Objects.requireNonNull(approveByHead, "approveByHead");
            Objects.requireNonNull(execute, "execute");
        }
    }

    /**
     * Approves a list.
     *
     * @param list   which list
     * @param byHead by the head, or wrongly by the appraiser
     */
    record Approve(int list, boolean byHead) implements ArchiveOperation {
    }

    /**
     * Carries out a list.
     *
     * @param list    which list
     * @param signing who signs and when
     */
    record Execute(int list, Signing signing) implements ArchiveOperation {
        /**
         * Checks for nulls.
         *
         * @param list which list
         * @param signing who signs and when
         */
        public Execute {
            Objects.requireNonNull(signing, "signing");
        }
    }

    /**
     * Transfers records to an archive as a package.
     *
     * @param records which records (positions; duplicates collapse)
     * @param format  directory or zip
     */
    record Transfer(List<Integer> records, PackageFormat format) implements ArchiveOperation {
        /**
         * Copies and checks.
         *
         * @param records which records (positions; duplicates collapse)
         * @param format directory or zip
         */
        public Transfer {
            records = List.copyOf(records);
            Objects.requireNonNull(format, "format");
        }
    }

    /** Runs the four-property check on demand over everything. */
    record Check() implements ArchiveOperation {
    }

    /**
     * The signatures on an execution: {@code supervisors} names (0–3), all the same person unless
     * {@code distinct}, dated {@code daysBack} days before today.
     *
     * @param supervisors how many names
     * @param distinct    whether the names differ
     * @param daysBack    the destruction date, days before today
     */
    record Signing(int supervisors, boolean distinct, int daysBack) {
    }
}
