package org.workerscontest.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.workerscontest.ops.ProjectionAdmin.HandledPositions;

/** How long the feed waits behind a position whose transaction has not committed. */
class GapWatchTest {

    private final AtomicLong now = new AtomicLong();
    private final GapWatch watch = new GapWatch(Duration.ofSeconds(15), now::get);

    private static TreeSet<Long> gaps(Long... positions) {
        return new TreeSet<>(List.of(positions));
    }

    private void advance(Duration by) {
        now.addAndGet(by.toNanos());
    }

    @Test
    void aGapIsWaitedForUntilItsPatienceHasPassedSinceItWasFirstSeen() {
        HandledPositions handled = new HandledPositions(20, gaps(7L));
        assertThat(handled.handledThrough(watch)).isEqualTo(6);
        advance(Duration.ofSeconds(14));
        assertThat(handled.handledThrough(watch)).as("still within the commit deadline").isEqualTo(6);
        advance(Duration.ofSeconds(1));
        assertThat(handled.handledThrough(watch)).as("its transaction was rolled back").isEqualTo(20);
    }

    @Test
    void eachGapHasItsOwnClockAndAFilledOneIsForgotten() {
        assertThat(new HandledPositions(20, gaps(7L)).handledThrough(watch)).isEqualTo(6);
        advance(Duration.ofSeconds(10));
        assertThat(new HandledPositions(30, gaps(7L, 25L)).handledThrough(watch)).isEqualTo(6);
        advance(Duration.ofSeconds(5));
        assertThat(new HandledPositions(30, gaps(7L, 25L)).handledThrough(watch))
                .as("7 is given up, 25 was seen only 5 s ago").isEqualTo(24);
        assertThat(new HandledPositions(30, gaps()).handledThrough(watch)).as("25 committed").isEqualTo(30);

        // Seen again later (a processor's token after a restart): waited for afresh, not taken as given up.
        assertThat(new HandledPositions(30, gaps(25L)).handledThrough(watch)).isEqualTo(24);
    }

    @Test
    void withoutGapsOrWithoutARunningSegmentThePositionStands() {
        assertThat(new HandledPositions(12, gaps()).handledThrough(watch)).isEqualTo(12);
        assertThat(new HandledPositions(-1, gaps()).handledThrough(watch)).isEqualTo(-1);
    }
}
