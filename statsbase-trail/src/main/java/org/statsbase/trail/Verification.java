package org.statsbase.trail;

import java.util.Objects;
import java.util.Optional;

/**
 * The result of walking a trail's chain: how many events were checked, the head reached and the
 * first broken link, if any.
 *
 * <p>Thread safety: immutable.
 */
public final class Verification {

    private final long eventsChecked;
    private final Anchor head;
    private final BrokenLink brokenLink;

    private Verification(long eventsChecked, Anchor head, BrokenLink brokenLink) {
        this.eventsChecked = eventsChecked;
        this.head = Objects.requireNonNull(head, "head");
        this.brokenLink = brokenLink;
    }

    /**
     * An intact chain of {@code eventsChecked} events ending at {@code head}.
     *
     * @param eventsChecked the number of events whose links were checked
     * @param head          the last event of the chain
     * @return an intact verification
     */
    public static Verification intact(long eventsChecked, Anchor head) {
        return new Verification(eventsChecked, head, null);
    }

    /**
     * A chain broken at {@code link}; {@code head} is the last event that still verified.
     *
     * @param eventsChecked the number of events checked, the broken one included
     * @param head          the last event that still verified
     * @param link          the first link that failed
     * @return a broken verification
     */
    public static Verification broken(long eventsChecked, Anchor head, BrokenLink link) {
        return new Verification(eventsChecked, head, Objects.requireNonNull(link, "link"));
    }

    /**
     * Whether every link holds.
     *
     * @return true when every link holds
     */
    public boolean intact() {
        return brokenLink == null;
    }

    /**
     * The number of events whose links were checked (up to and including a broken one).
     *
     * @return the number of events whose links were checked (up to and including a broken one)
     */
    public long eventsChecked() {
        return eventsChecked;
    }

    /**
     * The last event up to which the chain holds.
     *
     * @return the last event up to which the chain holds
     */
    public Anchor head() {
        return head;
    }

    /**
     * The first broken link, empty when the chain is intact.
     *
     * @return the first broken link, empty when the chain is intact
     */
    public Optional<BrokenLink> firstBrokenLink() {
        return Optional.ofNullable(brokenLink);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Verification)) {
            return false;
        }
        Verification v = (Verification) o;
        return eventsChecked == v.eventsChecked && head.equals(v.head) && Objects.equals(brokenLink, v.brokenLink);
    }

    @Override
    public int hashCode() {
        return Objects.hash(eventsChecked, head, brokenLink);
    }

    @Override
    public String toString() {
        return intact() ? "Verification[intact, " + eventsChecked + " events, head " + head.sequence() + "]"
                : "Verification[broken at " + brokenLink + "]";
    }
}
