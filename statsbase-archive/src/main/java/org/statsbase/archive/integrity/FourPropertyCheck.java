package org.statsbase.archive.integrity;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.statsbase.archive.record.ArchivalCode;
import org.statsbase.archive.record.ArchivalGroup;
import org.statsbase.archive.record.ArchivedRecord;
import org.statsbase.archive.record.Digests;
import org.statsbase.archive.record.Metadata;
import org.statsbase.archive.spi.ArchiveCatalog;
import org.statsbase.archive.spi.ContentStore;
import org.statsbase.archive.spi.RecordQuery;
import org.statsbase.trail.Hash;
import org.statsbase.trail.HashAlgorithm;

/**
 * The four-property check of DA/T 70-2018《文书类电子档案检测一般要求》, run at archiving, transfer and on demand:
 * <ul>
 *   <li>authenticity (真实性): the content's SHA-256 and SM3 digests and length match the recorded ones; the
 *       metadata is consistent (the archival code's year is the year formed and its retention class is the
 *       metadata's retention; a secrecy period only on state secrets and not beyond the longest the law allows);</li>
 *   <li>integrity (完整性): required metadata (title, responsible party, format) present; item numbers of every
 *       archival group concerned run from 0001 without gaps; content present unless destroyed with a certificate;</li>
 *   <li>usability (可用性): the format is on the allowed list, and the content reads as that format (signature
 *       bytes of PDF, OFD, PNG, JPEG, TIFF; well-formed UTF-8 for text formats) — so privately encrypted content fails;</li>
 *   <li>security (安全性): the record's operation log exists and the log's chain is intact.</li>
 * </ul>
 * Every finding is listed; nothing stops at the first. Content is read once per record, streaming.
 *
 * <p>Thread safety: immutable.
 */
public final class FourPropertyCheck {

    /**
     * The formats allowed by default: the fixed-layout formats OFD and PDF (DA/T 47-2009), and the common formats
     * of GB/T 18894-2016 for text, data and images.
     */
    public static final Set<String> STANDARD_FORMATS = Set.of("OFD", "PDF", "XML", "TXT", "CSV", "JSON", "JPG", "JPEG",
            "PNG", "TIF", "TIFF");

    private static final Set<String> TEXT_FORMATS = Set.of("XML", "TXT", "CSV", "JSON");
    private static final int MAX_GAPS_LISTED = 20;

    private final Set<String> allowedFormats;

    private FourPropertyCheck(Set<String> allowedFormats) {
        this.allowedFormats = allowedFormats;
    }

    /**
     * The check with {@link #STANDARD_FORMATS}.
     *
     * @return the check with {@link #STANDARD_FORMATS}
     */
    public static FourPropertyCheck standard() {
        return new FourPropertyCheck(STANDARD_FORMATS);
    }

    /**
     * The check with another list of allowed formats (upper-cased).
     *
     * @param formats the allowed file formats, for example {@code PDF}, {@code OFD}
     * @return the check, allowing exactly {@code formats}
     */
    public static FourPropertyCheck allowing(Set<String> formats) {
        Set<String> s = new TreeSet<>();
        for (String f : formats) {
            s.add(f.strip().toUpperCase(Locale.ROOT));
        }
        return new FourPropertyCheck(Set.copyOf(s));
    }

    /**
     * The allowed formats.
     *
     * @return the allowed formats, upper case
     */
    public Set<String> allowedFormats() {
        return allowedFormats;
    }

    /**
     * Checks {@code records}, the archival groups they belong to (over the whole catalog) and the log.
     *
     * @param occasion archiving, transfer or on demand
     * @param at       when the check runs
     * @param records  the records to check
     * @param catalog  the catalog, for item-number gaps
     * @param store    the content store
     * @param log      the operation log
     * @return every finding about the records, their groups and the log; passed when there is none
     */
    public FourPropertyReport check(Occasion occasion, Instant at, Iterable<ArchivedRecord> records,
            ArchiveCatalog catalog, ContentStore store, OperationLog log) {
        Objects.requireNonNull(records, "records");
        Objects.requireNonNull(catalog, "catalog");
        Objects.requireNonNull(log, "log");
        List<Finding> findings = new ArrayList<>();
        Set<ArchivalGroup> groups = new LinkedHashSet<>();
        long n = 0;
        for (ArchivedRecord r : records) {
            n++;
            findings.addAll(checkRecord(r, store, log));
            r.metadata().archivalCode().ifPresent(c -> groups.add(c.group()));
        }
        for (ArchivalGroup g : groups) {
            findings.addAll(checkGroup(g, catalog));
        }
        log.brokenChain().ifPresent(why -> findings.add(Finding.of(FindingKind.TRAIL_BROKEN, "trail", why, why)));
        return FourPropertyReport.of(occasion, at, n, findings);
    }

