package org.statsbase.core.code;

import org.statsbase.core.code.internal.CodeText;
import org.statsbase.core.error.CoreError;
import org.statsbase.core.error.ErrorCode;

/**
 * A 城乡分类代码 (urban-rural classification code) that each village-level unit of a 统计用区划代码
 * catalog carries, as 《统计上划分城乡的规定》 (国函〔2008〕60号) defines the classes and
 * 国家统计局《统计用区划代码和城乡划分代码编制规则》 codes them: 111 主城区, 112 城乡结合区, 121 镇中心区,
 * 122 镇乡结合区, 123 特殊区域, 210 乡中心区, 220 村庄. The first digit is the split (1 城镇,
 * 2 乡村), see {@link #group()} and {@link UrbanRuralGroup}.
 *
 * <p>{@link #parse} and {@link #check} accept only these seven codes: a village-level unit
 * carries exactly one of them. The group codes 100, 110, 120 and 200 are rejected with
 * {@link Reason#GROUP_CODE}; read them with {@link UrbanRuralGroup#ofCode(CharSequence)}.
 *
 * <p>{@code toString()} is the three-digit code, as for every code type.
 *
 * <p>Thread safety: immutable constants.
 */
public enum UrbanRuralCode {
    /** 111 主城区. */
    MAIN_URBAN_AREA("111", "主城区", UrbanRuralGroup.CITY_AREA),
    /** 112 城乡结合区. */
    URBAN_RURAL_FRINGE("112", "城乡结合区", UrbanRuralGroup.CITY_AREA),
    /** 121 镇中心区. */
    TOWN_CENTRE("121", "镇中心区", UrbanRuralGroup.TOWN_AREA),
    /** 122 镇乡结合区. */
    TOWN_RURAL_FRINGE("122", "镇乡结合区", UrbanRuralGroup.TOWN_AREA),
    /** 123 特殊区域 (for example industrial and mining areas, development zones, farms). */
    SPECIAL_AREA("123", "特殊区域", UrbanRuralGroup.TOWN_AREA),
    /** 210 乡中心区. */
    TOWNSHIP_CENTRE("210", "乡中心区", UrbanRuralGroup.RURAL),
    /** 220 村庄. */
    VILLAGE("220", "村庄", UrbanRuralGroup.RURAL);

    /** Why an urban-rural code is invalid. */
    public enum Reason implements CodeReason {
        /** Nothing left after normalisation. */
        EMPTY(CoreError.URBAN_RURAL_EMPTY),
        /** A character other than a digit, with its position. */
        ILLEGAL_CHARACTER(CoreError.URBAN_RURAL_ILLEGAL_CHARACTER),
        /** Not three digits. */
        WRONG_LENGTH(CoreError.URBAN_RURAL_WRONG_LENGTH),
        /** One of the group codes 100, 110, 120, 200, which no unit carries. */
        GROUP_CODE(CoreError.URBAN_RURAL_GROUP_CODE),
        /** Three digits that are neither a code nor a group code. */
        UNKNOWN_CODE(CoreError.URBAN_RURAL_UNKNOWN);

        private final ErrorCode error;

        Reason(ErrorCode error) {
            this.error = error;
        }

        @Override
        public ErrorCode error() {
            return error;
        }
    }

    private final String code;
    private final String nameZh;
    private final UrbanRuralGroup group;

    UrbanRuralCode(String code, String nameZh, UrbanRuralGroup group) {
        this.code = code;
        this.nameZh = nameZh;
        this.group = group;
    }

    /**
     * Parses one of the seven codes.
     *
     * @param input one of the seven codes, in any accepted spelling
     * @return the code
     * @throws InvalidCodeException with a {@link Reason} otherwise
     */
    public static UrbanRuralCode parse(CharSequence input) {
        return check(input).orElseThrow();
    }

    /**
     * Checks one of the seven codes; never throws, {@code null} gives {@link Reason#EMPTY}.
     *
     * @param input the code in any accepted spelling; may be {@code null}
     * @return the check: the code, or the reason it is not one
     */
    public static CodeCheck<UrbanRuralCode, Reason> check(CharSequence input) {
        String s = CodeText.normalize(input);
        if (s.isEmpty()) {
            return CodeCheck.invalid(s, Reason.EMPTY);
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return CodeCheck.invalid(s, Reason.ILLEGAL_CHARACTER, i + 1, "0-9", String.valueOf(c));
            }
        }
        if (s.length() != 3) {
            return CodeCheck.invalid(s, Reason.WRONG_LENGTH, 0, "3", Integer.toString(s.length()));
        }
        for (UrbanRuralCode u : values()) {
            if (u.code.equals(s)) {
                return CodeCheck.valid(s, u);
            }
        }
        var group = UrbanRuralGroup.ofCode(s);
        if (group.isPresent()) {
            return CodeCheck.invalid(s, Reason.GROUP_CODE, 0, "", group.get().nameZh());
        }
        return CodeCheck.invalid(s, Reason.UNKNOWN_CODE);
    }

    /**
     * The three-digit code, for example {@code "111"}.
     *
     * @return the three-digit code, for example {@code "111"}
     */
    public String code() {
        return code;
    }

    /**
     * The canonical text: the three-digit code.
     *
     * @return the canonical text: the three-digit code
     */
    public String canonical() {
        return code;
    }

    /**
     * The Chinese name, for example 主城区.
     *
     * @return the Chinese name, for example 主城区
     */
    public String nameZh() {
        return nameZh;
    }

    /**
     * The smallest group containing this code: 110 城区, 120 镇区 or 200 乡村.
     *
     * @return the smallest group containing this code: 110 城区, 120 镇区 or 200 乡村
     */
    public UrbanRuralGroup group() {
        return group;
    }

    /**
     * Whether this code is 城镇 (first digit 1) rather than 乡村 (first digit 2).
     *
     * @return whether this code is 城镇 (first digit 1) rather than 乡村 (first digit 2)
     */
    public boolean isUrban() {
        return group.isUrban();
    }

    /** The three-digit code. */
    @Override
    public String toString() {
        return code;
    }
}
