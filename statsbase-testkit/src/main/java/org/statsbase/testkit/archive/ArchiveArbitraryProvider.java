package org.statsbase.testkit.archive;

import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.providers.ArbitraryProvider;
import net.jqwik.api.providers.TypeUsage;
import org.statsbase.archive.record.ArchivalCode;
import org.statsbase.archive.record.ArchivalGroup;
import org.statsbase.archive.record.ArchivedRecord;
import org.statsbase.archive.record.Metadata;
import org.statsbase.archive.record.RecordClass;
import org.statsbase.archive.retention.RetentionSchedule;

/**
 * Makes {@code @ForAll} work for {@link RecordClass}, {@link Metadata}, {@link ArchivalGroup}, {@link ArchivalCode},
 * {@link ArchivedRecord}, {@link RetentionSchedule} (valid ones), {@link ScheduleDraft} (lengthening ones) and
 * {@link ArchiveOperation}. Shortening drafts and operation sequences are asked for by name
 * ({@link RetentionSchedules#shortening()}, {@link ArchiveOperations#sequences()}). Registered through
 * {@code META-INF/services} and the testkit's module-info.
 *
 * <p>Thread safety: stateless.
 */
public final class ArchiveArbitraryProvider implements ArbitraryProvider {

    /** Public no-argument constructor for {@link java.util.ServiceLoader}. */
    public ArchiveArbitraryProvider() {
    }

    @Override
    public boolean canProvideFor(TypeUsage targetType) {
        return arbitrary(targetType) != null;
    }

    @Override
    public Set<Arbitrary<?>> provideFor(TypeUsage targetType, SubtypeProvider subtypeProvider) {
        Arbitrary<?> a = arbitrary(targetType);
        return a == null ? Set.of() : Set.of(a);
    }

    private static Arbitrary<?> arbitrary(TypeUsage t) {
        if (t.isOfType(RecordClass.class)) {
            return ArchiveRecords.recordClasses();
        } else if (t.isOfType(Metadata.class)) {
            return ArchiveRecords.metadata();
        } else if (t.isOfType(ArchivalGroup.class)) {
            return ArchiveRecords.archivalGroups();
        } else if (t.isOfType(ArchivalCode.class)) {
            return ArchiveRecords.archivalCodes();
        } else if (t.isOfType(ArchivedRecord.class)) {
            return ArchiveRecords.archivedRecords();
        } else if (t.isOfType(RetentionSchedule.class)) {
            return RetentionSchedules.schedules();
        } else if (t.isOfType(ScheduleDraft.class)) {
            return RetentionSchedules.lengthening();
        } else if (t.isOfType(ArchiveOperation.class)) {
            return ArchiveOperations.operations();
        }
        return null;
    }
}