    /**
     * The findings about one record (content, metadata, its log), without group or chain checks.
     *
     * @param record the record
     * @param store  where its content is
     * @param log    the operation log
     * @return the findings in the order found; empty when the record passes
     */
    public List<Finding> checkRecord(ArchivedRecord record, ContentStore store, OperationLog log) {
        Objects.requireNonNull(log, "log");
        List<Finding> out = new ArrayList<>(checkRecord(record, store));
        if (!log.hasLog(record.id())) {
            out.add(Finding.of(FindingKind.NO_OPERATION_LOG, record.id().value(), "", ""));
        }
        return out;
    }

    /**
     * The authenticity, integrity and usability findings about one record — what is checked at archiving,
     * before the record's operation log exists.
     *
     * @param record the record
     * @param store  where its content is
     * @return the findings in the order found; empty when the record passes
     */
    public List<Finding> checkRecord(ArchivedRecord record, ContentStore store) {
        Objects.requireNonNull(record, "record");
        Objects.requireNonNull(store, "store");
        List<Finding> out = new ArrayList<>();
        String id = record.id().value();
        checkMetadata(record, out);
        String format = record.metadata().format();
        if (!format.isEmpty() && !allowedFormats.contains(format)) {
            out.add(Finding.of(FindingKind.FORMAT_NOT_ALLOWED, id, format, format));
        }
        if (record.destruction().isEmpty()) {
            checkContent(record, store, out);
        }
        return out;
    }

    private static void checkMetadata(ArchivedRecord record, List<Finding> out) {
        String id = record.id().value();
        Metadata m = record.metadata();
        if (m.title().isEmpty()) {
            out.add(Finding.of(FindingKind.METADATA_MISSING, id, "题名", "title"));
        }
        if (m.responsibleParty().isEmpty()) {
            out.add(Finding.of(FindingKind.METADATA_MISSING, id, "责任者", "responsible party"));
        }
        if (m.format().isEmpty()) {
            out.add(Finding.of(FindingKind.METADATA_MISSING, id, "格式", "format"));
        }
        if (m.archivalCode().isPresent()) {
            ArchivalCode c = m.archivalCode().get();
            if (c.group().year() != record.formedYear()) {
                out.add(Finding.of(FindingKind.METADATA_INVALID, id,
                        "档号年度 " + c.group().year() + " 不是形成年度 " + record.formedYear(),
                        "archival code year " + c.group().year() + " is not the year formed " + record.formedYear()));
            }
            if (!c.group().retention().period().equals(m.retention())) {
                out.add(Finding.of(FindingKind.METADATA_INVALID, id,
                        "档号保管期限 " + c.group().retention() + " 与保管期限 " + m.retention() + " 不一致",
                        "archival code retention " + c.group().retention() + " differs from retention " + m.retention()));
            }
        }
        if (m.secrecyYears().isPresent()) {
            int years = m.secrecyYears().getAsInt();
            if (!m.confidentiality().isStateSecret()) {
                out.add(Finding.of(FindingKind.METADATA_INVALID, id,
                        m.confidentiality().nameZh() + "资料不应有保密期限", m.confidentiality() + " material has no secrecy period"));
            } else if (years > m.confidentiality().defaultMaximumSecrecyYears().getAsInt()) {
                out.add(Finding.of(FindingKind.METADATA_INVALID, id,
                        "保密期限 " + years + " 年超过" + m.confidentiality().nameZh() + "的最长期限",
                        "secrecy period " + years + " years exceeds the longest for " + m.confidentiality()));
            }
        }
    }

