package org.statsbase.core.org;

import java.util.Objects;

/**
 * One reason a township statistician's transfer is refused under 国统字〔2021〕85号 二（二）, in
 * Chinese and English.
 *
 * <p>Thread safety: immutable.
 */
public final class TransferRefusal {

    private final TransferRefusalReason reason;
    private final Object[] args;

    TransferRefusal(TransferRefusalReason reason, Object... args) {
        this.reason = Objects.requireNonNull(reason, "reason");
        this.args = args.clone();
    }

    /**
     * Why.
     *
     * @return the reason
     */
    public TransferRefusalReason reason() {
        return reason;
    }

    /**
     * The stable code, for example {@code SB-CORE-0931}.
     *
     * @return the stable code, for example {@code SB-CORE-0931}
     */
    public String code() {
        return reason.error().code();
    }

    /**
     * The refusal in Chinese.
     *
     * @return the refusal in Chinese
     */
    public String messageZh() {
        return reason.error().formatZh(args);
    }

    /**
     * The refusal in English.
     *
     * @return the refusal in English
     */
    public String messageEn() {
        return reason.error().formatEn(args);
    }

    Object[] args() {
        return args.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TransferRefusal other && reason == other.reason && messageEn().equals(other.messageEn());
    }

    @Override
    public int hashCode() {
        return Objects.hash(reason, messageEn());
    }

    @Override
    public String toString() {
        return code() + " " + messageEn();
    }
}
