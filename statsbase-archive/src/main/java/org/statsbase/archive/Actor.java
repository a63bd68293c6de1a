package org.statsbase.archive;

import java.util.Objects;
import org.statsbase.archive.internal.Texts;
import org.statsbase.core.org.PersonId;

/**
 * Who carries out an archive operation: a person and the role they act in (for example {@code archivist}
 * 档案管理员, {@code head} 负责人, {@code appraiser} 鉴定人), recorded as the trail event's actor and role
 * (数据质量责任追究制度: who did what).
 *
 * @param person the person
 * @param role   the role, free text
 *
 * <p>Thread safety: immutable.
 */
public record Actor(PersonId person, String role) {

    /**
     * Checks the components; a blank role is SB-ARC-0001.
     *
     * @param person the person
     * @param role   the role, free text
     */
    public Actor {
        Objects.requireNonNull(person, "person");
        role = Texts.required(role, "role", "角色");
    }

    /**
     * An actor.
     *
     * @param person the person's id, for example a staff number
     * @param role   the role acted in, free text, not blank
     * @return the actor
     */
    public static Actor of(String person, String role) {
        return new Actor(PersonId.of(person), role);
    }
}
