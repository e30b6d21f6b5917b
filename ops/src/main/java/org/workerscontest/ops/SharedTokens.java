package org.workerscontest.ops;

import java.util.Collection;
import java.util.List;

import org.axonframework.eventhandling.TrackingToken;

/**
 * The processors' positions as the token store holds them, which every node shares: read without claiming, so a
 * node that runs none of a processor's segments still knows how far it has come and who runs it.
 */
public interface SharedTokens {

    /** @param owner the node whose claim on the segment is live; null when none is */
    record StoredSegment(int segment, String owner, TrackingToken token) {
    }

    /** The processor's stored segments; empty before any node started it. */
    List<StoredSegment> segments(String processor);

    /** The name this node claims segments under. */
    String nodeId();

    /**
     * Rebuilds across nodes: the node that rebuilds a processor asks the others to stop it, so that it can claim
     * every segment, and lets them start it again once the reset is stored.
     */
    interface RebuildRequests {

        void askOthersToStop(Collection<String> processors);

        void othersMayResume(Collection<String> processors);
    }
}
