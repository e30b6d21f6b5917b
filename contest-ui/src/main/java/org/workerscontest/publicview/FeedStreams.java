package org.workerscontest.publicview;

import java.io.IOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyEmitter;
import org.workerscontest.honour.HonourProjection;
import org.workerscontest.ops.GapWatch;
import org.workerscontest.ops.ProjectionAdmin;
import org.workerscontest.scoring.ScoringProjection;
import org.workerscontest.storage.CommandTransactions;

import tools.jackson.databind.json.JsonMapper;

/**
 * The open feed's streams. Each stream first gets every entry after its {@code since}, then new entries
 * as the projections write them, in the order of their ids and each once. An entry is sent only when both feed
 * processors have handled every event up to it (past positions whose transactions were rolled back, given up
 * after the commit deadline), so no entry with a lower id can be written after it was sent:
 * a client that resumes from the last id it saw, after a restart or a rebuild, misses nothing.
 * A keep-alive line ({@code {"type":"KEEP_ALIVE","at":…}}, without an id) opens the stream at once and then
 * comes every few seconds: it keeps proxies from closing a quiet stream and finds the clients that went away.
 */
@Component
public class FeedStreams implements DisposableBean {

    private static final int PAGE = 500;
    /** The processors that write the feed (results and honours). */
    public static final List<String> FEED_PROCESSORS = List.of(ScoringProjection.PROCESSING_GROUP,
            HonourProjection.PROCESSING_GROUP);
    /** How often the processors' positions are looked at: their progress, not only a change, lets entries out. */
    private static final long PROGRESS_MILLIS = 250;

    /**
     * A position not yet committed holds back the entries after it until its transaction's commit deadline, and
     * the time the processors take to read a commit, have passed: then it was rolled back.
     */
    private final GapWatch gapWatch = new GapWatch(CommandTransactions.COMMIT_DEADLINE.plusSeconds(5));
    private final PublicFeedQueries feed;
    private final ProjectionAdmin projections;
    private final JsonMapper json;
    private final Set<Stream> streams = ConcurrentHashMap.newKeySet();
    // One thread writes every stream, so a slow client delays its own lines, never a projection.
    private final ScheduledExecutorService writer = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("public-feed").factory());
    private final PublicChanges.Subscription subscription;
    /** Entries up to here have been sent to every stream that wanted them; only the writer thread uses it. */
    private long deliveredThrough = -1;

    public FeedStreams(PublicFeedQueries feed, ProjectionAdmin projections, JsonMapper json, PublicChanges changes,
                       @Value("${contest.public.keep-alive-seconds}") int keepAliveSeconds) {
        this.feed = feed;
        this.projections = projections;
        this.json = json;
        this.subscription = changes.subscribe(contestId -> writer.execute(this::deliverAll));
        writer.scheduleWithFixedDelay(this::keepAlive, keepAliveSeconds, keepAliveSeconds, TimeUnit.SECONDS);
        writer.scheduleWithFixedDelay(this::deliverOnProgress, PROGRESS_MILLIS, PROGRESS_MILLIS, TimeUnit.MILLISECONDS);
    }

    private final class Stream {
        final ResponseBodyEmitter emitter = new ResponseBodyEmitter(0L); // never times out: a feed stays open
        final Runnable onClose;
        long lastId;

        Stream(long since, Runnable onClose) {
            this.lastId = since;
            this.onClose = onClose;
        }

        void keepAlive() {
            try {
                emitter.send(keepAliveLine(), MediaType.APPLICATION_NDJSON);
            } catch (IOException | RuntimeException e) {
                close(e);
            }
        }

        void deliver(long through) {
            try {
                List<PublicFeedEntry> entries;
                do {
                    entries = feed.between(lastId, through, PAGE);
                    for (PublicFeedEntry entry : entries) {
                        emitter.send(line(entry), MediaType.APPLICATION_NDJSON);
                        lastId = entry.id();
                    }
                } while (entries.size() == PAGE);
            } catch (IOException | RuntimeException e) {
                close(e);
            }
        }

        void close(Exception cause) {
            if (streams.remove(this)) {
                onClose.run();
                emitter.completeWithError(cause);
            }
        }
    }

    /** Opens a stream that starts after entry {@code since} (0: from the first entry). */
    public ResponseBodyEmitter open(long since, Runnable onClose) {
        Stream stream = new Stream(since, onClose);
        Runnable forget = () -> {
            if (streams.remove(stream)) {
                onClose.run();
            }
        };
        stream.emitter.onCompletion(forget);
        stream.emitter.onError(error -> forget.run());
        streams.add(stream);
        writer.execute(() -> {
            stream.keepAlive();
            stream.deliver(deliverableThrough());
        });
        return stream.emitter;
    }

    /** Entries up to this id can be sent: none with a lower id can be written any more. */
    public long deliverableThrough() {
        return projections.handled(FEED_PROCESSORS).handledThrough(gapWatch);
    }

    int openStreams() {
        return streams.size();
    }

    private void deliverAll() {
        long through = deliverableThrough();
        streams.forEach(stream -> stream.deliver(through));
        deliveredThrough = through;
    }

    private void deliverOnProgress() {
        if (!streams.isEmpty() && deliverableThrough() != deliveredThrough) {
            deliverAll();
        }
    }

    private void keepAlive() {
        streams.forEach(Stream::keepAlive);
    }

    private String keepAliveLine() {
        return json.writeValueAsString(Map.of("type", "KEEP_ALIVE", "at", Instant.now().toString())) + "\n";
    }

    private String line(PublicFeedEntry entry) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("id", entry.id());
        line.put("type", entry.type());
        line.put("at", entry.at().toString());
        line.put("contestId", entry.contestId());
        line.put("data", entry.data());
        return json.writeValueAsString(line) + "\n";
    }

    @Override
    public void destroy() {
        subscription.close();
        writer.shutdownNow();
        streams.forEach(stream -> stream.emitter.complete());
    }
}
