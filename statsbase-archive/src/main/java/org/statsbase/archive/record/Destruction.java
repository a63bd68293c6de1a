package org.statsbase.archive.record;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.statsbase.archive.internal.Texts;
import org.statsbase.core.org.PersonId;

/**
 * The destruction certificate (销毁证明) kept on a destroyed record's metadata remnant: the destruction
 * list (销毁清册) it was on, the head who approved it, the method and date, and the two or more
 * supervisors (监销人) who signed. 档案法 2020 第二十一条 (no destruction without approval), and the
 * practice of supervised destruction with a signed list.
 *
 * <p>Thread safety: immutable.
 */
public final class Destruction {

    private final DestructionListId list;
    private final PersonId approvedBy;
    private final String method;
    private final LocalDate date;
    private final List<PersonId> supervisors;
    private final String certificate;

    private Destruction(DestructionListId list, PersonId approvedBy, String method, LocalDate date,
            List<PersonId> supervisors, String certificate) {
        this.list = list;
        this.approvedBy = approvedBy;
        this.method = method;
        this.date = date;
        this.supervisors = supervisors;
        this.certificate = certificate;
    }

    /**
     * A certificate.
     *
     * @param certificate the certificate number or text (for example the list number and page)
     * @param list        the destruction list the record was on
     * @param approvedBy  the head who approved the list
     * @param method      how it was destroyed, for example 粉碎
     * @param date        the date of destruction
     * @param supervisors the supervisors (监销人) who signed, at least two distinct
     * @return the certificate
     * @throws IllegalArgumentException if fewer than two distinct supervisors are named
     */
    public static Destruction of(DestructionListId list, PersonId approvedBy, String method, LocalDate date,
            List<PersonId> supervisors, String certificate) {
        List<PersonId> s = List.copyOf(Objects.requireNonNull(supervisors, "supervisors"));
        if (s.stream().distinct().count() < 2) {
            throw new IllegalArgumentException("a destruction is signed by at least two supervisors: " + s);
        }
        return new Destruction(Objects.requireNonNull(list, "list"), Objects.requireNonNull(approvedBy, "approvedBy"),
                Texts.required(method, "destruction method", "销毁方式"), Objects.requireNonNull(date, "date"), s,
                Texts.required(certificate, "destruction certificate", "销毁证明"));
    }

    /**
     * The destruction list.
     *
     * @return the destruction list
     */
    public DestructionListId list() {
        return list;
    }

    /**
     * The head who approved the list.
     *
     * @return the head who approved the list
     */
    public PersonId approvedBy() {
        return approvedBy;
    }

    /**
     * The method (for example 粉碎, 数据擦除).
     *
     * @return the method (for example 粉碎, 数据擦除)
     */
    public String method() {
        return method;
    }

    /**
     * The date of destruction.
     *
     * @return the date of destruction
     */
    public LocalDate date() {
        return date;
    }

    /**
     * The supervisors who signed, at least two.
     *
     * @return the supervisors who signed, at least two
     */
    public List<PersonId> supervisors() {
        return supervisors;
    }

    /**
     * The certificate number or text.
     *
     * @return the certificate number or text
     */
    public String certificate() {
        return certificate;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Destruction d && list.equals(d.list) && approvedBy.equals(d.approvedBy)
                && method.equals(d.method) && date.equals(d.date) && supervisors.equals(d.supervisors)
                && certificate.equals(d.certificate);
    }

    @Override
    public int hashCode() {
        return Objects.hash(list, date, certificate);
    }

    @Override
    public String toString() {
        return "Destruction[" + list + ", " + method + ", " + date + ", supervisors " + supervisors + ", " + certificate + "]";
    }
}
