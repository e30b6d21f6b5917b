package org.workerscontest.publicview;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * A token bucket per client address for the public endpoints, so that one busy client (a scraper, a
 * screen stuck in a reload loop) cannot starve the others; and a cap on each client's open feed streams.
 */
public class PublicRateLimiter {

    /** Buckets kept before idle ones are dropped: bounded memory whatever the number of clients. */
    private static final int MAX_TRACKED_CLIENTS = 10_000;

    private final double requestsPerSecond;
    private final double burst;
    private final int streamsPerClient;
    private final LongSupplier nanoTime;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final Map<String, Integer> openStreams = new ConcurrentHashMap<>();

    public PublicRateLimiter(double requestsPerSecond, int burst, int streamsPerClient, LongSupplier nanoTime) {
        if (requestsPerSecond <= 0 || burst < 1 || streamsPerClient < 1) {
            throw new IllegalArgumentException("Rate limits must be positive");
        }
        this.requestsPerSecond = requestsPerSecond;
        this.burst = burst;
        this.streamsPerClient = streamsPerClient;
        this.nanoTime = nanoTime;
    }

    private final class Bucket {
        private double tokens = burst;
        private long refilledAt = nanoTime.getAsLong();

        synchronized long take() {
            refill();
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            return (long) Math.ceil((1 - tokens) / requestsPerSecond);
        }

        synchronized boolean full() {
            refill();
            return tokens >= burst;
        }

        private void refill() {
            long now = nanoTime.getAsLong();
            tokens = Math.min(burst, tokens + (now - refilledAt) / (double) TimeUnit.SECONDS.toNanos(1) * requestsPerSecond);
            refilledAt = now;
        }
    }

    /** @return 0 when the request may go ahead, otherwise the seconds to wait before trying again */
    public long admit(String client) {
        if (buckets.size() > MAX_TRACKED_CLIENTS) {
            buckets.values().removeIf(Bucket::full);
        }
        long wait = buckets.computeIfAbsent(client, key -> new Bucket()).take();
        return wait == 0 ? 0 : Math.max(1, wait);
    }

    /** @return whether the client may open one more feed stream; if so, {@link #streamClosed} must follow */
    public boolean openStream(String client) {
        boolean[] opened = {false};
        openStreams.compute(client, (key, open) -> {
            int count = open == null ? 0 : open;
            opened[0] = count < streamsPerClient;
            return opened[0] ? count + 1 : count;
        });
        return opened[0];
    }

    public void streamClosed(String client) {
        openStreams.computeIfPresent(client, (key, open) -> open <= 1 ? null : open - 1);
    }
}
