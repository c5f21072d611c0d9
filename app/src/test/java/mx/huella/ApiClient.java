package mx.huella;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Real HTTP calls to the API with HTTP Basic credentials, as an outside client makes them. */
public final class ApiClient {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newHttpClient();
    private final String baseUrl;
    private final String authorization;
    private String language = "es-MX";
    private final java.util.Map<String, String> headers = new java.util.HashMap<>();

    public ApiClient(String baseUrl, String username, String password) {
        this.baseUrl = baseUrl;
        this.authorization = "Basic "
                + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    public ApiClient inLanguage(String languageTag) {
        this.language = languageTag;
        return this;
    }

    /** A copy of this client that also sends this header with every request; this one is unchanged. */
    public ApiClient withHeader(String name, String value) {
        ApiClient copy = new ApiClient(baseUrl, authorization);
        copy.language = language;
        copy.headers.putAll(headers);
        copy.headers.put(name, value);
        return copy;
    }

    /** A client that sends this Authorization header, e.g. a device's {@code Device <id>:<secret>}. */
    public static ApiClient authorizedBy(String baseUrl, String authorization) {
        return new ApiClient(baseUrl, authorization);
    }

    private ApiClient(String baseUrl, String authorization) {
        this.baseUrl = baseUrl;
        this.authorization = authorization;
    }

    public Reply get(String path) {
        return send(request(path).GET());
    }

    /** A GET for a plain-text resource, such as the Prometheus metrics. */
    public Reply getText(String path) {
        return send(request(path).setHeader("Accept", "text/plain").GET());
    }

    /** A GET of a binary resource (a PDF), answered with its bytes or, on refusal, null. */
    public byte[] download(String path, String accept) {
        try {
            HttpResponse<byte[]> response = http.send(
                    request(path).setHeader("Accept", accept).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            return response.statusCode() == 200 ? response.body() : null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Reply post(String path, String json) {
        return send(request(path)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Reply put(String path, String json) {
        return send(request(path)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Reply patch(String path, String json) {
        return send(request(path)
                .header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(json)));
    }

    /** A PUT of raw bytes, as a capture station uploads a sample. */
    public Reply putBytes(String path, byte[] body, String contentType) {
        return send(
                request(path).header("Content-Type", contentType).PUT(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    public Reply postBytes(String path, byte[] body, String contentType) {
        return send(
                request(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /** A multipart/form-data POST: text fields and files (sent as application/octet-stream). */
    public Reply postMultipart(String path, java.util.Map<String, String> fields, java.util.Map<String, byte[]> files) {
        String boundary = "huella-" + java.util.UUID.randomUUID();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        fields.forEach((name, value) -> body.writeBytes(
                ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n")
                        .getBytes(StandardCharsets.UTF_8)));
        files.forEach((name, content) -> {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\""
                            + name + ".png\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            body.writeBytes(content);
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        });
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(request(path)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    public Reply delete(String path) {
        return send(request(path).DELETE());
    }

    public static String json(Object value) {
        return JSON.writeValueAsString(value);
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Authorization", authorization)
                .header("Accept-Language", language)
                .setHeader("Accept", "application/json, application/problem+json");
        headers.forEach(request::setHeader);
        return request;
    }

    private Reply send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(
                    response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("Location").orElse(""),
                    response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A response: status, content type, Location header and body. */
    public record Reply(int status, String contentType, String location, String body) {
        public JsonNode json() {
            return JSON.readTree(body);
        }
    }
}
