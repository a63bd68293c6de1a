package org.statsbase.reporting.ledger;

import java.util.Objects;
import org.statsbase.reporting.ledger.internal.EntryFields;

/**
 * One term of a figure: the entries of an account (or of every account starting with a prefix, such as
 * the sub-accounts {@code 600101}, {@code 600102} of {@code 6001}), added with sign +1 or subtracted
 * with sign −1.
 *
 * <p>Thread safety: immutable.
 *
 * @param account the account code, or the prefix
 * @param prefix  whether {@code account} is a prefix
 * @param sign    +1 or −1
 */
public record AccountTerm(String account, boolean prefix, int sign) {

    /**
     * Checks and normalises the components.
     *
     * @param account the account code, or the prefix
     * @param prefix  whether {@code account} is a prefix
     * @param sign    +1 or −1
     */
    public AccountTerm {
        account = EntryFields.account(Objects.requireNonNull(account, "account"));
        if (sign != 1 && sign != -1) {
            throw new IllegalArgumentException("sign is +1 or -1: " + sign);
        }
    }

    /**
     * The entries of exactly this account, with a sign.
     *
     * @param account the account code, matched exactly
     * @param sign    +1 to add the entries, −1 to subtract them
     * @return the term
     */
    public static AccountTerm account(String account, int sign) {
        return new AccountTerm(account, false, sign);
    }

    /**
     * The entries of every account starting with {@code prefix}, with a sign.
     *
     * @param prefix the start of the account codes selected, for example {@code 6001}
     * @param sign   +1 to add the entries, −1 to subtract them
     * @return the term
     */
    public static AccountTerm prefix(String prefix, int sign) {
        return new AccountTerm(prefix, true, sign);
    }

    /**
     * Whether an entry of {@code code} is selected by this term.
     *
     * @param code an entry's account code
     * @return true when an entry of {@code code} is selected by this term
     */
    public boolean selects(String code) {
        return prefix ? code.startsWith(account) : code.equals(account);
    }

    /**
     * Whether some account would be selected by both terms (and so counted twice).
     *
     * @param other another term of the same figure
     * @return true when some account would be selected by both terms (and so counted twice)
     */
    public boolean overlaps(AccountTerm other) {
        if (!prefix && !other.prefix) {
            return account.equals(other.account);
        }
        if (prefix && other.prefix) {
            return account.startsWith(other.account) || other.account.startsWith(account);
        }
        return prefix ? other.account.startsWith(account) : account.startsWith(other.account);
    }

    @Override
    public String toString() {
        return (sign > 0 ? "+" : "-") + account + (prefix ? "*" : "");
    }
}
