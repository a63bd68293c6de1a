package org.statsbase.core.org;

import java.util.Objects;
import org.statsbase.core.org.internal.OrgChecks;

/**
 * One line of a handover record (交接清单): what was handed over, for example "2026 年工业统计台账
 * 12 册" or "联网直报平台账号 3 个（已改密码）" — the content of the 工作交接 that 国统字〔2021〕85号
 * 二（二） requires.
 *
 * @param kind        the kind of thing
 * @param description what exactly, stripped, not blank
 *
 * <p>Thread safety: immutable when the kind is (enums are).
 */
public record HandoverItem(HandoverItemKind kind, String description) {

    /**
     * Checks the components.
     *
     * @param kind the kind of thing
     * @param description what exactly, stripped, not blank
     * @throws org.statsbase.core.error.StatsbaseException {@code SB-CORE-0901} blank description
     */
    public HandoverItem {
        Objects.requireNonNull(kind, "kind");
        description = OrgChecks.text(description, "交接内容", "handover item description");
    }

    /**
     * An item; see the components.
     *
     * @param kind the kind of thing
     * @param description what exactly, stripped, not blank
     * @return an item; see the components
     */
    public static HandoverItem of(HandoverItemKind kind, String description) {
        return new HandoverItem(kind, description);
    }
}
