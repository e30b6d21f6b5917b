package org.workerscontest.ops;

import java.time.Duration;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.OptionalLong;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.StreamableMessageSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * The projections (tracking event processors): how far behind the event store each one is, waiting for
 * them to catch up (read-your-writes for the UI), and rebuilding one or all of them from the first event.
 */
public class ProjectionAdmin {

    public static final String LAG_GAUGE = "contest.eventprocessor.lag";

    private static final Logger log = LoggerFactory.getLogger(ProjectionAdmin.class);

    /** @param lag events between the processor's position and the head of the store */
    public record ProjectionStatus(String name, boolean running, boolean replaying, long position, long lag) {
    }

    private final EventProcessingConfiguration processing;
    private final EventStore eventStore;

    public ProjectionAdmin(EventProcessingConfiguration processing, EventStore eventStore) {
        this.processing = processing;
        this.eventStore = eventStore;
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

    private void rebuild(List<TrackingEventProcessor> rebuilt) {
        rebuilt.forEach(processor -> log.info("Rebuilding projection '{}' from the first event", processor.getName()));
        // Together: a processor takes up to a second to notice, while it waits for new events.
        CompletableFuture.allOf(rebuilt.stream().map(TrackingEventProcessor::shutdownAsync)
                .toArray(CompletableFuture[]::new)).join();
        for (TrackingEventProcessor processor : rebuilt) {
            // From the first event: the processors' initial position (a replay of what is stored) would wrap again.
            processor.resetTokens(StreamableMessageSource::createTailToken);
            processor.start();
        }
    }

    /** Waits until every projection has handled every event stored so far; false on time-out. */
    public boolean awaitCaughtUp(Duration timeout) {
        long head = headPosition();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (processors().stream().anyMatch(processor -> position(processor) < head)) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }

    private ProjectionStatus status(TrackingEventProcessor processor) {
        long position = position(processor);
        return new ProjectionStatus(processor.getName(), processor.isRunning(), processor.isReplaying(), position,
                Math.max(0, headPosition() - position));
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
            Collection<EventTrackerStatus> segments = processor(name).processingStatus().values();
            if (segments.isEmpty()) {
                return new HandledPositions(-1, Collections.emptySortedSet());
            }
            for (EventTrackerStatus segment : segments) {
                TrackingToken token = segment.getTrackingToken();
                TrackingToken current = token == null ? null : WrappedToken.unwrapLowerBound(token);
                if (current instanceof GapAwareTrackingToken gapAware) {
                    gaps.addAll(gapAware.getGaps());
                }
                position = Math.min(position, current == null ? -1 : current.position().orElse(-1));
            }
        }
        return new HandledPositions(position == Long.MAX_VALUE ? -1 : position, gaps);
    }

    /** The lowest position over the processor's segments; -1 before it has handled anything. */
    private static long position(TrackingEventProcessor processor) {
        return processor.processingStatus().values().stream()
                .map(EventTrackerStatus::getCurrentPosition)
                .mapToLong(current -> current.orElse(-1))
                .min().orElse(-1);
    }

    private long headPosition() {
        TrackingToken head = eventStore.createHeadToken();
        OptionalLong position = head == null ? OptionalLong.empty() : head.position();
        return position.orElse(-1);
    }
}
