package org.workerscontest.ops;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The operator's command line (script {@code ops/contest-ops}). Against a running application, through the REST
 * API as an administrator: {@code status} lists the read models, {@code rebuild <name>} replays one from the
 * event store ({@code rebuild --all}: every one, at once) and waits until it has caught up, {@code backup FILE}
 * saves an online backup of the embedded event store. Without one: {@code restore FILE [DATA_DIR]} puts a backup
 * into an empty data directory, for the application to start on.
 */
public final class OpsCli {

    static final String USAGE = """
            Usage: contest-ops status
                   contest-ops rebuild <projection>|--all [--no-wait]
                   contest-ops backup FILE.zip
                   contest-ops restore FILE.zip [DATA_DIR]   (the application stopped; DATA_DIR default ./data)
            Environment: CONTEST_URL (default http://localhost:8080), CONTEST_USER (default admin),
                         CONTEST_PASSWORD (required but for restore)""";

    private static final ObjectMapper JSON = new ObjectMapper();
    /** The embedded event store's file in the data directory, and its name in a backup. */
    static final String EVENT_STORE_FILE = "eventstore.mv.db";
    private static final Duration REBUILD_TIMEOUT = Duration.ofMinutes(30);

    private final HttpClient http = HttpClient.newHttpClient();
    private final String baseUrl;
    private final String authorization;
    private final PrintStream out;

