package org.workerscontest;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A REST client as an integrator would write one: HTTP Basic, JSON in and out. */
public final class ApiClient {

    public record Response(int status, String contentType, JsonNode body, String text) {
        public String detail() {
            return body.path("detail").asText();
        }

        public String code() {
            return body.path("code").asText();
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;
    private final String authorization;
    private String language = "zh-CN";

    public ApiClient(int port, String user, String password) {
        this.base = "http://localhost:" + port;
        this.authorization = user == null ? null : "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    public ApiClient inLanguage(String acceptLanguage) {
        this.language = acceptLanguage;
        return this;
    }

    public Response get(String path) {
        return send("GET", path, null, Map.of());
    }

    public Response post(String path, Object body) {
        return send("POST", path, body, Map.of());
    }

    public Response post(String path, Object body, Map<String, String> headers) {
        return send("POST", path, body, headers);
    }

    public Response patch(String path, Object body) {
        return send("PATCH", path, body, Map.of());
    }

    /** @param body a Map or record serialised as JSON, or a String sent as it is */
    public Response send(String method, String path, Object body, Map<String, String> headers) {
        try {
            String payload = body == null ? "" : body instanceof String text ? text : JSON.writeValueAsString(body);
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(payload, StandardCharsets.UTF_8))
                    .header("Content-Type", "application/json")
                    .header("Accept-Language", language);
            if (authorization != null) {
                request.header("Authorization", authorization);
            }
            headers.forEach(request::setHeader);
            HttpResponse<String> response = http.send(request.build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            String text = response.body();
            JsonNode json = text.isBlank() || !(text.startsWith("{") || text.startsWith("["))
                    ? JSON.nullNode() : JSON.readTree(text);
            return new Response(response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""), json, text);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A file upload as a browser form sends it (multipart, field "file"). */
    public Response upload(String path, String fileName, String content) {
        String boundary = "----contest" + java.util.UUID.randomUUID();
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n" + content + "\r\n--" + boundary + "--\r\n";
        return send("POST", path, body, Map.of("Content-Type", "multipart/form-data; boundary=" + boundary));
    }

    /** The raw bytes of a download. */
    public byte[] download(String path) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).GET()
                    .header("Accept-Language", language);
            if (authorization != null) {
                request.header("Authorization", authorization);
            }
            return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray()).body();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static Map<String, Object> contest(String name) {
        return Map.of("name", name, "level", "PROVINCIAL", "organizer", "浙江省总工会",
                "startDate", "2026-09-15", "endDate", "2026-09-18");
    }

    public static Map<String, Object> team(String name, String area) {
        return Map.of("name", name, "kind", "REGION", "area", area, "leader", "王建国", "phone", "13805710001");
    }

    public static List<String> texts(JsonNode array, String field) {
        return java.util.stream.StreamSupport.stream(array.spliterator(), false)
                .map(node -> node.path(field).asText()).toList();
    }
}
