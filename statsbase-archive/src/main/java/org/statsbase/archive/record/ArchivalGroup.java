package org.statsbase.archive.record;

import java.util.Locale;
import java.util.Objects;

/**
 * The group within which item numbers run without gaps (DA/T 22-2015 件号 "在同一全宗、门类、年度、保管期限、
 * 机构(问题)内从 0001 起顺序编号"): fonds, class code, year, retention class and organisation (issue) code.
 * Its text is the archival code without the item number, for example {@code Z109-WS·2024-Y-BGS}.
 *
 * <p>Thread safety: immutable.
 */
public final class ArchivalGroup {

    private final String fonds;
    private final String classCode;
    private final int year;
    private final RetentionCode retention;
    private final String organisation;
    private final String text;

    private ArchivalGroup(String fonds, String classCode, int year, RetentionCode retention, String organisation) {
        this.fonds = fonds;
        this.classCode = classCode;
        this.year = year;
        this.retention = retention;
        this.organisation = organisation;
        this.text = fonds + "-" + classCode + "·" + year + "-" + retention.code() + "-" + organisation;
    }

    /**
     * A group; the parts are normalised (upper-cased) and checked as {@link ArchivalCode#check} does.
     *
     * @param fonds        the fonds number (全宗号)
     * @param classCode    the class code (门类代码), for example {@code WS}
     * @param year         the year (年度)
     * @param retention    the retention class (保管期限)
     * @param organisation the organisation or subject code (机构(问题)代码)
     * @return the group
     * @throws org.statsbase.core.code.InvalidCodeException if a part is malformed
     */
    public static ArchivalGroup of(String fonds, String classCode, int year, RetentionCode retention, String organisation) {
        Objects.requireNonNull(retention, "retention");
        String f = Objects.requireNonNull(fonds, "fonds").strip().toUpperCase(Locale.ROOT);
        String c = Objects.requireNonNull(classCode, "classCode").strip().toUpperCase(Locale.ROOT);
        String o = Objects.requireNonNull(organisation, "organisation").strip().toUpperCase(Locale.ROOT);
        if (f.matches("[A-Z0-9]{4}") && c.matches("[A-Z]{2}") && year >= 1000 && year <= 9999
                && o.matches("[A-Z0-9]{1,10}")) {
            return new ArchivalGroup(f, c, year, retention, o);
        }
        // Let the code check name the first bad part with its reason.
        String probe = f + "-" + c + "·" + year + "-" + retention.code() + "-" + o + "-0001";
        return ArchivalCode.parse(probe).group();
    }

    /**
     * 全宗号.
     *
     * @return the fonds number (全宗号), upper case
     */
    public String fonds() {
        return fonds;
    }

    /**
     * 门类代码, for example {@code WS}.
     *
     * @return the class code (门类代码), upper case, for example {@code WS}
     */
    public String classCode() {
        return classCode;
    }

    /**
     * 年度.
     *
     * @return the year (年度)
     */
    public int year() {
        return year;
    }

    /**
     * 保管期限.
     *
     * @return the retention class (保管期限)
     */
    public RetentionCode retention() {
        return retention;
    }

    /**
     * 机构(问题)代码.
     *
     * @return the organisation or subject code (机构(问题)代码), upper case
     */
    public String organisation() {
        return organisation;
    }

    /**
     * The archival code of item {@code item} in this group.
     *
     * @param item the item number (件号), 1 to 9999
     * @return the code of that item
     */
    public ArchivalCode item(int item) {
        return ArchivalCode.of(this, item);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ArchivalGroup other && text.equals(other.text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    /** The archival code without the item number, for example {@code Z109-WS·2024-Y-BGS}. */
    @Override
    public String toString() {
        return text;
    }
}
