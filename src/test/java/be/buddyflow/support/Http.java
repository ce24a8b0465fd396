package be.buddyflow.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Real HTTP calls against the running application, as a partner system or a user would make them. */
public final class Http {

    public static final String DEMO_PASSWORD = "buddyflow-demo";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    private final String baseUrl;
    private final String user;
    private final String password;
    private final String language;

    private Http(String baseUrl, String user, String password) {
        this(baseUrl, user, password, null);
    }

    private Http(String baseUrl, String user, String password, String language) {
        this.baseUrl = baseUrl;
        this.user = user;
        this.password = password;
        this.language = language;
    }

    /** The same caller with a browser set to these languages (Accept-Language). */
    public Http inLanguage(String acceptLanguage) {
        return new Http(baseUrl, user, password, acceptLanguage);
    }

    public static Http anonymous(int port) {
        return new Http("http://localhost:" + port, null, null);
    }

    /** A demo user (demo profile). */
    public static Http as(String user, int port) {
        return new Http("http://localhost:" + port, user, DEMO_PASSWORD);
    }

    public static Http as(String user, String password, int port) {
        return new Http("http://localhost:" + port, user, password);
    }

    public Reply get(String path) {
        return send(request(path).GET());
    }

    public Reply get(String path, String accept) {
        return send(request(path).setHeader("Accept", accept).GET());
    }

    public Reply get(String path, String accept, String acceptLanguage) {
        return inLanguage(acceptLanguage).get(path, accept);
    }

    public Reply delete(String path) {
        return send(request(path).DELETE());
    }

    public Reply put(String path) {
        return send(request(path).PUT(HttpRequest.BodyPublishers.noBody()));
    }

    public Reply putJson(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    public Reply postJson(String path, String json) {
        return post(path, "application/json", json);
    }

    public Reply post(String path, String contentType, String body) {
        return send(request(path).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json, application/problem+json");
        if (language != null) {
            builder.header("Accept-Language", language);
        }
        if (user != null) {
            String token = Base64.getEncoder().encodeToString((user + ":" + password)
                    .getBytes(StandardCharsets.UTF_8));
            builder.header("Authorization", "Basic " + token);
        }
        return builder;
    }

    private static Reply send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.body(),
                    response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("Location").orElse(null),
                    response.headers().allValues("Set-Cookie"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public record Reply(int status, String body, String contentType, String location, java.util.List<String> cookies) {

        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("Not JSON (" + status + "): " + body, e);
            }
        }

        @Override
        public String toString() {
            return status + " " + contentType + " " + body;
        }
    }
}
