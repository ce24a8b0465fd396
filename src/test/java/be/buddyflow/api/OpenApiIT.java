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
