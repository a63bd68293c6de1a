package org.statsbase.core.code;

import java.util.Optional;

/**
 * The province-level divisions of GB/T 2260 (中华人民共和国行政区划代码): the first two
 * digits of every 统计用区划代码 and of positions 3–4 of a 统一社会信用代码.
 *
 * <p>Codes 71 (台湾省), 81 (香港特别行政区) and 82 (澳门特别行政区) are part of GB/T 2260 and are
 * listed here, although the yearly 统计用区划代码 catalogs contain only the 31 provinces of the
 * mainland.
 *
 * <p>Thread safety: immutable constants.
 */
public enum Province {
    /** 北京市, GB/T 2260 code {@code 11}. */
    BEIJING(11, "北京市"),
    /** 天津市, GB/T 2260 code {@code 12}. */
    TIANJIN(12, "天津市"),
    /** 河北省, GB/T 2260 code {@code 13}. */
    HEBEI(13, "河北省"),
    /** 山西省, GB/T 2260 code {@code 14}. */
    SHANXI(14, "山西省"),
    /** 内蒙古自治区, GB/T 2260 code {@code 15}. */
    INNER_MONGOLIA(15, "内蒙古自治区"),
    /** 辽宁省, GB/T 2260 code {@code 21}. */
    LIAONING(21, "辽宁省"),
    /** 吉林省, GB/T 2260 code {@code 22}. */
    JILIN(22, "吉林省"),
    /** 黑龙江省, GB/T 2260 code {@code 23}. */
    HEILONGJIANG(23, "黑龙江省"),
    /** 上海市, GB/T 2260 code {@code 31}. */
    SHANGHAI(31, "上海市"),
    /** 江苏省, GB/T 2260 code {@code 32}. */
    JIANGSU(32, "江苏省"),
    /** 浙江省, GB/T 2260 code {@code 33}. */
    ZHEJIANG(33, "浙江省"),
    /** 安徽省, GB/T 2260 code {@code 34}. */
    ANHUI(34, "安徽省"),
    /** 福建省, GB/T 2260 code {@code 35}. */
    FUJIAN(35, "福建省"),
    /** 江西省, GB/T 2260 code {@code 36}. */
    JIANGXI(36, "江西省"),
    /** 山东省, GB/T 2260 code {@code 37}. */
    SHANDONG(37, "山东省"),
    /** 河南省, GB/T 2260 code {@code 41}. */
    HENAN(41, "河南省"),
    /** 湖北省, GB/T 2260 code {@code 42}. */
    HUBEI(42, "湖北省"),
    /** 湖南省, GB/T 2260 code {@code 43}. */
    HUNAN(43, "湖南省"),
    /** 广东省, GB/T 2260 code {@code 44}. */
    GUANGDONG(44, "广东省"),
    /** 广西壮族自治区, GB/T 2260 code {@code 45}. */
    GUANGXI(45, "广西壮族自治区"),
    /** 海南省, GB/T 2260 code {@code 46}. */
    HAINAN(46, "海南省"),
    /** 重庆市, GB/T 2260 code {@code 50}. */
    CHONGQING(50, "重庆市"),
    /** 四川省, GB/T 2260 code {@code 51}. */
    SICHUAN(51, "四川省"),
    /** 贵州省, GB/T 2260 code {@code 52}. */
    GUIZHOU(52, "贵州省"),
    /** 云南省, GB/T 2260 code {@code 53}. */
    YUNNAN(53, "云南省"),
    /** 西藏自治区, GB/T 2260 code {@code 54}. */
    TIBET(54, "西藏自治区"),
    /** 陕西省, GB/T 2260 code {@code 61}. */
    SHAANXI(61, "陕西省"),
    /** 甘肃省, GB/T 2260 code {@code 62}. */
    GANSU(62, "甘肃省"),
    /** 青海省, GB/T 2260 code {@code 63}. */
    QINGHAI(63, "青海省"),
    /** 宁夏回族自治区, GB/T 2260 code {@code 64}. */
    NINGXIA(64, "宁夏回族自治区"),
    /** 新疆维吾尔自治区, GB/T 2260 code {@code 65}. */
    XINJIANG(65, "新疆维吾尔自治区"),
    /** 台湾省, GB/T 2260 code {@code 71}. */
    TAIWAN(71, "台湾省"),
    /** 香港特别行政区, GB/T 2260 code {@code 81}. */
    HONG_KONG(81, "香港特别行政区"),
    /** 澳门特别行政区, GB/T 2260 code {@code 82}. */
    MACAO(82, "澳门特别行政区");

    private static final Province[] BY_CODE = new Province[100];

    static {
        for (Province p : values()) {
            BY_CODE[p.code] = p;
        }
    }

    private final int code;
    private final String nameZh;

    Province(int code, String nameZh) {
        this.code = code;
        this.nameZh = nameZh;
    }

    /**
     * The two-digit code as a number, for example 44.
     *
     * @return the two-digit code as a number, for example 44
     */
    public int code() {
        return code;
    }

    /**
     * The two-digit code as text, for example {@code "44"}.
     *
     * @return the two-digit code as text, for example {@code "44"}
     */
    public String codeText() {
        return Integer.toString(code);
    }

    /**
     * The Chinese name, for example 广东省.
     *
     * @return the Chinese name, for example 广东省
     */
    public String nameZh() {
        return nameZh;
    }

    /**
     * The province with this two-digit code, if GB/T 2260 has one.
     *
     * @param code the two-digit GB/T 2260 code, for example 44
     * @return the province with this two-digit code, if GB/T 2260 has one
     */
    public static Optional<Province> ofCode(int code) {
        return Optional.ofNullable(isKnown(code) ? BY_CODE[code] : null);
    }

    /**
     * Whether GB/T 2260 has a province with this two-digit code; never throws.
     *
     * @param code the two-digit GB/T 2260 code, for example 44
     * @return whether GB/T 2260 has a province with this two-digit code; never throws
     */
    public static boolean isKnown(int code) {
        return code >= 0 && code < 100 && BY_CODE[code] != null;
    }
}
