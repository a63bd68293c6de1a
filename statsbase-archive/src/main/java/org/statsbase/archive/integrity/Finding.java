package org.statsbase.archive.integrity;

import java.util.Objects;

/**
 * One finding of a four-property check (DA/T 70-2018): its kind (and so its property), what it concerns (a
 * record id, an archival group, or {@code trail}) and the message in Chinese and English.
 *
 * <p>Thread safety: immutable.
 */
public final class Finding {

    private final FindingKind kind;
    private final String subject;
    private final String messageZh;
    private final String messageEn;

    private Finding(FindingKind kind, String subject, String messageZh, String messageEn) {
        this.kind = kind;
        this.subject = subject;
        this.messageZh = messageZh;
        this.messageEn = messageEn;
    }

    /**
     * A finding.
     *
     * @param kind    what was found
     * @param subject the record id, group or {@code trail}
     * @param detail1 the first detail ({@code {1}}: the Chinese detail where the kind has one per language)
     * @param detail2 the second detail ({@code {2}}: the English detail where the kind has one per language)
     * @return a finding
     */
    public static Finding of(FindingKind kind, String subject, Object detail1, Object detail2) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(subject, "subject");
        return new Finding(kind, subject, kind.formatZh(subject, detail1, detail2), kind.formatEn(subject, detail1, detail2));
    }

    /**
     * What was found.
     *
     * @return what was found
     */
    public FindingKind kind() {
        return kind;
    }

    /**
     * The property it counts against.
     *
     * @return the property it counts against
     */
    public Property property() {
        return kind.property();
    }

    /**
     * The record id, archival group or {@code trail} it concerns.
     *
     * @return the record id, archival group or {@code trail} it concerns
     */
    public String subject() {
        return subject;
    }

    /**
     * The message in Chinese.
     *
     * @return the message in Chinese
     */
    public String messageZh() {
        return messageZh;
    }

    /**
     * The message in English.
     *
     * @return the message in English
     */
    public String messageEn() {
        return messageEn;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Finding f && kind == f.kind && subject.equals(f.subject) && messageEn.equals(f.messageEn);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, subject, messageEn);
    }

    @Override
    public String toString() {
        return kind.property() + "/" + kind + ": " + messageEn;
    }
}
