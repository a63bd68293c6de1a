package org.statsbase.confidentiality.access;

import java.util.Locale;
import java.util.Optional;

/**
 * What a subject wants to do with data.
 *
 * <p>Thread safety: immutable constants.
 */
public enum Action {
    /** 查阅: read or query. */
    READ("查阅", "read"),
    /** 导出: export or copy out of the system (download, print, give to another body). */
    EXPORT("导出", "export"),
    /** 公布: publish to the public. */
    PUBLISH("公布", "publish");

    private final String nameZh;
    private final String nameEn;

    Action(String nameZh, String nameEn) {
        this.nameZh = nameZh;
        this.nameEn = nameEn;
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
     * The English name, lower case ({@code read}); also the last part of its trail action
     * ({@code access.read}).
     *
     * @return the English name, lower case ({@code read}); also the last part of its trail action
     *         ({@code access.read})
     */
    public String nameEn() {
        return nameEn;
    }

    /**
     * The action named by its constant name in any case or its Chinese name; never throws.
     *
     * @param text the name, for example {@code export} or {@code 导出}
     * @return the action; empty when the text names none
     */
    public static Optional<Action> ofName(CharSequence text) {
        if (text == null) {
            return Optional.empty();
        }
        String s = text.toString().strip();
        for (Action a : values()) {
            if (a.name().equals(s.toUpperCase(Locale.ROOT)) || a.nameZh.equals(s)) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }
}
