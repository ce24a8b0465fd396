package be.buddyflow.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import be.buddyflow.support.ApplicationProcess;
import be.buddyflow.support.Http;
import be.buddyflow.support.Http.Reply;
import be.buddyflow.support.Referrals;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo run keeps its cases: what was started before a restart is still there after it. The
 * jar runs as its own process, as `mvn spring-boot:run` would: an engine started and stopped inside
 * the test JVM would unregister the shared test context's engine from Camunda's static registry.
 */
class EmbeddedDatabaseRestartIT {

    @TempDir
    Path dataDirectory;

    @Test
    void aStartedCaseSurvivesARestart() throws Exception {
        String dataDirectoryArgument = "--buddyflow.embedded-db.data-directory=" + dataDirectory;
        String caseId;
        try (ApplicationProcess first = ApplicationProcess.start(Map.of(), dataDirectoryArgument)) {
            first.awaitHealthy(Duration.ofSeconds(90));
            Reply created = Http.as("intake-system", first.port()).postJson("/api/referrals",
                    Referrals.gent(Referrals.uniqueReference(), "Restart"));
            assertThat(created.status()).isEqualTo(201);
            caseId = created.json().get("caseId").asText();
        }

        try (ApplicationProcess second = ApplicationProcess.start(Map.of(), dataDirectoryArgument)) {
            second.awaitHealthy(Duration.ofSeconds(90));
            assertThat(Http.as("intake-system", second.port()).get("/api/cases/" + caseId).status()).isEqualTo(200);
            Reply tasks = Http.as("sofie", second.port()).get("/engine-rest/task?processInstanceBusinessKey=" + caseId);
            assertThat(tasks.json()).hasSize(1);
            assertThat(tasks.json().get(0).get("name").asText()).isEqualTo("Intake beoordelen");
            // Start-up seeding is idempotent: still the one Gent demo case plus ours after a second start.
            assertThat(Http.as("sofie", second.port()).get("/engine-rest/task").json()).hasSize(2);
        }
    }
}
