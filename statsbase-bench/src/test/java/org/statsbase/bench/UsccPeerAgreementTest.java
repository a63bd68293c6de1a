package org.statsbase.bench;

import static org.assertj.core.api.Assertions.assertThat;

import cn.hutool.core.util.CreditCodeUtil;
import org.junit.jupiter.api.Test;
import org.statsbase.core.code.UnifiedSocialCreditCode;
import org.statsbase.core.code.UnifiedSocialCreditCode.Reason;

/**
 * The benchmark compares like with like: on its pool statsbase and hutool give the same answer
 * for every code. Where their definitions differ is pinned down below.
 */
class UsccPeerAgreementTest {

    private final UsccPool pool = UsccPool.standard();

    @Test
    void thePoolIsWhatTheBenchmarkSaysItIs() {
        assertThat(pool.valid()).hasSize(UsccPool.DEFAULT_SIZE).doesNotHaveDuplicates();
        assertThat(pool.invalid()).hasSize(UsccPool.DEFAULT_SIZE);
        assertThat(UsccPool.standard().valid()).containsExactly(pool.valid());
        for (String code : pool.valid()) {
            assertThat(UnifiedSocialCreditCode.check(code).isValid()).as(code).isTrue();
        }
        for (String code : pool.invalid()) {
            assertThat(UnifiedSocialCreditCode.check(code).reason().orElseThrow()).as(code)
                    .isIn(Reason.BAD_CHECK_CHARACTER, Reason.ILLEGAL_CHARACTER, Reason.WRONG_LENGTH);
        }
    }

    @Test
    void statsbaseAndHutoolAgreeOnEveryPoolCode() {
        for (String code : pool.valid()) {
            assertThat(CreditCodeUtil.isCreditCode(code)).as(code).isTrue();
            assertThat(UnifiedSocialCreditCode.isValid(code)).as(code).isTrue();
        }
        for (String code : pool.invalid()) {
            assertThat(CreditCodeUtil.isCreditCode(code)).as(code).isFalse();
            assertThat(UnifiedSocialCreditCode.isValid(code)).as(code).isFalse();
        }
    }

    /** hutool checks the charset, digits in 3–8 and the check character only. */
    @Test
    void hutoolAcceptsWhatGb32100Rejects() {
        String[] onlyCheckCharacterRight = {
            withCheck("B1440300192203821"), // no registration authority B
            withCheck("94440300192203821"), // 工商 has no category 4
            withCheck("91000300192203821"), // 00 is no GB/T 2260 province
            withCheck("91440300192203822"), // positions 9-17 fail GB 11714
        };
        for (String code : onlyCheckCharacterRight) {
            assertThat(CreditCodeUtil.isCreditCode(code)).as(code).isTrue();
            assertThat(UnifiedSocialCreditCode.isValid(code)).as(code).isFalse();
        }
    }

    /** statsbase normalises input (NFKC, trim, upper-case) first; hutool takes it as given. */
    @Test
    void statsbaseAcceptsSpellingsHutoolRejects() {
        for (String code : new String[] {"91110108551385082q", " 914403001922038216 ", "９１４４０３００１９２２０３８２１６"}) {
            assertThat(UnifiedSocialCreditCode.isValid(code)).as(code).isTrue();
            assertThat(CreditCodeUtil.isCreditCode(code)).as(code).isFalse();
        }
    }

    private static String withCheck(String first17) {
        return first17 + UnifiedSocialCreditCode.checkCharacter(first17);
    }
}
