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
    BEIJING(11, "北京市"),
    TIANJIN(12, "天津市"),
    HEBEI(13, "河北省"),
    SHANXI(14, "山西省"),
    INNER_MONGOLIA(15, "内蒙古自治区"),
    LIAONING(21, "辽宁省"),
    JILIN(22, "吉林省"),
    HEILONGJIANG(23, "黑龙江省"),
    SHANGHAI(31, "上海市"),
    JIANGSU(32, "江苏省"),
    ZHEJIANG(33, "浙江省"),
    ANHUI(34, "安徽省"),
    FUJIAN(35, "福建省"),
    JIANGXI(36, "江西省"),
    SHANDONG(37, "山东省"),
    HENAN(41, "河南省"),
    HUBEI(42, "湖北省"),
    HUNAN(43, "湖南省"),
    GUANGDONG(44, "广东省"),
    GUANGXI(45, "广西壮族自治区"),
    HAINAN(46, "海南省"),
    CHONGQING(50, "重庆市"),
    SICHUAN(51, "四川省"),
    GUIZHOU(52, "贵州省"),
    YUNNAN(53, "云南省"),
    TIBET(54, "西藏自治区"),
    SHAANXI(61, "陕西省"),
    GANSU(62, "甘肃省"),
    QINGHAI(63, "青海省"),
    NINGXIA(64, "宁夏回族自治区"),
    XINJIANG(65, "新疆维吾尔自治区"),
    TAIWAN(71, "台湾省"),
    HONG_KONG(81, "香港特别行政区"),
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

    /** The two-digit code as a number, for example 44. */
    public int code() {
        return code;
    }

    /** The two-digit code as text, for example {@code "44"}. */
    public String codeText() {
        return Integer.toString(code);
    }

    /** The Chinese name, for example 广东省. */
    public String nameZh() {
        return nameZh;
    }

    /** The province with this two-digit code, if GB/T 2260 has one. */
    public static Optional<Province> ofCode(int code) {
        return Optional.ofNullable(isKnown(code) ? BY_CODE[code] : null);
    }

    /** Whether GB/T 2260 has a province with this two-digit code; never throws. */
    public static boolean isKnown(int code) {
        return code >= 0 && code < 100 && BY_CODE[code] != null;
    }
}
