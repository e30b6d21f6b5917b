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
 * notice per contest or campaign. The projections may run on another node: what they write there is told
 * through the shared read store ({@link #relayTo}, {@link #changedOnAnotherNode}).
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
    private final Set<String> pendingFromElsewhere = ConcurrentHashMap.newKeySet();
    private volatile Consumer<String> relay = id -> { };
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("public-changes").factory());

    /** The listener gets the id of a contest or campaign whose public data changed, on a shared thread: keep it short. */
    public Subscription subscribe(Consumer<String> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** A change the projections of this node made. */
    public void changed(String id) {
        if (id != null && pending.add(id)) {
            timer.schedule(() -> {
                pending.remove(id);
                notifyListeners(id);
                relay.accept(id);
            }, COALESCE_MILLIS, TimeUnit.MILLISECONDS);
        }
    }

    /** The notices of this node's projections go to the other nodes too, through the relay. */
    public void relayTo(Consumer<String> relay) {
        this.relay = relay;
    }

    /** A change the projections of another node made: told to this node's screens, not relayed again. */
    public void changedOnAnotherNode(String id) {
        if (id != null && pendingFromElsewhere.add(id)) {
            timer.schedule(() -> {
                pendingFromElsewhere.remove(id);
                notifyListeners(id);
            }, COALESCE_MILLIS, TimeUnit.MILLISECONDS);
        }
    }

    private void notifyListeners(String id) {
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
