package org.statsbase.trail;

import java.util.Objects;

/**
 * The first place where a trail's chain does not hold.
 *
 * @param sequence the sequence of the event where the chain breaks (for {@link Reason#TAIL_MISSING},
 *                 the first missing one)
 * @param reason   what does not hold
 * @param expected what the chain requires there (a hash in hex, a sequence number, an algorithm)
 * @param found    what is there instead ({@code ""} when nothing is)
 *
 * <p>Thread safety: immutable.
 */
public record BrokenLink(long sequence, Reason reason, String expected, String found) {

    /**
     * Validates the components.
     *
     * @param sequence the sequence of the event whose link failed, from 1
     * @param reason   why the link failed
     * @param expected what the chain requires there (a hash in hex, a sequence number, an algorithm)
     * @param found    what is there instead ({@code ""} when nothing is)
     */
    public BrokenLink {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(expected, "expected");
        Objects.requireNonNull(found, "found");
    }

    /** Why a link is broken. */
    public enum Reason {
        /** The event's bytes do not hash to its recorded hash: the event was changed. */
        HASH_MISMATCH("事件内容与其摘要不符（事件被修改）", "the event's bytes do not match its hash (the event was changed)"),
        /** The event does not name the hash of the event before it: an event was changed, removed or moved. */
        PREVIOUS_HASH_MISMATCH("事件记录的前一摘要与前一事件不符", "the event's previous hash is not the hash of the event before it"),
        /** The sequence does not continue: an event was removed, inserted or moved. */
        SEQUENCE_GAP("事件序号不连续（事件被删除、插入或调换）", "the sequence does not continue (an event was removed, inserted or moved)"),
        /** The event's bytes cannot be decoded. */
        UNREADABLE("事件无法解码", "the event cannot be decoded"),
        /** The event was chained with another algorithm than the trail's. */
        ALGORITHM_MISMATCH("事件使用了另一种摘要算法", "the event was chained with another algorithm"),
        /** The trail ends before the anchor: events were removed from the end. */
        TAIL_MISSING("日志短于锚点（末尾事件被删除）", "the trail ends before the anchor (events were removed from the end)"),
        /** The event at the anchor's sequence has another hash: the chain was rewritten. */
        ANCHOR_MISMATCH("锚点处事件的摘要不符（日志被改写）", "the event at the anchor has another hash (the chain was rewritten)");

        private final String zh;
        private final String en;

        Reason(String zh, String en) {
            this.zh = zh;
            this.en = en;
        }

        /**
         * What the reason means, in Chinese.
         *
         * @return the reason's description in Chinese, never blank
         */
        public String descriptionZh() {
            return zh;
        }

        /**
         * What the reason means, in English.
         *
         * @return the reason's description in English, never blank
         */
        public String descriptionEn() {
            return en;
        }
    }
}
