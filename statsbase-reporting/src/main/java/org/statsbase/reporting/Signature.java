package org.statsbase.reporting;

import java.time.Instant;
import java.util.Objects;
import org.statsbase.core.org.PersonId;

/**
 * A signature on a submission as the form carries it (统计法 2009 第二十一条: 填表人, 统计负责人 and
 * 单位负责人 sign the statistical data they submit): who signed, in which capacity, when, and the
 * trail event that records it.
 *
 * @param signatory the capacity signed in ({@link Role#FILLER}, {@link Role#STATISTICS_LEAD}, {@link Role#UNIT_HEAD})
 * @param person    who signed
 * @param at        when
 * @param sequence  the sequence of the {@link ReportingEvents#SIGN} event
 *
 * <p>Thread safety: immutable.
 */
public record Signature(Role signatory, PersonId person, Instant at, long sequence) {

    /**
     * Validates the components.
     *
     * @param signatory the capacity signed in ({@link Role#FILLER}, {@link Role#STATISTICS_LEAD},
     *                  {@link Role#UNIT_HEAD})
     * @param person    who signed
     * @param at        when
     * @param sequence  the sequence of the {@link ReportingEvents#SIGN} event
     */
    public Signature {
        Objects.requireNonNull(signatory, "signatory");
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(at, "at");
    }
}
