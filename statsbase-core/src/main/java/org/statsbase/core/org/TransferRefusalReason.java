package org.statsbase.core.org;

import org.statsbase.core.error.CoreError;
import org.statsbase.core.error.ErrorCode;

/**
 * Why {@link TransferRules} refuses a township statistician's transfer (国统字〔2021〕85号
 * 二（二）: consent of the county bureau, and a handover).
 *
 * <p>Thread safety: immutable constants.
 */
public enum TransferRefusalReason {
    /** The person's institution is not in the directory, so the rule cannot be applied. */
    INSTITUTION_UNKNOWN(CoreError.ORG_TRANSFER_INSTITUTION_UNKNOWN),
    /** No consent recorded. */
    CONSENT_MISSING(CoreError.ORG_TRANSFER_CONSENT_MISSING),
    /** The consenting body is not in the directory. */
    CONSENT_BODY_UNKNOWN(CoreError.ORG_TRANSFER_CONSENT_BODY_UNKNOWN),
    /** The consenting body is not a county bureau (a township station, a department…). */
    CONSENT_NOT_COUNTY_BUREAU(CoreError.ORG_TRANSFER_CONSENT_NOT_COUNTY_BUREAU),
    /** The consenting body is a county bureau, but not the one of the person's township. */
    CONSENT_WRONG_COUNTY(CoreError.ORG_TRANSFER_CONSENT_WRONG_COUNTY),
    /** Consent is dated after the transfer: it must be obtained (征得) first. */
    CONSENT_TOO_LATE(CoreError.ORG_TRANSFER_CONSENT_TOO_LATE),
    /** No handover record. */
    HANDOVER_MISSING(CoreError.ORG_TRANSFER_HANDOVER_MISSING),
    /** The handover record is handed over by somebody else. */
    HANDOVER_WRONG_PERSON(CoreError.ORG_TRANSFER_HANDOVER_WRONG_PERSON),
    /** The handover record's outgoing and incoming person are the same. */
    HANDOVER_SAME_PERSON(CoreError.ORG_TRANSFER_HANDOVER_SAME_PERSON),
    /** A required kind of item (ledgers, accounts, archives by default) is not listed. */
    HANDOVER_INCOMPLETE(CoreError.ORG_TRANSFER_HANDOVER_INCOMPLETE),
    /** A party has not signed the handover record. */
    HANDOVER_UNSIGNED(CoreError.ORG_TRANSFER_HANDOVER_UNSIGNED),
    /** The supervisor is also the outgoing or incoming person. */
    HANDOVER_SUPERVISOR_NOT_INDEPENDENT(CoreError.ORG_TRANSFER_HANDOVER_SUPERVISOR_NOT_INDEPENDENT),
    /** A party signed after the transfer date: the work must be handed over before leaving. */
    HANDOVER_SIGNED_TOO_LATE(CoreError.ORG_TRANSFER_HANDOVER_SIGNED_TOO_LATE);

    private final ErrorCode error;

    TransferRefusalReason(ErrorCode error) {
        this.error = error;
    }

    /**
     * The stable code and message templates.
     *
     * @return the stable code and message templates
     */
    public ErrorCode error() {
        return error;
    }
}
