package org.statsbase.archive.record;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.statsbase.core.level.ConfidentialityLevel;

/**
 * The descriptive metadata of a record, a subset of DA/T 46-2009《文书类电子文件元数据方案》: 题名 (title),
 * 责任者 (responsible party), 日期 (date), 密级 (confidentiality level), 保密期限 (secrecy period), 保管期限
 * (retention), 档号 (archival code) and the file format (格式信息, for the usability check of DA/T 70-2018).
 * The 数字摘要 (digest) is on the {@link ArchivedRecord}.
 *
 * <p>Title and responsible party are kept as given, blanks included: whether required metadata is
 * present is a finding of the four-property check, not a reason to lose the record.
 *
 * <p>Thread safety: immutable.
 */
public final class Metadata {

    private final String title;
    private final String responsibleParty;
    private final LocalDate date;
    private final ConfidentialityLevel confidentiality;
    private final int secrecyYears;
    private final RetentionPeriod retention;
    private final ArchivalCode archivalCode;
    private final String format;

    private Metadata(Builder b) {
        this.title = b.title;
        this.responsibleParty = b.responsibleParty;
        this.date = Objects.requireNonNull(b.date, "date");
        this.confidentiality = b.confidentiality;
        this.secrecyYears = b.secrecyYears;
        this.retention = Objects.requireNonNull(b.retention, "retention");
        this.archivalCode = b.archivalCode;
        this.format = b.format;
    }

    /**
     * A builder; {@code date} and {@code retention} are required, the level defaults to non-secret.
     *
     * @return a builder; {@code date} and {@code retention} are required, the level defaults to non-secret
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder starting from this metadata.
     *
     * @return a builder starting from this metadata
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.title = title;
        b.responsibleParty = responsibleParty;
        b.date = date;
        b.confidentiality = confidentiality;
        b.secrecyYears = secrecyYears;
        b.retention = retention;
        b.archivalCode = archivalCode;
        b.format = format;
        return b;
    }

    /**
     * 题名.
     *
     * @return the title (题名)
     */
    public String title() {
        return title;
    }

    /**
     * 责任者.
     *
     * @return the responsible party (责任者)
     */
    public String responsibleParty() {
        return responsibleParty;
    }

    /**
     * 日期 (the document's date).
     *
     * @return the document's date (日期)
     */
    public LocalDate date() {
        return date;
    }

    /**
     * 密级.
     *
     * @return the confidentiality level (密级)
     */
    public ConfidentialityLevel confidentiality() {
        return confidentiality;
    }

    /**
     * 保密期限 in years; empty when none is set.
     *
     * @return the secrecy period (保密期限) in years; empty when none is set
     */
    public OptionalInt secrecyYears() {
        return secrecyYears == 0 ? OptionalInt.empty() : OptionalInt.of(secrecyYears);
    }

    /**
     * 保管期限 as described; the period that applies is the longer of this and the schedule's.
     *
     * @return the retention period (保管期限) as described; the period that applies is the longer of this and the
     *         schedule's
     */
    public RetentionPeriod retention() {
        return retention;
    }

    /**
     * 档号, if the record was given one.
     *
     * @return the archival code (档号); empty when the record has none
     */
    public Optional<ArchivalCode> archivalCode() {
        return Optional.ofNullable(archivalCode);
    }

    /**
     * The file format, upper-case, for example {@code PDF} or {@code OFD}; {@code ""} if unknown.
     *
     * @return the file format, upper-case, for example {@code PDF} or {@code OFD}; {@code ""} if unknown
     */
    public String format() {
        return format;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Metadata m && title.equals(m.title) && responsibleParty.equals(m.responsibleParty)
                && date.equals(m.date) && confidentiality == m.confidentiality && secrecyYears == m.secrecyYears
                && retention.equals(m.retention) && Objects.equals(archivalCode, m.archivalCode) && format.equals(m.format);
    }

    @Override
    public int hashCode() {
        return Objects.hash(title, responsibleParty, date, confidentiality, secrecyYears, retention, archivalCode, format);
    }

    @Override
    public String toString() {
        return "Metadata[" + title + ", " + responsibleParty + ", " + date + ", " + confidentiality
                + (secrecyYears == 0 ? "" : " " + secrecyYears + "y") + ", " + retention
                + (archivalCode == null ? "" : ", " + archivalCode) + (format.isEmpty() ? "" : ", " + format) + "]";
    }

    /** Builds {@link Metadata}. Thread safety: not thread-safe. */
    public static final class Builder {
        private String title = "";
        private String responsibleParty = "";
        private LocalDate date;
        private ConfidentialityLevel confidentiality = ConfidentialityLevel.INTERNAL;
        private int secrecyYears;
        private RetentionPeriod retention;
        private ArchivalCode archivalCode;
        private String format = "";

        private Builder() {
        }

        /**
         * 题名.
         *
         * @param title the title (题名)
         * @return this builder
         */
        public Builder title(String title) {
            this.title = Objects.requireNonNull(title, "title").strip();
            return this;
        }

        /**
         * 责任者.
         *
         * @param responsibleParty the responsible party (责任者)
         * @return this builder
         */
        public Builder responsibleParty(String responsibleParty) {
            this.responsibleParty = Objects.requireNonNull(responsibleParty, "responsibleParty").strip();
            return this;
        }

        /**
         * 日期.
         *
         * @param date the document's date (日期)
         * @return this builder
         */
        public Builder date(LocalDate date) {
            this.date = Objects.requireNonNull(date, "date");
            return this;
        }

        /**
         * 密级.
         *
         * @param level the confidentiality level (密级)
         * @return this builder
         */
        public Builder confidentiality(ConfidentialityLevel level) {
            this.confidentiality = Objects.requireNonNull(level, "level");
            return this;
        }

        /**
         * 保密期限 in years (0 for none).
         *
         * @param years the secrecy period (保密期限) in years, 0 for none
         * @return this builder
         */
        public Builder secrecyYears(int years) {
            if (years < 0) {
                throw new IllegalArgumentException("secrecy years must be >= 0: " + years);
            }
            this.secrecyYears = years;
            return this;
        }

        /**
         * 保管期限.
         *
         * @param retention the retention period (保管期限)
         * @return this builder
         */
        public Builder retention(RetentionPeriod retention) {
            this.retention = Objects.requireNonNull(retention, "retention");
            return this;
        }

        /**
         * 档号.
         *
         * @param code the archival code (档号)
         * @return this builder
         */
        public Builder archivalCode(ArchivalCode code) {
            this.archivalCode = Objects.requireNonNull(code, "code");
            return this;
        }

        /**
         * Removes the archival code.
         *
         * @return this builder
         */
        public Builder noArchivalCode() {
            this.archivalCode = null;
            return this;
        }

        /**
         * The file format, for example {@code pdf} (upper-cased).
         *
         * @param format the file format, for example {@code pdf}
         * @return this builder
         */
        public Builder format(String format) {
            this.format = Objects.requireNonNull(format, "format").strip().toUpperCase(java.util.Locale.ROOT);
            return this;
        }

        /**
         * The metadata.
         *
         * @return the metadata
         */
        public Metadata build() {
            return new Metadata(this);
        }
    }
}
