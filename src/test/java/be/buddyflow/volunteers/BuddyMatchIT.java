package be.buddyflow.volunteers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import be.buddyflow.support.Http;
import be.buddyflow.support.Http.Reply;
import be.buddyflow.support.IntegrationTest;
import be.buddyflow.support.Referrals;
import be.buddyflow.support.Tasks;
import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.HistoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A referral through intake, screening and matching to a duo, each step done by its own demo user. */
@IntegrationTest
class BuddyMatchIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    HistoryService historyService;

    /** Other tests of the shared context may have given Victor duos: he has room again for this one. */
    @org.junit.jupiter.api.BeforeEach
    void victorHasRoom() {
        jdbc.sql("UPDATE buddyflow.volunteer SET current_load = 0 WHERE user_id = 'victor'").update();
    }

    @Test
    void socialWorkerCoordinatorAndVolunteerFormADuo() {
        Reply referral = Http.as("intake-system", port).postJson("/api/referrals",
                Referrals.gent(Referrals.uniqueReference(), "Duo"));
        String caseId = referral.json().get("caseId").asText();
        Tasks.toMatching(port, caseId);

        String approval = Tasks.single(port, "cora", caseId, "UserTask_ApproveMatch");
        JsonNode variables = Tasks.variables(port, "cora", approval);
        String overview = variables.get("candidateOverview").get("value").asText();
        List<String> ids = Arrays.asList(variables.get("candidateIds").get("value").asText().split(","));
        String victor = volunteerOf("victor");
        assertThat(ids).as(overview).contains(victor);
        assertThat(overview).contains("Victor — ").contains("Afstand: ").contains("Gedeelde talen: Arabisch")
                .doesNotContain(victor);
        String victorsOption = variables.get("candidateLabel" + (ids.indexOf(victor) + 1)).get("value").asText();
        assertThat(victorsOption).startsWith("Victor · ").contains(" km · ").doesNotContain(victor);
        assertThat(variables.get("newcomerProfile").get("value").asText()).contains("Talen: Arabisch, Nederlands")
                .doesNotContain("Duo");
        assertThat(Tasks.of(port, "sofie", caseId)).as("social workers do not match").isEmpty();

        long loadBefore = load(victor);
        Tasks.complete(port, "cora", caseId, "UserTask_ApproveMatch",
                Map.of("chosenCandidate", String.valueOf(ids.indexOf(victor) + 1)));

        assertThat(Tasks.of(port, "vera", caseId)).as("another volunteer sees nothing").isEmpty();
        String acceptTask = Tasks.single(port, "victor", caseId, "UserTask_AcceptMatch");
        JsonNode profile = Tasks.variables(port, "victor", acceptTask);
        assertThat(profile.get("buddyProfile").get("value").asText()).contains("Arabisch, Nederlands")
                .doesNotContain("Duo");
        assertThat(profile.has("candidateOverview")).as("victor cannot read the coordinator's shortlist").isFalse();
        assertThat(profile.has("candidateLabel1")).as("nor the other candidates' names").isFalse();
        assertThat(profile.has("newcomerProfile")).as("nor the coordinator's view of the newcomer").isFalse();
        Tasks.complete(port, "victor", caseId, "UserTask_AcceptMatch", Map.of("volunteerAnswer", "ACCEPTED"));
        assertThat(load(victor)).as("no duo before the newcomer agrees").isEqualTo(loadBefore);
        Tasks.complete(port, "sofie", caseId, "UserTask_ConfirmNewcomerAgreement", Map.of("newcomerAnswer", "AGREES"));
        Tasks.complete(port, "victor", caseId, "UserTask_RegisterFirstMeeting", Map.of("firstMeetingOn", "2026-12-10"));

        assertThat(load(victor)).isEqualTo(loadBefore + 1);
        assertThat(jdbc.sql("SELECT first_meeting_on FROM buddyflow.duo WHERE case_id = ? AND volunteer_id = ?")
                .params(caseId, victor).query(java.time.LocalDate.class).single())
                .isEqualTo(java.time.LocalDate.of(2026, 12, 10));
        // The matching phase ended with the first meeting: the active trajectory runs, and the
        // volunteer's standing task to log meetings is his alone.
        assertThat(historyService.createHistoricProcessInstanceQuery().processDefinitionKey("trajectory-matching")
                .processInstanceBusinessKey(caseId).finished().count()).isOne();
        assertThat(Tasks.single(port, "victor", caseId, "UserTask_LogMeeting")).isNotBlank();
        assertThat(Tasks.of(port, "vera", caseId)).isEmpty();
    }

    private String volunteerOf(String user) {
        return jdbc.sql("SELECT id FROM buddyflow.volunteer WHERE user_id = ?").param(user).query(String.class).single();
    }

    private long load(String volunteerId) {
        return jdbc.sql("SELECT current_load FROM buddyflow.volunteer WHERE id = ?").param(volunteerId)
                .query(Long.class).single();
    }
}
