package org.workerscontest.publicview;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.workerscontest.shared.DomainRuleViolation;

/** Five objections an hour from one address; others are not held back by it. */
class ObjectionLimitTest {

    private final AtomicLong now = new AtomicLong();
    private final ObjectionLimit limit = new ObjectionLimit(5, now::get);

    @Test
    void anAddressFilesFiveAtOnceThenOneEveryTwelveMinutes() {
        for (int i = 0; i < 5; i++) {
            limit.admit("203.0.113.7");
        }
        assertThatThrownBy(() -> limit.admit("203.0.113.7")).isInstanceOf(DomainRuleViolation.class)
                .hasMessage("error.objection.tooMany [12]");
        limit.admit("198.51.100.2");

        now.addAndGet(TimeUnit.MINUTES.toNanos(11));
        assertThatThrownBy(() -> limit.admit("203.0.113.7")).hasMessage("error.objection.tooMany [1]");
        now.addAndGet(TimeUnit.MINUTES.toNanos(1));
        limit.admit("203.0.113.7");
    }
}
