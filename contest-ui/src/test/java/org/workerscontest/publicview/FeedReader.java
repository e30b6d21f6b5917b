package org.workerscontest.publicview;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Reads the open feed as a client would: one JSON object per line, the stream left open; keep-alives apart. */
public final class FeedReader implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final BlockingQueue<JsonNode> entries = new LinkedBlockingQueue<>();
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final HttpResponse<Stream<String>> response;
    private final Thread reader;

    public FeedReader(int port, long since) {
        try {
            response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create("http://localhost:" + port + "/api/public/feed?since=" + since))
                    .header("Accept", "application/x-ndjson").build(), HttpResponse.BodyHandlers.ofLines());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        reader = Thread.ofVirtual().start(() -> {
            try (Stream<String> lines = response.body()) {
                lines.forEach(line -> {
                    this.lines.add(line);
                    try {
                        JsonNode json = JSON.readTree(line);
                        if (json.has("id")) {
                            entries.add(json);
                        }
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            } catch (RuntimeException closed) {
                // the test closed the stream
            }
        });
    }

    /** The next line as it came, entry or keep-alive; fails after {@code within}. */
    String nextLine(Duration within) throws InterruptedException {
        String line = lines.poll(within.toMillis(), TimeUnit.MILLISECONDS);
        if (line == null) {
            throw new AssertionError("No line within " + within);
        }
        return line;
    }

    int status() {
        return response.statusCode();
    }

    String contentType() {
        return response.headers().firstValue("Content-Type").orElse("");
    }

    /** Entries until none has come for {@code quiet}. */
    public List<JsonNode> drain(Duration quiet) throws InterruptedException {
        List<JsonNode> drained = new ArrayList<>();
        JsonNode entry;
        while ((entry = entries.poll(quiet.toMillis(), TimeUnit.MILLISECONDS)) != null) {
            drained.add(entry);
        }
        return drained;
    }

    /** The next entry that matches, skipping others; fails after {@code within}. */
    JsonNode await(Predicate<JsonNode> wanted, Duration within) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode entry = entries.poll(Math.max(1, (deadline - System.nanoTime()) / 1_000_000), TimeUnit.MILLISECONDS);
            if (entry != null && wanted.test(entry)) {
                return entry;
            }
        }
        throw new AssertionError("No matching feed entry within " + within);
    }

    @Override
    public void close() {
        reader.interrupt();
        response.body().close();
    }
}
