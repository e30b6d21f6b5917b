package org.workerscontest.ops;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalLong;
import java.util.SortedSet;
import java.util.function.LongSupplier;

/**
 * When each gap of the processors' tokens (a position taken by a transaction that has not committed) was first
 * seen. A transaction commits within a deadline of its start or not at all, so a gap seen for longer than that is
 * a rolled-back transaction's and no longer waited for; until then, it is.
 */
public final class GapWatch {

    private final long patienceNanos;
    private final LongSupplier nanoClock;
    private final Map<Long, Long> firstSeen = new HashMap<>();

    /** @param patience the transactions' commit deadline, plus the time the processors take to read a commit */
    public GapWatch(Duration patience) {
        this(patience, System::nanoTime);
    }

    GapWatch(Duration patience, LongSupplier nanoClock) {
        this.patienceNanos = patience.toNanos();
        this.nanoClock = nanoClock;
    }

    /** The lowest of these gaps that may still be filled; empty when every one is past waiting for. */
    public synchronized OptionalLong firstAwaited(SortedSet<Long> gaps) {
        long now = nanoClock.getAsLong();
        firstSeen.keySet().retainAll(gaps);
        OptionalLong awaited = OptionalLong.empty();
        for (long gap : gaps) {
            long seen = firstSeen.computeIfAbsent(gap, unseen -> now);
            if (awaited.isEmpty() && now - seen < patienceNanos) {
                awaited = OptionalLong.of(gap);
            }
        }
        return awaited;
    }
}
