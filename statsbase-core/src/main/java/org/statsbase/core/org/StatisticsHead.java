package org.statsbase.core.org;

import java.util.Objects;
import java.util.Optional;
import org.statsbase.core.org.internal.OrgChecks;

/**
 * The named person responsible for an institution's statistical work (统计负责人 /
 * 统计工作负责人): 国统字〔2021〕85号 二（一） parks 指定统计工作负责人, 二（二） village committees
 * 指定统计工作负责人, 二（三） county departments 指定统计负责人, 二（四） enterprises
 * 明确本单位统计负责人.
 *
 * @param name   the person's name, stripped, not blank
 * @param person the person's identifier, when the person is also known as a {@link StaffMember}
 *
 * <p>Thread safety: immutable.
 */
public record StatisticsHead(String name, Optional<PersonId> person) {

    /**
     * Checks the components.
     *
     * @param name the person's name, stripped, not blank
     * @param person the person's identifier, when the person is also known as a {@link StaffMember}
     * @throws org.statsbase.core.error.StatsbaseException {@code SB-CORE-0901} blank name
     */
    public StatisticsHead {
        name = OrgChecks.text(name, "统计负责人姓名", "statistics head's name");
        Objects.requireNonNull(person, "person");
    }

    /**
     * A head known by name only.
     *
     * @param name the person's name, stripped, not blank
     * @return a head known by name only
     */
    public static StatisticsHead named(String name) {
        return new StatisticsHead(name, Optional.empty());
    }

    /**
     * A head who is also on the staff records as {@code person}.
     *
     * @param name the person's name, stripped, not blank
     * @param person the person's identifier, when the person is also known as a {@link StaffMember}
     * @return a head who is also on the staff records as {@code person}
     */
    public static StatisticsHead of(String name, PersonId person) {
        return new StatisticsHead(name, Optional.of(Objects.requireNonNull(person, "person")));
    }
}
