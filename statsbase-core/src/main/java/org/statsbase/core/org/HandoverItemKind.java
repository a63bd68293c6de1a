package org.statsbase.core.org;

/**
 * A kind of thing handed over when a statistician leaves a post (工作交接, 国统字〔2021〕85号
 * 二（二） for township statisticians, 三（八）统计工作交接制度 for enterprises).
 *
 * <p>Extensible: statsbase-core defines the ledgers, accounts and archives of
 * {@link StandardHandoverItemKind}; other modules (the submission workflow adds open
 * submissions and queries) and users add kinds by implementing this interface, best with an
 * enum, so that kinds compare by identity and {@link #code()} stays unique.
 *
 * <p>Thread safety: implementations must be immutable.
 */
public interface HandoverItemKind {

    /**
     * A stable, unique code of the kind, for example {@code LEDGER}.
     *
     * @return a stable, unique code of the kind, for example {@code LEDGER}
     */
    String code();

    /**
     * The Chinese name, for example 台账.
     *
     * @return the Chinese name, for example 台账
     */
    String nameZh();

    /**
     * The English name.
     *
     * @return the English name
     */
    String nameEn();
}
