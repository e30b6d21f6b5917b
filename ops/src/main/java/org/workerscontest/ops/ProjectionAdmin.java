package org.workerscontest.ops;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.StreamableMessageSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * The projections (tracking event processors): how far behind the event store each one is, waiting for
 * them to catch up (read-your-writes for the UI), and rebuilding one or all of them from the first event.
 *
 * <p>Each processor has one segment, claimed by one node at a time through the shared token store: its read
 * models are whole documents (a discipline's results, a team's standing) that two segments on two nodes would
 * overwrite in turn. A processor this node does not run is followed through the token store, so waits and the
 * maintenance page are the same on every node.
 */
public class ProjectionAdmin {

    public static final String LAG_GAUGE = "contest.eventprocessor.lag";
    /** How long a rebuild waits for the other nodes to let go of the processors. */
    static final Duration HANDOVER_LIMIT = Duration.ofSeconds(30);

    private static final Logger log = LoggerFactory.getLogger(ProjectionAdmin.class);

    /**
     * @param node which node runs the processor: its name in the token store's claims; null when none does
     * @param lag  events between the processor's position and the head of the store
     */
    public record ProjectionStatus(String name, boolean running, boolean replaying, long position, long lag,
                                   String node) {
    }

    /** Another node kept a processor through the whole wait of a rebuild: that one and those after it were not reset. */
    public static class RebuildRefused extends RuntimeException {
        private final String processor;

        public RebuildRefused(String processor, String message) {
            super(message);
            this.processor = processor;
        }

        public String processor() {
            return processor;
        }
    }

    private final EventProcessingConfiguration processing;
    private final EventStore eventStore;
    private final SharedTokens tokens;
    private final SharedTokens.RebuildRequests rebuildRequests;

    public ProjectionAdmin(EventProcessingConfiguration processing, EventStore eventStore, SharedTokens tokens,
                           SharedTokens.RebuildRequests rebuildRequests) {
        this.processing = processing;
        this.eventStore = eventStore;
        this.tokens = tokens;
        this.rebuildRequests = rebuildRequests;
    }

    /** Publishes each processor's lag as a gauge. */
    public void bindMetrics(MeterRegistry registry) {
        processors().forEach(processor -> Gauge.builder(LAG_GAUGE, () -> status(processor).lag())
                .description("Events the processor has yet to handle")
                .tag("processor", processor.getName())
                .register(registry));
    }

    public List<ProjectionStatus> statuses() {
        return processors().stream().map(this::status).sorted(Comparator.comparing(ProjectionStatus::name)).toList();
    }

    /** Empties the processor's read model and replays every stored event into it. */
    public void rebuild(String name) {
        rebuild(List.of(processor(name)));
    }

    /** Empties every read model and replays every stored event into them, all processors at once. */
    public void rebuildAll() {
        rebuild(processors());
    }

    /**
     * Run where it is asked: the other nodes stop the processors and let go of their claims, this node resets
     * them (which needs every segment) and runs them; the others start them again, to take over should this
     * node stop.
     */
    private void rebuild(List<TrackingEventProcessor> rebuilt) {
        List<String> names = rebuilt.stream().map(TrackingEventProcessor::getName).toList();
        names.forEach(name -> log.info("Rebuilding projection '{}' from the first event", name));
        rebuildRequests.askOthersToStop(names);
        try {
            // Together: a processor takes up to a second to notice, while it waits for new events.
            CompletableFuture.allOf(rebuilt.stream().map(TrackingEventProcessor::shutdownAsync)
                    .toArray(CompletableFuture[]::new)).join();
            long deadline = System.nanoTime() + HANDOVER_LIMIT.toNanos();
            List<TrackingEventProcessor> waiting = new ArrayList<>(rebuilt);
            while (!waiting.isEmpty()) {
                TrackingEventProcessor processor = waiting.getFirst();
                try {
                    // From the first event: the processors' initial position (a replay of what is stored) would
                    // wrap again.
                    processor.resetTokens(StreamableMessageSource::createTailToken);
                    waiting.removeFirst();
                } catch (UnableToClaimTokenException heldElsewhere) {
                    if (System.nanoTime() > deadline) {
                        throw new RebuildRefused(processor.getName(), "Another node did not let go of '"
                                + processor.getName() + "' within " + HANDOVER_LIMIT.toSeconds() + " s: "
                                + heldElsewhere.getMessage());
                    }
                    pause(100);
                }
            }
        } finally {
            rebuilt.forEach(TrackingEventProcessor::start);
            rebuildRequests.othersMayResume(names);
        }
    }

