package be.buddyflow.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import be.buddyflow.support.Http;
import be.buddyflow.support.Http.Reply;
import be.buddyflow.support.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The served description documents every endpoint with its errors, and docs/api/openapi.yaml is
 * that same description. After an API change: {@code mvn verify -Dbuddyflow.openapi.write=true}
 * rewrites the file; review the diff and commit it.
 */
@IntegrationTest
class OpenApiIT {

    static final Path COMMITTED = Path.of("docs/api/openapi.yaml");

    @LocalServerPort
    int port;

    @Test
    void describesEveryEndpointWithItsErrors() {
        Reply reply = Http.anonymous(port).get("/v3/api-docs");
        assertThat(reply.status()).isEqualTo(200);
        JsonNode paths = reply.json().get("paths");

        assertThat(paths.get("/api/referrals").get("post").get("responses").fieldNames())
                .toIterable().contains("200", "201", "400", "401", "403", "409", "413", "415", "422");
        assertThat(paths.get("/api/cases/{caseId}").get("get").get("responses").fieldNames())
                .toIterable().contains("200", "401", "403", "404");
        JsonNode referral = reply.json().get("components").get("schemas").get("Referral");
        assertThat(referral.get("required")).extracting(JsonNode::asText)
                .contains("source", "externalReference", "newcomer", "residenceStatus", "receptionPlace", "consent");
        assertThat(paths.fieldNames()).toIterable().allMatch(path -> path.startsWith("/api/"));
    }

    /**
     * Issue 11, finding 11: every documented operation documents what it answers anonymous (401), to a
     * role without access (403), to a NUL in its path or query (400, MalformedInputGuard), with a body
     * too large or not JSON (413, 415) and on a failure (500); the answers are provoked, not assumed.
     */
    @Test
    void everyOperationDocumentsTheStatusesItAnswers() {
        JsonNode api = Http.anonymous(port).get("/v3/api-docs").json();
        assertThat(api.at("/components/schemas/ProblemDetail/properties/instance/format").asText())
                .isEqualTo("uri-reference");
        assertThat(api.at("/components/schemas/ProblemDetail/properties/errors/type").asText()).isEqualTo("array");

        org.assertj.core.api.SoftAssertions softly = new org.assertj.core.api.SoftAssertions();
        api.get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(operation -> {
            String method = operation.getKey().toUpperCase();
            java.util.List<String> documented = new java.util.ArrayList<>();
            operation.getValue().get("responses").fieldNames().forEachRemaining(documented::add);
            String label = method + " " + path.getKey();
            softly.assertThat(documented).as(label).contains("400", "401", "403", "500");
            boolean hasBody = operation.getValue().has("requestBody");
            if (hasBody) {
                softly.assertThat(documented).as(label).contains("413", "415");
            }
            String concrete = path.getKey().replaceAll("\\{[^}]+}", "BF-1999-999999");
            String withNul = path.getKey().contains("{") ? path.getKey().replaceFirst("\\{[^}]+}", "BF%00")
                    .replaceAll("\\{[^}]+}", "x") : path.getKey() + "?x=%00";
            for (Reply reply : java.util.List.of(call(Http.anonymous(port), method, concrete),
                    call(Http.as("victor", port), method, concrete), call(Http.as("victor", port), method, withNul))) {
                softly.assertThat(documented).as(label + " answered " + reply).contains(String.valueOf(reply.status()));
            }
        }));
        softly.assertAll();
    }

    private static Reply call(Http http, String method, String path) {
        return "GET".equals(method) ? http.get(path) : http.postJson(path, "{}");
    }

    @Test
    void committedDescriptionIsTheServedOne() throws IOException {
        Reply reply = Http.anonymous(port).get("/v3/api-docs.yaml", "*/*");
        assertThat(reply.status()).isEqualTo(200);
        String served = reply.body();
        if (Boolean.getBoolean("buddyflow.openapi.write")) {
            Files.createDirectories(COMMITTED.getParent());
            Files.writeString(COMMITTED, served);
        }
        assertThat(Files.readString(COMMITTED))
                .as("docs/api/openapi.yaml is stale: run mvn verify -Dbuddyflow.openapi.write=true and commit it")
                .isEqualTo(served);
    }
}
