package org.statsbase.core.org;

import java.util.List;
import java.util.Objects;
import org.statsbase.core.error.CoreError;
import org.statsbase.core.error.StatsbaseException;
import org.statsbase.core.org.internal.OrgChecks;

/**
 * A statistics post (统计岗位) of an institution with its written duties (岗位责任): the
 * 统计业务岗位责任制度 that 国统字〔2021〕85号 三（八） asks townships to set up, and the
 * 统计人员岗位责任制度 it asks enterprises to set up. A post without written duties is refused.
 *
 * @param id          the post's identifier
 * @param institution the institution the post belongs to
 * @param title       the post's title, for example 乡镇统计员
 * @param duties      the written duties, each one stripped and not blank; at least one; unmodifiable
 *
 * <p>Thread safety: immutable.
 */
public record Post(PostId id, InstitutionId institution, String title, List<String> duties) {

    /**
     * Checks the components.
     *
     * @param id the post's identifier
     * @param institution the institution the post belongs to
     * @param title the post's title, for example 乡镇统计员
     * @param duties the written duties, each one stripped and not blank; at least one; unmodifiable
     * @throws StatsbaseException {@code SB-CORE-0901} blank title or duty, {@code SB-CORE-0904} no duties
     */
    public Post {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(institution, "institution");
        title = OrgChecks.text(title, "岗位名称", "post title");
        Objects.requireNonNull(duties, "duties");
        if (duties.isEmpty()) {
            throw new StatsbaseException(CoreError.ORG_POST_WITHOUT_DUTIES, title);
        }
        duties = duties.stream().map(d -> OrgChecks.text(d, "岗位责任", "duty")).toList();
    }

    /**
     * A post; see the components.
     *
     * @param id the post's identifier
     * @param institution the institution the post belongs to
     * @param title the post's title, for example 乡镇统计员
     * @param duties the written duties, each one stripped and not blank; at least one; unmodifiable
     * @return a post; see the components
     */
    public static Post of(PostId id, InstitutionId institution, String title, List<String> duties) {
        return new Post(id, institution, title, duties);
    }
}
