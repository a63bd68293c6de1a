package org.statsbase.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;
import org.statsbase.core.code.UnifiedSocialCreditCode;

/**
 * {@code UnifiedSocialCreditCode.isValid} allocates nothing for valid canonical input, even
 * before the JIT compiler could remove allocations: the benchmark's B/op claim, checked in the
 * build. (Lives here because statsbase-core's tests are compiled inside its module, which does not read
 * {@code jdk.management}.)
 */
class UsccAllocationTest {

    @Test
    void isValidAllocatesNothingOnCanonicalValidInput() {
        com.sun.management.ThreadMXBean threads =
                (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long thread = Thread.currentThread().getId();
        String[] codes = UsccPool.standard().valid();
        int valid = 0;
        for (String code : codes) {
            valid += UnifiedSocialCreditCode.isValid(code) ? 1 : 0;
        }
        long before = threads.getThreadAllocatedBytes(thread);
        for (int round = 0; round < 20; round++) {
            for (String code : codes) {
                valid += UnifiedSocialCreditCode.isValid(code) ? 1 : 0;
            }
        }
        long allocated = threads.getThreadAllocatedBytes(thread) - before;
        assertThat(valid).isEqualTo(21 * codes.length);
        // 5,120 calls: one 16-byte object per call would already be 81,920 bytes
        assertThat(allocated).isLessThan(4_096);
    }
}
