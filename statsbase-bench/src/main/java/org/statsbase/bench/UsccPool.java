package org.statsbase.bench;

import java.util.SplittableRandom;
import org.statsbase.core.code.OrganizationCategory;
import org.statsbase.core.code.OrganizationCode;
import org.statsbase.core.code.Province;
import org.statsbase.core.code.UnifiedSocialCreditCode;

/**
 * A fixed, seeded pool of unified social credit codes (GB 32100-2015) on which statsbase and its
 * peers are measured: the same inputs for every contender.
 *
 * <p>Valid codes cover every authority/category pair, divisions under every GB/T 2260 province and
 * {@code 10}, organisation codes of digits or of the code's charset. Invalid codes are, in equal
 * shares, a valid code with a wrong check character, with one character outside the charset
 * ({@code I O S V Z}), or one character too short or too long. All are canonical (upper-case
 * ASCII, no blanks), the form both libraries accept.
 *
 * <p>Thread safety: immutable after construction; the arrays are shared, never modified.
 */
public final class UsccPool {

    /** The pool size used by the benchmark. */
    public static final int DEFAULT_SIZE = 256;
    /** The seed used by the benchmark. */
    public static final long DEFAULT_SEED = 20_261_127L;

    private static final String CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final String ILLEGAL = "IOSVZ";

    private final String[] valid;
    private final String[] invalid;

    private UsccPool(String[] valid, String[] invalid) {
        this.valid = valid;
        this.invalid = invalid;
    }

    /** The benchmark's pool. */
    public static UsccPool standard() {
        return generate(DEFAULT_SIZE, DEFAULT_SEED);
    }

    /** {@code size} valid and {@code size} invalid codes from {@code seed}. */
    public static UsccPool generate(int size, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        OrganizationCategory[] categories = OrganizationCategory.values();
        Province[] provinces = Province.values();
        String[] valid = new String[size];
        String[] invalid = new String[size];
        for (int i = 0; i < size; i++) {
            OrganizationCategory category = categories[i % categories.length];
            int prefix = random.nextInt(provinces.length + 1);
            String division = (prefix == provinces.length ? "10" : provinces[prefix].codeText())
                    + digits(random, 4);
            String body = random.nextBoolean() ? digits(random, 8) : chars(random, CHARSET, 8);
            String first17 = category.prefix() + division + body + OrganizationCode.checkCharacter(body);
            valid[i] = first17 + UnifiedSocialCreditCode.checkCharacter(first17);
            invalid[i] = spoil(valid[i], i % 3, random);
        }
        return new UsccPool(valid, invalid);
    }

    private static String spoil(String code, int kind, SplittableRandom random) {
        switch (kind) {
            case 0: {
                char wrong;
                do {
                    wrong = CHARSET.charAt(random.nextInt(CHARSET.length()));
                } while (wrong == code.charAt(17));
                return code.substring(0, 17) + wrong;
            }
            case 1: {
                int at = random.nextInt(code.length());
                return code.substring(0, at) + ILLEGAL.charAt(random.nextInt(ILLEGAL.length())) + code.substring(at + 1);
            }
            default:
                return random.nextBoolean() ? code.substring(0, 17) : code + CHARSET.charAt(random.nextInt(10));
        }
    }

    private static String digits(SplittableRandom random, int n) {
        return chars(random, "0123456789", n);
    }

    private static String chars(SplittableRandom random, String from, int n) {
        StringBuilder out = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            out.append(from.charAt(random.nextInt(from.length())));
        }
        return out.toString();
    }

    /** The valid codes (a copy). */
    public String[] valid() {
        return valid.clone();
    }

    /** The invalid codes (a copy). */
    public String[] invalid() {
        return invalid.clone();
    }
}
