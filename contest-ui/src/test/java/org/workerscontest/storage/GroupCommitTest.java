package org.workerscontest.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

/** Each commit is answered only after a write-out that began after it; one write-out serves many commits. */
class GroupCommitTest {

    @Test
    void everyCommitWaitsForAWriteOutThatBeganAfterItAndConcurrentCommitsShareWriteOuts() throws Exception {
        AtomicLong committed = new AtomicLong();
        AtomicLong writtenThrough = new AtomicLong();
        AtomicInteger writeOuts = new AtomicInteger();
        GroupCommit<String> group = new GroupCommit<>(connection -> {
            long upTo = committed.get();
            writeOuts.incrementAndGet();
            Thread.sleep(5);
            writtenThrough.set(upTo);
        });
        int threads = 16;
        int commitsEach = 50;
        List<Throwable> failures = new ArrayList<>();
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> committers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            committers.add(Thread.ofPlatform().start(() -> {
                try {
                    start.await();
                    for (int i = 0; i < commitsEach; i++) {
                        long mine = committed.incrementAndGet();
                        group.awaitWrittenOut("connection");
                        if (writtenThrough.get() < mine) {
                            throw new AssertionError("answered before commit " + mine + " was written out");
                        }
                    }
                } catch (Throwable e) {
                    synchronized (failures) {
                        failures.add(e);
                    }
                }
            }));
        }
        start.countDown();
        for (Thread committer : committers) {
            committer.join();
        }
        assertThat(failures).isEmpty();
        assertThat(writeOuts.get()).as("write-outs for %d commits", threads * commitsEach)
                .isLessThan(threads * commitsEach / 2);
    }

    @Test
    void aFailedWriteOutFailsTheCommitThatWaitedForItAndTheNextOneTriesAgain() {
        AtomicInteger calls = new AtomicInteger();
        GroupCommit<String> group = new GroupCommit<>(connection -> {
            if (calls.incrementAndGet() == 1) {
                throw new IOException("disk full");
            }
        });
        assertThatThrownBy(() -> group.awaitWrittenOut("connection")).isInstanceOf(IllegalStateException.class)
                .hasRootCauseMessage("disk full");
        group.awaitWrittenOut("connection");
        assertThat(calls).hasValue(2);
    }
}
