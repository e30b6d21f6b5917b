package org.workerscontest.storage;

import org.workerscontest.ops.ProjectionAdmin.RebuildRefused;
import org.workerscontest.shared.DomainRuleViolation;

/** A rebuild that another node kept from happening, told to the user like any refusal. */
public final class ProjectionRebuilds {

    private ProjectionRebuilds() {
    }

    public static void refusedAsViolation(Runnable rebuild) {
        try {
            rebuild.run();
        } catch (RebuildRefused refused) {
            throw new DomainRuleViolation("error.projection.heldElsewhere", refused.processor());
        }
    }
}