    private void checkContent(ArchivedRecord record, ContentStore store, List<Finding> out) {
        String id = record.id().value();
        Digests recorded = record.digests();
        if (!store.exists(recorded)) {
            out.add(Finding.of(FindingKind.CONTENT_MISSING, id, "", ""));
            return;
        }
        String format = record.metadata().format();
        MessageDigest sha = HashAlgorithm.SHA_256.newDigest();
        MessageDigest sm3 = HashAlgorithm.SM3.newDigest();
        long[] size = {0};
        String unreadable = null;
        try (InputStream raw = store.open(recorded);
                InputStream counted = new CountingStream(new DigestInputStream(new DigestInputStream(raw, sha), sm3), size);
                BufferedInputStream in = new BufferedInputStream(counted, 64 * 1024)) {
            in.mark(16);
            byte[] head = in.readNBytes(8);
            in.reset();
            unreadable = signatureProblem(format, head);
            if (TEXT_FORMATS.contains(format)) {
                Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
                char[] buf = new char[16 * 1024];
                try {
                    while (reader.read(buf) >= 0) {
                        // decoding is the check
                    }
                } catch (CharacterCodingException e) {
                    unreadable = "not well-formed UTF-8 / 不是合法的 UTF-8";
                    in.transferTo(java.io.OutputStream.nullOutputStream());
                }
            } else {
                in.transferTo(java.io.OutputStream.nullOutputStream());
            }
        } catch (IOException | UncheckedIOException e) {
            out.add(Finding.of(FindingKind.UNREADABLE, id, format, String.valueOf(e.getMessage())));
            return;
        }
        Hash shaFound = Hash.of(sha.digest());
        Hash sm3Found = Hash.of(sm3.digest());
        if (!shaFound.equals(recorded.sha256())) {
            out.add(Finding.of(FindingKind.SHA256_MISMATCH, id, recorded.sha256().hex(), shaFound.hex()));
        }
        if (!sm3Found.equals(recorded.sm3())) {
            out.add(Finding.of(FindingKind.SM3_MISMATCH, id, recorded.sm3().hex(), sm3Found.hex()));
        }
        if (size[0] != recorded.size()) {
            out.add(Finding.of(FindingKind.SIZE_MISMATCH, id, recorded.size(), size[0]));
        }
        if (unreadable != null) {
            out.add(Finding.of(FindingKind.UNREADABLE, id, format, unreadable));
        }
    }

    private static String signatureProblem(String format, byte[] head) {
        switch (format) {
            case "PDF":
                return startsWith(head, '%', 'P', 'D', 'F', '-') ? null : "no %PDF- signature / 缺少 %PDF- 文件头";
            case "OFD":
                return startsWith(head, 'P', 'K', 3, 4) ? null : "not an OFD (zip) container / 不是 OFD（zip）容器";
            case "PNG":
                return startsWith(head, 0x89, 'P', 'N', 'G') ? null : "no PNG signature / 缺少 PNG 文件头";
            case "JPG":
            case "JPEG":
                return startsWith(head, 0xFF, 0xD8, 0xFF) ? null : "no JPEG signature / 缺少 JPEG 文件头";
            case "TIF":
            case "TIFF":
                return startsWith(head, 'I', 'I', '*', 0) || startsWith(head, 'M', 'M', 0, '*') ? null
                        : "no TIFF signature / 缺少 TIFF 文件头";
            default:
                return null;
        }
    }

    private static boolean startsWith(byte[] head, int... expected) {
        if (head.length < expected.length) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            if ((head[i] & 0xFF) != expected[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * The gap findings of one archival group over the catalog: item numbers must run 1..n.
     *
     * @param group   the archival group
     * @param catalog the catalog holding the group's records
     * @return one finding per missing item number; empty when the numbers run without gap
     */
    public List<Finding> checkGroup(ArchivalGroup group, ArchiveCatalog catalog) {
        Objects.requireNonNull(group, "group");
        List<Integer> missing = new ArrayList<>();
        int[] expected = {1};
        catalog.scan(RecordQuery.byGroup(group), r -> {
            int item = r.metadata().archivalCode().map(ArchivalCode::item).orElse(expected[0]);
            for (int i = expected[0]; i < item; i++) {
                missing.add(i);
            }
            expected[0] = Math.max(expected[0], item + 1);
            return true;
        });
        if (missing.isEmpty()) {
            return List.of();
        }
        String list = missing.size() > MAX_GAPS_LISTED
                ? Arrays.toString(missing.subList(0, MAX_GAPS_LISTED).toArray()) + " …(" + missing.size() + ")"
                : missing.toString();
        return List.of(Finding.of(FindingKind.ITEM_NUMBER_GAP, group.toString(), list, list));
    }

    /** Counts bytes read. */
    private static final class CountingStream extends java.io.FilterInputStream {
        private final long[] count;

        CountingStream(InputStream in, long[] count) {
            super(in);
            this.count = count;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count[0]++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count[0] += n;
            }
            return n;
        }
    }
}
