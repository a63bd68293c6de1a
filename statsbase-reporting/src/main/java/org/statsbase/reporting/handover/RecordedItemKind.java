package org.statsbase.reporting.handover;

import java.util.Objects;
import org.statsbase.core.org.HandoverItemKind;

/**
 * A handover item kind read back from the trail that the reader knows no enum constant for (a kind
 * a user added when recording, 国统字〔2021〕85号 二（二）): its code and names as recorded.
 *
 * @param code   the kind's code
 * @param nameZh the Chinese name as recorded
 * @param nameEn the English name as recorded
 *
 * <p>Thread safety: immutable.
 */
public record RecordedItemKind(String code, String nameZh, String nameEn) implements HandoverItemKind {

    /**
     * Checks the components.
     *
     * @param code   the kind's code
     * @param nameZh the Chinese name as recorded
     * @param nameEn the English name as recorded
     */
    public RecordedItemKind {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(nameZh, "nameZh");
        Objects.requireNonNull(nameEn, "nameEn");
    }
}
