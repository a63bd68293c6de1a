package org.statsbase.core.code;

import java.util.Locale;
import java.util.Optional;

/**
 * How a unit of one year's 统计用区划代码 catalog continues in a later year's: the changes 国家统计局
 * records between yearly editions (区划变更: 合并、拆分、更名, codes added and removed).
 * {@link #MERGED}, {@link #SPLIT} and {@link #RENAMED} are declared in a mapping file;
 * {@link #UNCHANGED}, {@link #ADDED}, {@link #REMOVED} and a rename that keeps the code follow from
 * comparing the two catalogs (see {@link DivisionMapping}).
 *
 * <p>Thread safety: immutable constants.
 */
public enum DivisionChange {
    /** Same code, same name. */
    UNCHANGED("未变更", false),
    /** One unit continues under a new name and/or code (for example 撤县设区). */
    RENAMED("更名", true),
    /** Several old units became one new unit (the old code points to the unit it merged into). */
    MERGED("合并", true),
    /** One old unit became several new units. */
    SPLIT("拆分", true),
    /** An old code that the new catalog no longer lists and no declared change explains. */
    REMOVED("撤销", false),
    /** A new code that the old catalog did not list and no declared change produced. */
    ADDED("新设", false);

    private final String nameZh;
    private final boolean declarable;

    DivisionChange(String nameZh, boolean declarable) {
        this.nameZh = nameZh;
        this.declarable = declarable;
    }

    /**
     * The Chinese name.
     *
     * @return the Chinese name
     */
    public String nameZh() {
        return nameZh;
    }

    /**
     * Whether a mapping file may declare this change (MERGED, SPLIT, RENAMED).
     *
     * @return whether a mapping file may declare this change (MERGED, SPLIT, RENAMED)
     */
    public boolean isDeclarable() {
        return declarable;
    }

    /**
     * The declarable change named by {@code text}: the constant name in any case
     * ({@code merged}) or the Chinese name ({@code 合并}); empty otherwise. Never throws.
     *
     * @param text the name; may be {@code null}
     * @return the declarable change named by {@code text}: the constant name in any case ({@code merged}) or the
     *         Chinese name ({@code 合并})
     */
    public static Optional<DivisionChange> ofDeclaredName(CharSequence text) {
        if (text == null) {
            return Optional.empty();
        }
        String s = text.toString().strip();
        for (DivisionChange c : values()) {
            if (c.declarable && (c.name().equals(s.toUpperCase(Locale.ROOT)) || c.nameZh.equals(s))) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
