package org.statsbase.core.code;

import java.util.Objects;
import java.util.Optional;

/**
 * One entry of GB/T 4754-2017 国民经济行业分类: a code at one of the four levels (门类, 大类,
 * 中类, 小类) with its Chinese name, as an {@link IndustryClassification} holds it.
 *
 * <p>Two entries are equal when their codes and names are.
 *
 * <p>Thread safety: immutable.
 */
public final class IndustryEntry {

    private final IndustryCode code;
    private final String nameZh;

    private IndustryEntry(IndustryCode code, String nameZh) {
        this.code = code;
        this.nameZh = nameZh;
    }

    /**
     * An entry.
     *
     * @param code the code
     * @param nameZh the Chinese name, not blank
     * @return an entry
     * @throws IllegalArgumentException if the name is blank
     */
    public static IndustryEntry of(IndustryCode code, String nameZh) {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(nameZh, "nameZh");
        if (nameZh.isBlank()) {
            throw new IllegalArgumentException("blank name for " + code);
        }
        return new IndustryEntry(code, nameZh);
    }

    /**
     * The code, for example {@code C13}.
     *
     * @return the code, for example {@code C13}
     */
    public IndustryCode code() {
        return code;
    }

    /**
     * The Chinese name, for example 农副食品加工业.
     *
     * @return the Chinese name, for example 农副食品加工业
     */
    public String nameZh() {
        return nameZh;
    }

    /**
     * The level of the code.
     *
     * @return the level of the code
     */
    public IndustryLevel level() {
        return code.level();
    }

    /**
     * The code one level up; empty for a section.
     *
     * @return the code one level up; empty for a section
     */
    public Optional<IndustryCode> parent() {
        return code.parent();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IndustryEntry other && code.equals(other.code) && nameZh.equals(other.nameZh);
    }

    @Override
    public int hashCode() {
        return code.hashCode() * 31 + nameZh.hashCode();
    }

    @Override
    public String toString() {
        return code + " " + nameZh;
    }
}
