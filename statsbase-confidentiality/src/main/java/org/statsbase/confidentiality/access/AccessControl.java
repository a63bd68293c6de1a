package org.statsbase.confidentiality.access;

import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.statsbase.trail.Trail;
import org.statsbase.trail.TrailEvent;

/**
 * An {@link AccessPolicy} whose every decision is written to the trail before it is returned
 * ({@link AccessEvents}): 统计工作保密制度 requires a record of who was given — or refused — which data.
 *
 * <p>Thread safety: thread-safe (the policy is immutable, {@link Trail} is thread-safe).
 */
public final class AccessControl {

    private static final Logger LOG = LoggerFactory.getLogger(AccessControl.class);

    private final AccessPolicy policy;
    private final Trail trail;

    private AccessControl(AccessPolicy policy, Trail trail) {
        this.policy = policy;
        this.trail = trail;
    }

    /**
     * Decisions of {@code policy}, recorded in {@code trail}.
     *
     * @param policy the access rules applied
     * @param trail  the trail every decision is recorded in
     * @return the access control
     */
    public static AccessControl of(AccessPolicy policy, Trail trail) {
        return new AccessControl(Objects.requireNonNull(policy, "policy"), Objects.requireNonNull(trail, "trail"));
    }

    /**
     * Decides and records the decision; returns only after the trail made it durable.
     *
     * @param subject  who asks, in which role, with which clearance, jurisdiction and purpose
     * @param resource the data asked for
     * @param action   read, export or publish
     * @return the decision, already durable in the trail; a deny names its rule and carries an {@code SB-CONF-02xx}
     *         code
     * @throws org.statsbase.trail.error.TrailException when the trail cannot record it (no decision is then given)
     */
    public AccessDecision decide(Subject subject, Resource resource, Action action) {
        AccessDecision decision = policy.decide(subject, resource, action);
        record(decision);
        return decision;
    }

    /**
     * Writes {@code decision} to the trail and returns the chained event.
     *
     * @param decision a decision of {@link AccessPolicy#decide}
     * @return the durable trail event: done for a permit, refused with the rule's code for a deny
     */
    public TrailEvent record(AccessDecision decision) {
        TrailEvent event = trail.append(AccessEvents.draft(decision));
        if (!decision.permitted()) {
            LOG.info("access refused: {} {} {} ({})", decision.subject().id(), decision.action().nameEn(),
                    decision.resource().id(), decision.code().orElse(""));
        }
        return event;
    }

    /**
     * The policy applied.
     *
     * @return the access rules applied
     */
    public AccessPolicy policy() {
        return policy;
    }
}
