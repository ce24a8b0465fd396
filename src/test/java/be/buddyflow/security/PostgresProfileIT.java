package be.buddyflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;

import be.buddyflow.support.ApplicationProcess;
import be.buddyflow.support.Http;
import be.buddyflow.support.ProductionDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The production profile, started from the jar with environment variables against a PostgreSQL
 * server (an embedded one stands in for it; .ci/run also does this against the machine's server):
 * no demo identities, and no start without a proper first administrator.
 */
class PostgresProfileIT {

    static ProductionDatabase database;

    @BeforeAll
    static void startServer() {
        database = ProductionDatabase.start();
    }

    @AfterAll
    static void stopServer() throws IOException {
        database.close();
    }

    @Test
    void refusesToStartWithoutAnAdministrator() throws Exception {
        try (ApplicationProcess app = ApplicationProcess.start(environment(null, null))) {
            assertThat(app.exitCode(Duration.ofSeconds(90))).isNotZero();
            assertThat(app.output()).contains("APPLICATION FAILED TO START")
                    .contains("No first administrator is configured")
                    .contains("Set BUDDYFLOW_ADMIN_USER and BUDDYFLOW_ADMIN_PASSWORD");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"Sh0rt-pass", "Root-Passw0rd-root"})
    void refusesToStartWithAWeakAdministratorPassword(String weak) throws Exception {
        try (ApplicationProcess app = ApplicationProcess.start(environment("root", weak))) {
            assertThat(app.exitCode(Duration.ofSeconds(90))).isNotZero();
            assertThat(app.output()).contains("The first administrator's password is refused")
                    .doesNotContain(weak);
        }
    }

    @Test
    void startsWithTheAdministratorFromTheEnvironmentAndNoDemoUsers() throws Exception {
        try (ApplicationProcess app = ApplicationProcess.start(environment("operator", "Correct-Horse-42"))) {
            app.awaitHealthy(Duration.ofSeconds(90));

            assertThat(Http.anonymous(app.port()).get("/engine-rest/user").status()).isEqualTo(401);
            String users = get(app, "operator", "Correct-Horse-42", "/engine-rest/user");
            assertThat(users).contains("\"operator\"").doesNotContain("\"sofie\"").doesNotContain("\"admin\"");
            String groups = get(app, "operator", "Correct-Horse-42", "/engine-rest/group");
            assertThat(groups).contains("social-workers", "coordinators", "volunteers", "managers", "integration");
            String cases = get(app, "operator", "Correct-Horse-42", "/engine-rest/process-instance/count");
            assertThat(cases).contains("\"count\":0");

            java.net.http.HttpResponse<Void> tasklist = java.net.http.HttpClient.newHttpClient().send(
                    java.net.http.HttpRequest.newBuilder(java.net.URI.create(
                            "http://localhost:" + app.port() + "/camunda/app/tasklist/default/")).build(),
                    java.net.http.HttpResponse.BodyHandlers.discarding());
            assertThat(tasklist.headers().firstValue("Strict-Transport-Security")).as(tasklist.headers().toString())
                    .hasValueSatisfying(v -> assertThat(v).contains("max-age=31536000"));
            assertThat(tasklist.headers().allValues("Set-Cookie")).as(tasklist.headers().toString())
                    .isNotEmpty().allSatisfy(cookie -> assertThat(cookie).containsIgnoringCase("Secure"));

            // Behind the TLS proxy (X-Forwarded-Proto from a private address), the APIs send HSTS too.
            for (String path : java.util.List.of("/engine-rest/user", "/actuator/health")) {
                java.net.http.HttpResponse<Void> api = java.net.http.HttpClient.newHttpClient().send(
                        java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + app.port() + path))
                                .header("X-Forwarded-Proto", "https").build(),
                        java.net.http.HttpResponse.BodyHandlers.discarding());
                assertThat(api.headers().firstValue("Strict-Transport-Security")).as(path + " " + api.headers())
                        .hasValueSatisfying(v -> assertThat(v).contains("max-age=31536000"));
            }
        }
    }

    private static String get(ApplicationProcess app, String user, String password, String path) throws Exception {
        java.net.http.HttpRequest request = java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create("http://localhost:" + app.port() + path))
                .header("Authorization", "Basic " + java.util.Base64.getEncoder()
                        .encodeToString((user + ":" + password).getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .build();
        java.net.http.HttpResponse<String> response = java.net.http.HttpClient.newHttpClient()
                .send(request, java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path + " " + response.body()).isEqualTo(200);
        return response.body();
    }

    private static Map<String, String> environment(String adminUser, String adminPassword) {
        return database.environment(adminUser, adminPassword);
    }
}
