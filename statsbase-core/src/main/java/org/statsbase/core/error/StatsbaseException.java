package org.statsbase.core.error;

import java.util.Objects;

/**
 * The root of every exception statsbase throws on purpose: it carries a stable
 * {@link ErrorCode} and its message in Chinese and English.
 *
 * <p>{@link #getMessage()} is {@code "<code> <English> / <Chinese>"} so that a log line is
 * useful to both audiences. Anything statsbase throws that is <em>not</em> a
 * {@code StatsbaseException} is a bug in statsbase.
 *
 * <p>Thread safety: instances are immutable after construction.
 */
public class StatsbaseException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient ErrorCode errorCode;
    /** The stable code text, kept for the serialized form (the {@link ErrorCode} itself is transient). */
    private final String code;
    /** The message in Chinese. */
    private final String messageZh;
    /** The message in English. */
    private final String messageEn;

    /**
     * @param errorCode the stable code
     * @param args      values for the code's message placeholders
     */
    public StatsbaseException(ErrorCode errorCode, Object... args) {
        this(errorCode, null, args);
    }

    /**
     * @param errorCode the stable code
     * @param cause     the underlying cause, may be {@code null}
     * @param args      values for the code's message placeholders
     */
    public StatsbaseException(ErrorCode errorCode, Throwable cause, Object... args) {
        this(Objects.requireNonNull(errorCode, "errorCode"), cause, errorCode.formatZh(args), errorCode.formatEn(args));
    }

    private StatsbaseException(ErrorCode errorCode, Throwable cause, String messageZh, String messageEn) {
        super(errorCode.code() + " " + messageEn + " / " + messageZh, cause);
        this.errorCode = errorCode;
        this.code = errorCode.code();
        this.messageZh = messageZh;
        this.messageEn = messageEn;
    }

    /**
     * The error code.
     *
     * @return the error code
     */
    public ErrorCode errorCode() {
        return errorCode;
    }

    /**
     * The stable code text, for example {@code SB-CORE-0101}.
     *
     * @return the stable code text, for example {@code SB-CORE-0101}
     */
    public String code() {
        return code;
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
}
