package org.statsbase.core.org;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A statistics worker leaving their institution on a given day — to another institution, or
 * out of statistical work — with what {@link TransferRules} looks at: the county bureau's
 * consent and the handover record (国统字〔2021〕85号 二（二）"乡镇统计人员的调动，应当征得
 * 县级人民政府统计机构的同意，并做好工作交接").
 *
 * <p>Built in steps: {@link #of} then {@link #to}, {@link #withConsent}, {@link #withHandover}.
 *
 * <p>Thread safety: immutable.
 */
public final class Transfer {

    private final StaffMember person;
    private final LocalDate date;
    private final InstitutionId destination;
    private final CountyConsent consent;
    private final HandoverRecord handover;

    private Transfer(StaffMember person, LocalDate date, InstitutionId destination, CountyConsent consent,
            HandoverRecord handover) {
        this.person = Objects.requireNonNull(person, "person");
        this.date = Objects.requireNonNull(date, "date");
        this.destination = destination;
        this.consent = consent;
        this.handover = handover;
    }

    /**
     * {@code person} leaving {@link StaffMember#institution()} on {@code date}, without consent or handover yet.
     *
     * @param person the statistician transferred
     * @param date the day they leave
     * @return the transfer
     */
    public static Transfer of(StaffMember person, LocalDate date) {
        return new Transfer(person, date, null, null, null);
    }

    /**
     * The same transfer, going to {@code newDestination}.
     *
     * @param newDestination the institution they go to
     * @return the same transfer, going to {@code newDestination}
     */
    public Transfer to(InstitutionId newDestination) {
        return new Transfer(person, date, Objects.requireNonNull(newDestination, "newDestination"), consent, handover);
    }

    /**
     * The same transfer with the county bureau's consent recorded.
     *
     * @param newConsent the county bureau's consent
     * @return the same transfer with the county bureau's consent recorded
     */
    public Transfer withConsent(CountyConsent newConsent) {
        return new Transfer(person, date, destination, Objects.requireNonNull(newConsent, "newConsent"), handover);
    }

    /**
     * The same transfer with a handover record.
     *
     * @param newHandover the handover record
     * @return the same transfer with a handover record
     */
    public Transfer withHandover(HandoverRecord newHandover) {
        return new Transfer(person, date, destination, consent, Objects.requireNonNull(newHandover, "newHandover"));
    }

    /**
     * Who is transferred, as they are before the transfer.
     *
     * @return the person
     */
    public StaffMember person() {
        return person;
    }

    /**
     * The institution they leave.
     *
     * @return the institution they leave
     */
    public InstitutionId from() {
        return person.institution();
    }

    /**
     * The day the transfer takes effect.
     *
     * @return the day the transfer takes effect
     */
    public LocalDate date() {
        return date;
    }

    /**
     * Where they go, if to another institution known here.
     *
     * @return the destination; empty when unknown here
     */
    public Optional<InstitutionId> destination() {
        return Optional.ofNullable(destination);
    }

    /**
     * The recorded consent, if any.
     *
     * @return the recorded consent, if any
     */
    public Optional<CountyConsent> consent() {
        return Optional.ofNullable(consent);
    }

    /**
     * The handover record, if any.
     *
     * @return the handover record, if any
     */
    public Optional<HandoverRecord> handover() {
        return Optional.ofNullable(handover);
    }

    /**
     * The person after the transfer: at the destination, or unchanged if it has none.
     *
     * @return the person after the transfer: at the destination, or unchanged if it has none
     */
    public StaffMember personAfter() {
        return destination == null ? person : person.movedTo(destination);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Transfer other && person.equals(other.person) && date.equals(other.date)
                && Objects.equals(destination, other.destination) && Objects.equals(consent, other.consent)
                && Objects.equals(handover, other.handover);
    }

    @Override
    public int hashCode() {
        return Objects.hash(person, date, destination, consent, handover);
    }

    @Override
    public String toString() {
        return "Transfer[" + person.id() + " from " + from() + (destination == null ? "" : " to " + destination)
                + " on " + date + (consent == null ? ", no consent" : ", consent " + consent.date())
                + (handover == null ? ", no handover" : ", " + handover) + "]";
    }
}
