package org.workerscontest.publicview;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Tells open public screens and feed streams that the public data of a contest or campaign may have
 * changed, once the projections have written it. A burst of events (a batch, a replay) becomes one
 * notice per contest or campaign.
 */
@Component
public class PublicChanges implements DisposableBean {

    /** Short enough that a screen changes well within 2 s, long enough to fold a batch into one notice. */
    static final long COALESCE_MILLIS = 150;

    public interface Subscription extends AutoCloseable {
        @Override
        void close();
    }

    private static final Logger LOG = LoggerFactory.getLogger(PublicChanges.class);

    private final Set<Consumer<String>> listeners = ConcurrentHashMap.newKeySet();
    private final Set<String> pending = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("public-changes").factory());

    /** The listener gets the id of a contest or campaign whose public data changed, on a shared thread: keep it short. */
    public Subscription subscribe(Consumer<String> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    public void changed(String id) {
        if (id != null && pending.add(id)) {
            timer.schedule(() -> notifyListeners(id), COALESCE_MILLIS, TimeUnit.MILLISECONDS);
        }
    }

    private void notifyListeners(String id) {
        pending.remove(id);
        for (Consumer<String> listener : listeners) {
            try {
                listener.accept(id);
            } catch (RuntimeException e) {
                LOG.warn("A public-change listener failed", e);
            }
        }
    }

    @Override
    public void destroy() {
        timer.shutdownNow();
    }
}
