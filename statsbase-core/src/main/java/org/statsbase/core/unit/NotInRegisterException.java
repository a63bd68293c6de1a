package org.statsbase.core.unit;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.statsbase.core.error.CoreError;
import org.statsbase.core.error.StatsbaseException;

/**
 * A unit was asked for data over a period in which it is not (wholly) in the business register:
 * the first reporting red line, 先进库、后有数 / 不在库、不出数 (国统字〔2012〕12号; NBS 联网直报
 * "four red lines"). Its error code is always {@link CoreError#NOT_IN_REGISTER}; the message
 * names the unit, the period and the periods the register does hold for the unit.
 *
 * <p>Thread safety: immutable.
 */
public final class NotInRegisterException extends StatsbaseException {

    private static final long serialVersionUID = 1L;

    /** The unit asked about. */
    private final String unitId;
    /** The first day of the period asked about. */
    private final LocalDate from;
    /** The last day of the period asked about. */
    private final LocalDate to;
    private final transient List<RegisterEntry> entries;

    NotInRegisterException(String unitId, LocalDate from, LocalDate to, List<RegisterEntry> entries) {
        super(CoreError.NOT_IN_REGISTER, unitId, from, to, describe(entries, "无"), describe(entries, "none"));
        this.unitId = Objects.requireNonNull(unitId, "unitId");
        this.from = from;
        this.to = to;
        this.entries = List.copyOf(entries);
    }

    private static String describe(List<RegisterEntry> entries, String none) {
        return entries.isEmpty() ? none
                : entries.stream().map(RegisterEntry::period).collect(Collectors.joining(", "));
    }

    /**
     * The reason: always {@link CoreError#NOT_IN_REGISTER}.
     *
     * @return the reason: always {@link CoreError#NOT_IN_REGISTER}
     */
    public CoreError reason() {
        return CoreError.NOT_IN_REGISTER;
    }

    /**
     * The register id asked for.
     *
     * @return the register id asked for
     */
    public String unitId() {
        return unitId;
    }

    /**
     * The first day of the period asked for.
     *
     * @return the first day of the period asked for
     */
    public LocalDate from() {
        return from;
    }

    /**
     * The last day (inclusive) of the period asked for.
     *
     * @return the last day (inclusive) of the period asked for
     */
    public LocalDate to() {
        return to;
    }

    /**
     * The register entries the unit does have (possibly none), in date order.
     *
     * @return the register entries the unit does have (possibly none), in date order
     */
    public List<RegisterEntry> entries() {
        return entries == null ? List.of() : entries;
    }
}
