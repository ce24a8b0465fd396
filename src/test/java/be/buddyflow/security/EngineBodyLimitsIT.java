package be.buddyflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.UUID;

import be.buddyflow.support.IntegrationTest;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * QueryExpressionGuard authenticates before it reads, and lets deployments through (docs/security.md;
 * the orQueries check itself: SecurityIT, QueryExpressionGuardTest).
 */
@IntegrationTest
class EngineBodyLimitsIT {

    static final int TWO_MIB = 2 * 1024 * 1024;

    @LocalServerPort
    int port;

    @Autowired
    RepositoryService repositoryService;

    private final HttpClient client = HttpClient.newHttpClient();

    @Test
    void anonymousCallersGet401WhateverTheyPost() throws Exception {
        for (String path : new String[] {"/engine-rest/task", "/engine-rest/deployment/create"}) {
            HttpResponse<String> big = post(path, null, "application/json", largeJson());
            assertThat(big.statusCode()).as(path + " " + big.body()).isEqualTo(401);
        }
        HttpResponse<String> expression = post("/engine-rest/task", null, "application/json",
                "{\"orQueries\": [{\"assigneeExpression\": \"${currentUser()}\"}]}".getBytes(StandardCharsets.UTF_8));
        assertThat(expression.statusCode()).isEqualTo(401);
    }

    @Test
    void anAdministratorDeploysMoreThanAMebibyteFromTheModeler() throws Exception {
        String boundary = "----modeler" + UUID.randomUUID();
        byte[] body = multipart(boundary, TWO_MIB);

        HttpResponse<String> deployed = post("/engine-rest/deployment/create", "admin",
                "multipart/form-data; boundary=" + boundary, body);

        assertThat(deployed.statusCode()).as(deployed.body()).isEqualTo(200);
        String id = new ObjectMapper().readTree(deployed.body()).get("id").asText();
        repositoryService.deleteDeployment(id, true);
    }

    @Test
    void multipartBodiesAboveTheConfiguredLimitAreRefused() throws Exception {
        String boundary = "----modeler" + UUID.randomUUID();
        byte[] body = multipart(boundary, 21 * 1024 * 1024);

        HttpResponse<String> refused = post("/engine-rest/deployment/create", "admin",
                "multipart/form-data; boundary=" + boundary, body);

        assertThat(refused.statusCode()).isEqualTo(413);
    }

    @Test
    void authenticatedQueryBodiesAreStillLimitedToAMebibyte() throws Exception {
        HttpResponse<String> refused = post("/engine-rest/task", "sofie", "application/json", largeJson());

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(413);
    }

    private HttpResponse<String> post(String path, String user, String contentType, byte[] body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":buddyflow-demo").getBytes(StandardCharsets.UTF_8)));
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static byte[] largeJson() {
        char[] filler = new char[TWO_MIB];
        Arrays.fill(filler, 'x');
        return ("{\"nameLike\": \"" + new String(filler) + "\"}").getBytes(StandardCharsets.UTF_8);
    }

    /** A deployment as Camunda Modeler sends it, with one large resource that is not a model. */
    private static byte[] multipart(String boundary, int resourceBytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(resourceBytes + 1024);
        String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\n"
                + "probe-large-deployment\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"deployment-source\"\r\n\r\n"
                + "Camunda Modeler\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"data\"; filename=\"notes.txt\"\r\n"
                + "Content-Type: text/plain\r\n\r\n";
        out.write(head.getBytes(StandardCharsets.UTF_8));
        byte[] filler = new byte[resourceBytes];
        Arrays.fill(filler, (byte) 'a');
        out.write(filler);
        out.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }
}
