package org.statsbase.archive.record;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;
import org.statsbase.archive.error.ArchiveError;
import org.statsbase.core.code.CodeCheck;
import org.statsbase.core.code.CodeReason;
import org.statsbase.core.error.ErrorCode;

/**
 * An archival code (档号) of a document filed by item, DA/T 22-2015《归档文件整理规则》:
 * {@code 全宗号-门类代码·年度-保管期限-机构(问题)代码-件号}, for example {@code Z109-WS·2024-Y-BGS-0001}.
 *
 * <ul>
 *   <li>全宗号 (fonds): four letters or digits;</li>
 *   <li>门类代码 (class): two letters, {@code WS} for documents (文书);</li>
 *   <li>年度 (year): four digits;</li>
 *   <li>保管期限: {@code Y}, {@code D30}, {@code D10} ({@link RetentionCode});</li>
 *   <li>机构(问题)代码: one to ten letters or digits (the standard's three-character codes included);</li>
 *   <li>件号 (item): four digits from {@code 0001}.</li>
 * </ul>
 * The class code is joined to the year by a middle dot {@code ·} (U+00B7), every other part by a hyphen.
 * Input is normalised first (NFKC, trimmed, upper-cased). Item numbers within an {@link ArchivalGroup}
 * run without gaps; {@code org.statsbase.archive.integrity} checks that over a catalog.
 *
 * <p>Thread safety: immutable.
 */
public final class ArchivalCode implements Comparable<ArchivalCode> {

    /** The class code of documents (文书). */
    public static final String DOCUMENTS = "WS";
    /** The highest item number (four digits). */
    public static final int MAX_ITEM = 9999;

    /** Why a text is not an archival code; each reason's messages get input, position, expected, actual. */
    public enum Reason implements CodeReason {
        /** Nothing but blanks. */
        EMPTY(ArchiveError.CODE_EMPTY),
        /** Not five hyphen-separated parts, or no {@code ·} between class and year. */
        STRUCTURE(ArchiveError.CODE_STRUCTURE),
        /** The fonds number is not four letters or digits. */
        BAD_FONDS(ArchiveError.CODE_FONDS),
        /** The class code is not two letters. */
        BAD_CLASS(ArchiveError.CODE_CLASS),
        /** The year is not four digits from 1000. */
        BAD_YEAR(ArchiveError.CODE_YEAR),
        /** The retention code is not Y, D30 or D10. */
        BAD_RETENTION(ArchiveError.CODE_RETENTION),
        /** The organisation (issue) code is not one to ten letters or digits. */
        BAD_ORGANISATION(ArchiveError.CODE_ORGANISATION),
        /** The item number is not four digits from 0001. */
        BAD_ITEM(ArchiveError.CODE_ITEM);

        private final ArchiveError error;

        Reason(ArchiveError error) {
            this.error = error;
        }

        @Override
        public ErrorCode error() {
            return error;
        }
    }

    private final ArchivalGroup group;
    private final int item;

    private ArchivalCode(ArchivalGroup group, int item) {
        this.group = group;
        this.item = item;
    }

    /**
     * The code of item {@code item} of {@code group}.
     *
     * @param group the archival group
     * @param item  the item number (件号), 1 to 9999
     * @return the code
     * @throws IllegalArgumentException if {@code item} is outside 1..9999
     */
    public static ArchivalCode of(ArchivalGroup group, int item) {
        Objects.requireNonNull(group, "group");
        if (item < 1 || item > MAX_ITEM) {
            throw new IllegalArgumentException("item number must be 1..9999: " + item);
        }
        return new ArchivalCode(group, item);
    }

    /**
     * Parses an archival code.
     *
     * @param text an archival code, for example {@code Z109-WS·2024-Y-BGS-0001}
     * @return the code
     * @throws org.statsbase.core.code.InvalidCodeException with a {@link Reason} if invalid
     */
    public static ArchivalCode parse(CharSequence text) {
        return check(text).orElseThrow();
    }

