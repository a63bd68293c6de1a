package org.statsbase.testkit.archive;

import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.statsbase.archive.integrity.Fixity;
import org.statsbase.archive.record.ArchivalCode;
import org.statsbase.archive.record.ArchivalGroup;
import org.statsbase.archive.record.ArchivedRecord;
import org.statsbase.core.level.ConfidentialityLevel;
import org.statsbase.archive.record.Metadata;
import org.statsbase.archive.record.RecordClass;
import org.statsbase.archive.record.RecordId;
import org.statsbase.archive.record.RetentionCode;
import org.statsbase.archive.record.RetentionPeriod;
import org.statsbase.archive.retention.StatutoryRule;
import org.statsbase.archive.retention.StatutoryRules;

/**
 * Arbitraries for archived statistical material: the record classes of 统计法实施条例 第二十二、二十三条 (and some an
 * office adds), DA/T 46 metadata, DA/T 22-2015 archival groups and codes ({@code Z109-WS·2024-Y-BGS-0001}), and
 * records formed on realistic dates (2000–2030, formation year equal to the code's year).
 *
 * <p>Thread safety: stateless; the arbitraries are immutable.
 */
public final class ArchiveRecords {

    /** Classes an office may add beside the statutory ones (no statutory minimum). */
    public static final List<String> OFFICE_CLASSES = List.of("survey-questionnaire", "enforcement-case",
            "correspondence");

    private static final String[] TITLES = {"规模以上工业生产月报", "劳动工资统计台账", "年度统计汇总表", "农村住户调查原始记录",
        "Monthly industrial return", "Annual summary", "统计执法检查记录"};
    private static final String[] PARTIES = {"城关镇统计站", "江北区统计局", "某某机械有限公司", "Township station"};
    private static final String[] FORMATS = {"PDF", "OFD", "TXT", "CSV", "XML", "JSON"};

    private ArchiveRecords() {
    }

    /**
     * The classes the law names (统计法实施条例 第二十二、二十三条).
     *
     * @return one of the statutory record classes
     */
    public static Arbitrary<RecordClass> statutoryClasses() {
        return Arbitraries.of(StatutoryRules.standard().rules().stream().map(StatutoryRule::recordClass).toList());
    }

    /**
     * Statutory classes mostly, sometimes one an office adds.
     *
     * @return a record class, statutory about nine times in ten
     */
    public static Arbitrary<RecordClass> recordClasses() {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(4, statutoryClasses()),
                net.jqwik.api.Tuple.of(1, Arbitraries.of(OFFICE_CLASSES).map(RecordClass::of)));
    }

    /**
     * Formation dates an office would file: 2000-01-01 to 2030-12-31.
     *
     * @return dates from 2000-01-01 to 2030-12-31
     */
    public static Arbitrary<LocalDate> formedDates() {
        return Arbitraries.integers().between(0, (int) (LocalDate.of(2030, 12, 31).toEpochDay()
                - LocalDate.of(2000, 1, 1).toEpochDay())).map(d -> LocalDate.of(2000, 1, 1).plusDays(d));
    }

    /**
     * Retention periods: permanent, D30, D10 or 2–50 years.
     *
     * @return retention periods (保管期限)
     */
    public static Arbitrary<RetentionPeriod> retentionPeriods() {
        return Arbitraries.oneOf(Arbitraries.of(RetentionCode.values()).map(RetentionCode::period),
                Arbitraries.integers().between(2, 50).map(RetentionPeriod::ofYears));
    }

    /**
     * Archival groups (全宗·门类·年度·期限·机构) of documents ({@code WS}) for years 2000–2030.
     *
     * @return archival groups of the document category
     */
    public static Arbitrary<ArchivalGroup> archivalGroups() {
        return Combinators.combine(fonds(), Arbitraries.integers().between(2000, 2030),
                Arbitraries.of(RetentionCode.values()), organisations())
                .as((f, y, r, o) -> ArchivalGroup.of(f, ArchivalCode.DOCUMENTS, y, r, o));
    }

    /**
     * Archival codes: a group and an item number, mostly small.
     *
     * @return archival codes of {@link #archivalGroups()}
     */
    public static Arbitrary<ArchivalCode> archivalCodes() {
        return Combinators.combine(archivalGroups(), Arbitraries.integers().between(1, ArchivalCode.MAX_ITEM)
                .edgeCases(c -> c.includeOnly(1, ArchivalCode.MAX_ITEM))).as(ArchivalGroup::item);
    }

    /**
     * Metadata for material formed on {@code formed}: never a secrecy period on non-secret material.
     *
     * @param formed the formation date the metadata records
     * @return metadata dated {@code formed}
     */
    public static Arbitrary<Metadata> metadata(LocalDate formed) {
        return Combinators.combine(Arbitraries.of(TITLES), Arbitraries.of(PARTIES), Arbitraries.of(FORMATS),
                retentionPeriods(), Arbitraries.of(ConfidentialityLevel.values()))
                .as((t, p, f, r, c) -> {
                    Metadata.Builder b = Metadata.builder().title(t).responsibleParty(p).date(formed).format(f)
                            .retention(r).confidentiality(c);
                    c.defaultMaximumSecrecyYears().ifPresent(max -> b.secrecyYears(Math.min(max, 10)));
                    return b.build();
                });
    }

    /**
     * Metadata for material formed on a {@link #formedDates() realistic date}.
     *
     * @return metadata of a realistic formation date
     */
    public static Arbitrary<Metadata> metadata() {
        return formedDates().flatMap(ArchiveRecords::metadata);
    }

    /**
     * Newly filed records (no holds, not destroyed): id, class, formation date, metadata with that date, and
     * digests of some synthetic content; a third carry an archival code of the formation year.
     *
     * @return records as first filed
     */
    public static Arbitrary<ArchivedRecord> archivedRecords() {
        Arbitrary<String> ids = Arbitraries.strings().withChars("abcdefghijklmnopqrstuvwxyz0123456789-")
                .ofMinLength(1).ofMaxLength(20).map(s -> "r" + s);
        return Combinators.combine(ids, recordClasses(), formedDates(), Arbitraries.strings().ofMaxLength(64),
                Arbitraries.integers().between(0, 2), archivalGroups(), Arbitraries.integers().between(1, 200))
                .flatAs((id, cls, formed, content, coded, group, item) -> metadata(formed).map(m -> {
                    Metadata meta = m;
                    if (coded == 0) {
                        ArchivalGroup g = ArchivalGroup.of(group.fonds(), group.classCode(), formed.getYear(),
                                RetentionCode.of(m.retention()).orElse(RetentionCode.D10), group.organisation());
                        meta = m.toBuilder().retention(g.retention().period()).archivalCode(g.item(item)).build();
                    }
                    return ArchivedRecord.of(RecordId.of(id), cls, formed, meta,
                            Fixity.of(content.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
                }));
    }

    private static Arbitrary<String> fonds() {
        return Arbitraries.oneOf(Arbitraries.of("Z109", "J001", "X021", "0001"),
                Arbitraries.strings().withChars("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789").ofLength(4));
    }

    private static Arbitrary<String> organisations() {
        return Arbitraries.oneOf(Arbitraries.of("BGS", "TJZ", "ZHK", "NYK"),
                Arbitraries.strings().withChars("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789").ofMinLength(1).ofMaxLength(10));
    }
}
