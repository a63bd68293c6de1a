package org.statsbase.reporting;

import java.time.Instant;
import java.util.Objects;
import org.statsbase.core.org.PersonId;

/**
 * The office's recorded authorisation for a person to fill in and submit for a defence-industry
 * (军工) unit — the one exception to the ban on 代填代报 (国统字〔2012〕12号, red line 3). Values
 * entered under it are marked with its id ({@link ReportingEvents#PROXY_AUTHORISATION}).
 *
 * @param id       the authorisation id, unique within the unit ({@code A1}, {@code A2} …)
 * @param unitId   the unit
 * @param person   the person authorised
 * @param basis    the document it rests on
 * @param by       who recorded it
 * @param at       when
 * @param sequence the sequence of the {@link ReportingEvents#PROXY_AUTHORISE} event
 *
 * <p>Thread safety: immutable.
 */
public record ProxyAuthorisation(String id, String unitId, PersonId person, String basis, PersonId by, Instant at,
        long sequence) {

    /**
     * Validates the components.
     *
     * @param id       the authorisation id, unique within the unit ({@code A1}, {@code A2} …)
     * @param unitId   the unit
     * @param person   the person authorised
     * @param basis    the document it rests on
     * @param by       who recorded it
     * @param at       when
     * @param sequence the sequence of the {@link ReportingEvents#PROXY_AUTHORISE} event
     */
    public ProxyAuthorisation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(unitId, "unitId");
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(at, "at");
    }

    /**
     * The trail subject of a unit's authorisations: {@code unit/{unitId}}.
     *
     * @param unitId the unit
     * @return the trail subject of a unit's authorisations: {@code unit/{unitId}}
     */
    public static String subject(String unitId) {
        return "unit/" + Objects.requireNonNull(unitId, "unitId");
    }
}