    /** Waits until every projection has handled every event stored so far; false on time-out. */
    public boolean awaitCaughtUp(Duration timeout) {
        long head = headPosition();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (processors().stream().anyMatch(processor -> position(processor) < head)) {
            if (System.nanoTime() > deadline || !pause(5)) {
                return false;
            }
        }
        return true;
    }

    /** Stops the processor on this node (it may run here again after {@link #resume}). */
    public void stopHere(String name) {
        processor(name).shutDown();
    }

    public void resume(String name) {
        TrackingEventProcessor processor = processor(name);
        if (!processor.isRunning()) {
            processor.start();
        }
    }

    private static boolean pause(long millis) {
        try {
            Thread.sleep(millis);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private ProjectionStatus status(TrackingEventProcessor processor) {
        Collection<EventTrackerStatus> here = processor.processingStatus().values();
        long head = headPosition();
        if (!here.isEmpty()) {
            long position = position(processor);
            // A replay ends with the first event after the head it started at: until then, lag 0 says it is done.
            return new ProjectionStatus(processor.getName(), processor.isRunning(),
                    processor.isReplaying() && position < head, position, Math.max(0, head - position), tokens.nodeId());
        }
        List<SharedTokens.StoredSegment> stored = tokens.segments(processor.getName());
        String node = stored.stream().map(SharedTokens.StoredSegment::owner).filter(Objects::nonNull).findFirst()
                .orElse(null);
        List<TrackingToken> positions = stored.stream().map(SharedTokens.StoredSegment::token).toList();
        long position = lowestPosition(positions);
        boolean replaying = position < head && positions.stream().anyMatch(ReplayToken::isReplay);
        return new ProjectionStatus(processor.getName(), node != null, replaying, position,
                Math.max(0, head - position), node);
    }

    private TrackingEventProcessor processor(String name) {
        return processors().stream().filter(processor -> processor.getName().equals(name)).findFirst()
                .orElseThrow(() -> new NoSuchElementException("No projection named " + name));
    }

    private List<TrackingEventProcessor> processors() {
        return processing.eventProcessors().values().stream()
                .filter(TrackingEventProcessor.class::isInstance).map(TrackingEventProcessor.class::cast).toList();
    }

    /**
     * How far the named processors have come: the lowest position any of their segments has reached, and every
     * position below it one of them still waits for (an event of a transaction not committed yet, or rolled back).
     * The position is -1 while one of them has no segment running, e.g. during a rebuild.
     */
    public record HandledPositions(long position, SortedSet<Long> gaps) {

        /** Up to here every event has been handled, past the gaps the watch no longer waits for. */
        public long handledThrough(GapWatch watch) {
            OptionalLong awaited = watch.firstAwaited(gaps);
            return awaited.isPresent() ? Math.min(position, awaited.getAsLong() - 1) : position;
        }
    }

    public HandledPositions handled(Collection<String> names) {
        long position = Long.MAX_VALUE;
        SortedSet<Long> gaps = new TreeSet<>();
        for (String name : names) {
            List<TrackingToken> segments = currentTokens(processor(name));
            if (segments.isEmpty()) {
                return new HandledPositions(-1, Collections.emptySortedSet());
            }
            for (TrackingToken token : segments) {
                TrackingToken current = token == null ? null : WrappedToken.unwrapLowerBound(token);
                if (current instanceof GapAwareTrackingToken gapAware) {
                    gaps.addAll(gapAware.getGaps());
                }
                position = Math.min(position, current == null ? -1 : current.position().orElse(-1));
            }
        }
        return new HandledPositions(position == Long.MAX_VALUE ? -1 : position, gaps);
    }

    /** Each segment's position: as this node runs it, else as stored by the node that does. */
    private List<TrackingToken> currentTokens(TrackingEventProcessor processor) {
        Collection<EventTrackerStatus> here = processor.processingStatus().values();
        if (!here.isEmpty()) {
            return here.stream().map(EventTrackerStatus::getTrackingToken).toList();
        }
        return tokens.segments(processor.getName()).stream().map(SharedTokens.StoredSegment::token).toList();
    }

    /** The lowest position over the processor's segments; -1 before it has handled anything. */
    private long position(TrackingEventProcessor processor) {
        return lowestPosition(currentTokens(processor));
    }

    private static long lowestPosition(List<TrackingToken> segments) {
        return segments.stream().mapToLong(token -> token == null ? -1 : token.position().orElse(-1)).min().orElse(-1);
    }

    private long headPosition() {
        TrackingToken head = eventStore.createHeadToken();
        OptionalLong position = head == null ? OptionalLong.empty() : head.position();
        return position.orElse(-1);
    }
}