    /**
     * Checks an archival code without throwing.
     *
     * @param text the text to check
     * @return the code, or the {@link Reason} it is invalid
     */
    public static CodeCheck<ArchivalCode, Reason> check(CharSequence text) {
        String s = normalize(text);
        if (s.isEmpty()) {
            return CodeCheck.invalid(s, Reason.EMPTY);
        }
        String[] parts = s.split("-", -1);
        if (parts.length != 5) {
            return CodeCheck.invalid(s, Reason.STRUCTURE, 1, "5 parts / 5 段", String.valueOf(parts.length));
        }
        int pos = 1;
        String fonds = parts[0];
        if (!fonds.matches("[A-Z0-9]{4}")) {
            return CodeCheck.invalid(s, Reason.BAD_FONDS, pos, "[A-Z0-9]{4}", fonds);
        }
        pos += fonds.length() + 1;
        String classYear = parts[1];
        int dot = classYear.indexOf('·');
        if (dot < 0 || classYear.indexOf('·', dot + 1) >= 0) {
            return CodeCheck.invalid(s, Reason.STRUCTURE, pos, "门类代码·年度 / class·year", classYear);
        }
        String classCode = classYear.substring(0, dot);
        if (!classCode.matches("[A-Z]{2}")) {
            return CodeCheck.invalid(s, Reason.BAD_CLASS, pos, "[A-Z]{2}", classCode);
        }
        String yearText = classYear.substring(dot + 1);
        if (!yearText.matches("[1-9][0-9]{3}")) {
            return CodeCheck.invalid(s, Reason.BAD_YEAR, pos + dot + 1, "[1-9][0-9]{3}", yearText);
        }
        pos += classYear.length() + 1;
        String retention = parts[2];
        var code = RetentionCode.ofCode(retention);
        if (code.isEmpty()) {
            return CodeCheck.invalid(s, Reason.BAD_RETENTION, pos, "Y|D30|D10", retention);
        }
        pos += retention.length() + 1;
        String org = parts[3];
        if (!org.matches("[A-Z0-9]{1,10}")) {
            return CodeCheck.invalid(s, Reason.BAD_ORGANISATION, pos, "[A-Z0-9]{1,10}", org);
        }
        pos += org.length() + 1;
        String itemText = parts[4];
        if (!itemText.matches("[0-9]{4}") || itemText.equals("0000")) {
            return CodeCheck.invalid(s, Reason.BAD_ITEM, pos, "0001..9999", itemText);
        }
        ArchivalGroup group = ArchivalGroup.of(fonds, classCode, Integer.parseInt(yearText), code.get(), org);
        return CodeCheck.valid(s, new ArchivalCode(group, Integer.parseInt(itemText)));
    }

    private static String normalize(CharSequence text) {
        if (text == null) {
            return "";
        }
        return Normalizer.normalize(text, Normalizer.Form.NFKC).strip().toUpperCase(Locale.ROOT);
    }

    /**
     * The group (全宗·门类·年度·期限·机构) the item numbers run in.
     *
     * @return the group (全宗·门类·年度·期限·机构) the item numbers run in
     */
    public ArchivalGroup group() {
        return group;
    }

    /**
     * The item number (件号), 1..9999.
     *
     * @return the item number (件号), 1..9999
     */
    public int item() {
        return item;
    }

    /**
     * The code of the next item of the same group; empty at 9999.
     *
     * @return the code of the next item of the same group; empty at 9999
     */
    public java.util.Optional<ArchivalCode> next() {
        return item == MAX_ITEM ? java.util.Optional.empty() : java.util.Optional.of(new ArchivalCode(group, item + 1));
    }

    @Override
    public int compareTo(ArchivalCode o) {
        int c = group.toString().compareTo(o.group.toString());
        return c != 0 ? c : Integer.compare(item, o.item);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ArchivalCode other && item == other.item && group.equals(other.group);
    }

    @Override
    public int hashCode() {
        return group.hashCode() * 31 + item;
    }

    /** The canonical text, for example {@code Z109-WS·2024-Y-BGS-0001}. */
    @Override
    public String toString() {
        return group + "-" + String.format(Locale.ROOT, "%04d", item);
    }
}
