package org.statsbase.core.error;

/**
 * A stable, numbered error code with its message in Chinese and English.
 *
 * <p>Codes have the form {@code SB-<MODULE>-NNNN}. A code, once published, keeps its meaning
 * forever: callers may switch on it, log it and show it to users. Each module lists all of its
 * codes in one enum (for statsbase-core: {@link CoreError}).
 *
 * <p>Templates use positional placeholders {@code {0}}, {@code {1}}, … which
 * {@link #formatZh(Object...)} and {@link #formatEn(Object...)} replace with
 * {@link String#valueOf(Object)} of the argument; a placeholder without argument stays as written. An argument
 * longer than 10,000 characters (hostile input echoed in a message) appears as its first 1,000 characters,
 * "…" and its length in brackets, so that a message never holds megabytes of someone's input.
 *
 * <p>Thread safety: implementations are immutable constants and safe to share.
 */
public interface ErrorCode {

    /**
     * The stable code, for example {@code SB-CORE-0101}.
     *
     * @return the stable code, for example {@code SB-CORE-0101}
     */
    String code();

    /**
     * The message template in Chinese (zh-CN).
     *
     * @return the message template in Chinese (zh-CN)
     */
    String templateZh();

    /**
     * The message template in English.
     *
     * @return the message template in English
     */
    String templateEn();

    /**
     * The Chinese message with its placeholders filled.
     *
     * @param args the arguments of the templates' placeholders {@code {0}}, {@code {1}} …
     * @return the Chinese message with its placeholders filled
     */
    default String formatZh(Object... args) {
        return Templates.fill(templateZh(), args);
    }

    /**
     * The English message with its placeholders filled.
     *
     * @param args the arguments of the templates' placeholders {@code {0}}, {@code {1}} …
     * @return the English message with its placeholders filled
     */
    default String formatEn(Object... args) {
        return Templates.fill(templateEn(), args);
    }
}
