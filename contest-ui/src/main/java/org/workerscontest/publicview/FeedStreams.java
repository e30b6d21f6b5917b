package org.workerscontest.publicview;

import java.io.IOException;
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

import tools.jackson.databind.json.JsonMapper;

/**
 * The open feed's streams. Each stream first gets every entry after its {@code since}, then new entries
 * as the projections write them. A blank line opens the stream at once and then comes every few seconds:
 * it keeps proxies from closing a quiet stream and finds the clients that went away.
 */
@Component
public class FeedStreams implements DisposableBean {

    private static final int PAGE = 500;

    private final PublicFeedQueries feed;
    private final JsonMapper json;
    private final Set<Stream> streams = ConcurrentHashMap.newKeySet();
    // One thread writes every stream, so a slow client delays its own lines, never a projection.
    private final ScheduledExecutorService writer = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("public-feed").factory());
    private final PublicChanges.Subscription subscription;

    public FeedStreams(PublicFeedQueries feed, JsonMapper json, PublicChanges changes,
                       @Value("${contest.public.keep-alive-seconds}") int keepAliveSeconds) {
        this.feed = feed;
        this.json = json;
        this.subscription = changes.subscribe(contestId -> writer.execute(this::deliverAll));
        writer.scheduleWithFixedDelay(this::keepAlive, keepAliveSeconds, keepAliveSeconds, TimeUnit.SECONDS);
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
                emitter.send("\n", MediaType.APPLICATION_NDJSON);
            } catch (IOException | RuntimeException e) {
                close(e);
            }
        }

        void deliver() {
            try {
                List<PublicFeedEntry> entries;
                do {
                    entries = feed.after(lastId, PAGE);
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
            stream.deliver();
        });
        return stream.emitter;
    }

    int openStreams() {
        return streams.size();
    }

    private void deliverAll() {
        streams.forEach(Stream::deliver);
    }

    private void keepAlive() {
        streams.forEach(Stream::keepAlive);
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
