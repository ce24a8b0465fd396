package be.buddyflow.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import be.buddyflow.support.Http;
import be.buddyflow.support.Http.Reply;
import be.buddyflow.support.Referrals;
import be.buddyflow.support.RunningApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo run keeps its cases: what was started before a restart is still there after it. */
class EmbeddedDatabaseRestartIT {

    @TempDir
    Path dataDirectory;

    @Test
    void aStartedCaseSurvivesARestart() {
        String dataDirectoryProperty = "buddyflow.embedded-db.data-directory=" + dataDirectory;
        String caseId;
        try (RunningApplication first = RunningApplication.start(null, dataDirectoryProperty)) {
            Reply created = Http.as("intake-system", first.port()).postJson("/api/referrals",
                    Referrals.gent(Referrals.uniqueReference(), "Restart"));
            assertThat(created.status()).isEqualTo(201);
            caseId = created.json().get("caseId").asText();
        }

        try (RunningApplication second = RunningApplication.start(null, dataDirectoryProperty)) {
            assertThat(Http.as("intake-system", second.port()).get("/api/cases/" + caseId).status()).isEqualTo(200);
            Reply tasks = Http.as("sofie", second.port()).get("/engine-rest/task?processInstanceBusinessKey=" + caseId);
            assertThat(tasks.json()).hasSize(1);
            assertThat(tasks.json().get(0).get("name").asText()).isEqualTo("Intake beoordelen");
            // Start-up seeding is idempotent: still the one Gent demo case plus ours after a second start.
            assertThat(Http.as("sofie", second.port()).get("/engine-rest/task").json()).hasSize(2);
        }
    }
}
