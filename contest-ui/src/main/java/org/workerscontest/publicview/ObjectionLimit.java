package org.workerscontest.publicview;

import java.util.function.LongSupplier;

import org.workerscontest.shared.DomainRuleViolation;

/** How many objections one client address may file: {@code perHour} at once, then one more every 3600/perHour s. */
public class ObjectionLimit {

    private final PublicRateLimiter buckets;

    public ObjectionLimit(int perHour, LongSupplier nanoTime) {
        this.buckets = new PublicRateLimiter(perHour / 3600.0, perHour, 1, nanoTime);
    }

    /** @throws DomainRuleViolation when this address has filed its share; says how many minutes to wait */
    public void admit(String clientAddress) {
        long seconds = buckets.admit(clientAddress);
        if (seconds > 0) {
            throw new DomainRuleViolation("error.objection.tooMany", (seconds + 59) / 60);
        }
    }
}