    public OpsCli(String baseUrl, String user, String password, PrintStream out) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.authorization = "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        this.out = out;
    }

    public static void main(String[] args) {
        Map<String, String> env = System.getenv();
        if (args.length >= 2 && args.length <= 3 && args[0].equals("restore")) {
            Path dataDir = Path.of(args.length == 3 ? args[2] : env.getOrDefault("CONTEST_DATA_DIR", "./data"));
            System.exit(restore(Path.of(args[1]), dataDir, System.out));
        }
        String password = env.get("CONTEST_PASSWORD");
        if (password == null || password.isBlank()) {
            System.err.println("CONTEST_PASSWORD is not set.\n" + USAGE);
            System.exit(2);
        }
        OpsCli cli = new OpsCli(env.getOrDefault("CONTEST_URL", "http://localhost:8080"),
                env.getOrDefault("CONTEST_USER", "admin"), password, System.out);
        System.exit(cli.run(args));
    }

    /** @return the process exit code: 0 done, 1 refused or failed, 2 wrong usage */
    public int run(String... args) {
        try {
            if (args.length == 1 && args[0].equals("status")) {
                return status();
            }
            if (args.length == 2 && args[0].equals("backup")) {
                return backup(Path.of(args[1]));
            }
            if ((args.length == 2 || args.length == 3 && args[2].equals("--no-wait")) && args[0].equals("rebuild")) {
                return rebuild(args[1].equals("--all") ? null : args[1], args.length == 2);
            }
            out.println(USAGE);
            return 2;
        } catch (IOException e) {
            out.println("Cannot reach " + baseUrl + ": " + e.getMessage());
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
    }

    private int status() throws IOException, InterruptedException {
        JsonNode statuses = call("GET", "/api/admin/projections");
        if (statuses == null) {
            return 1;
        }
        out.printf("%-16s %-10s %10s %8s%n", "projection", "state", "position", "lag");
        for (JsonNode status : statuses) {
            out.printf("%-16s %-10s %10d %8d%n", status.path("name").asText(), state(status),
                    status.path("position").asLong(), status.path("lag").asLong());
        }
        return 0;
    }

    /** @param name null: every projection */
    private int rebuild(String name, boolean wait) throws IOException, InterruptedException {
        String rebuilt = name == null ? "every projection" : name;
        if (call("POST", "/api/admin/projections/" + (name == null ? "" : name + "/") + "rebuild") == null) {
            return 1;
        }
        out.println("Rebuilding " + rebuilt + " from the first event");
        if (!wait) {
            return 0;
        }
        long deadline = System.nanoTime() + REBUILD_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            Thread.sleep(200);
            JsonNode statuses = call("GET", "/api/admin/projections");
            if (statuses == null) {
                return 1;
            }
            long position = -1;
            boolean found = false;
            boolean caughtUp = true;
            for (JsonNode status : statuses) {
                if (name == null || status.path("name").asText().equals(name)) {
                    found = true;
                    caughtUp &= !status.path("replaying").asBoolean() && status.path("lag").asLong() == 0;
                    position = Math.max(position, status.path("position").asLong());
                }
            }
            if (found && caughtUp) {
                out.println("Rebuilt " + rebuilt + ": position " + position);
                return 0;
            }
        }
        out.println("Rebuild of " + rebuilt + " still running after " + REBUILD_TIMEOUT.toMinutes() + " minutes");
        return 1;
    }

    /** Downloads the backup beside the file and renames it when whole, so a broken download leaves no backup. */
    private int backup(Path file) throws IOException, InterruptedException {
        if (Files.exists(file)) {
            out.println(file + " exists already; choose another file");
            return 1;
        }
        Path partial = file.resolveSibling(file.getFileName() + ".part");
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/api/admin/backup"))
                .header("Authorization", authorization).header("Accept-Language", "en").GET().build();
        HttpResponse<Path> response = http.send(request, HttpResponse.BodyHandlers.ofFile(partial));
        if (response.statusCode() != 200) {
            String body = Files.readString(partial);
            Files.deleteIfExists(partial);
            out.println("Refused (" + response.statusCode() + "): "
                    + (body.startsWith("{") ? JSON.readTree(body).path("detail").asText(body) : body));
            return 1;
        }
        Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
        out.println("Backup of the event store saved to " + file + " (" + Files.size(file) + " bytes)");
        return 0;
    }

    /**
     * Puts a backup's event store into an empty data directory; the application rebuilds the read models from it
     * when it starts there. Refuses a directory that has an event store already, and anything but a backup.
     */
    public static int restore(Path backup, Path dataDir, PrintStream out) {
        Path target = dataDir.resolve(EVENT_STORE_FILE);
        try {
            if (Files.exists(target)) {
                out.println(target + " exists already: restore into an empty data directory, or move it away first");
                return 1;
            }
            Files.createDirectories(dataDir);
            Path partial = dataDir.resolve(EVENT_STORE_FILE + ".part");
            boolean found = false;
            try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(backup))) {
                for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                    if (!entry.getName().equals(EVENT_STORE_FILE) || found) {
                        out.println(backup + " is not a backup of contest-ops backup: it holds " + entry.getName());
                        Files.deleteIfExists(partial);
                        return 1;
                    }
                    Files.copy(zip, partial, StandardCopyOption.REPLACE_EXISTING);
                    found = true;
                }
            }
            if (!found) {
                out.println(backup + " is not a backup of contest-ops backup: it holds no " + EVENT_STORE_FILE);
                return 1;
            }
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
            out.println("Restored the event store into " + dataDir + "; start the application on it"
                    + " (CONTEST_DATA_DIR=" + dataDir + "): it rebuilds every read model from the events");
            return 0;
        } catch (IOException e) {
            out.println("Cannot restore " + backup + ": " + e.getMessage());
            return 1;
        }
    }

    private static String state(JsonNode status) {
        return status.path("replaying").asBoolean() ? "replaying"
                : status.path("running").asBoolean() ? "running" : "stopped";
    }

    /** The JSON answer, or null after printing the server's refusal. */
    private JsonNode call(String method, String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .method(method, HttpRequest.BodyPublishers.noBody())
                .header("Authorization", authorization)
                .header("Accept-Language", "en")
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        JsonNode body = response.body().isBlank() ? JSON.nullNode() : JSON.readTree(response.body());
        if (response.statusCode() >= 300) {
            out.println("Refused (" + response.statusCode() + "): " + body.path("detail").asText(response.body()));
            return null;
        }
        return body;
    }
}
