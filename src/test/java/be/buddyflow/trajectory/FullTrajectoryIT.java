package be.buddyflow.trajectory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import be.buddyflow.support.Http;
import be.buddyflow.support.IntegrationTest;
import be.buddyflow.support.Referrals;
import be.buddyflow.support.Tasks;
import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The walkthrough of docs/processes.md, by the demo users over engine REST as Tasklist does it: a
 * referral goes through intake, screening, matching, the active trajectory (with the housing transition beside it)
 * and closure, and at every
 * step the volunteer sees his own tasks and nothing else.
 */
@IntegrationTest
class FullTrajectoryIT {

    @LocalServerPort
    int port;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    ManagementService managementService;

    @Autowired
    HistoryService historyService;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void victorHasRoom() {
        jdbc.sql("UPDATE buddyflow.volunteer SET current_load = 0 WHERE user_id = 'victor'").update();
    }

    @Test
    void aReferralIsDrivenThroughAllFivePhasesToACompletedClosure() {
        String caseId = Http.as("intake-system", port).postJson("/api/referrals",
                Referrals.gent(Referrals.uniqueReference(), "Walkthrough")).json().get("caseId").asText();

        // Intake and screening: sofie (OCMW Gent).
        Tasks.toMatching(port, caseId);

        // Matching: cora proposes victor, victor accepts, the newcomer agrees to a 3-month trajectory.
        String approval = Tasks.single(port, "cora", caseId, "UserTask_ApproveMatch");
        List<String> candidates = Arrays.asList(Tasks.variables(port, "cora", approval).get("candidateIds")
                .get("value").asText().split(","));
        String victor = jdbc.sql("SELECT id FROM buddyflow.volunteer WHERE user_id = 'victor'").query(String.class)
                .single();
        Tasks.complete(port, "cora", caseId, "UserTask_ApproveMatch",
                Map.of("chosenCandidate", String.valueOf(candidates.indexOf(victor) + 1)));
        victorSeesOnlyHisOwnTasks();
        Tasks.complete(port, "victor", caseId, "UserTask_AcceptMatch", Map.of("volunteerAnswer", "ACCEPTED"));
        Tasks.complete(port, "sofie", caseId, "UserTask_ConfirmNewcomerAgreement",
                Map.of("newcomerAnswer", "AGREES", "trajectoryDuration", "P3M"));
        Tasks.complete(port, "victor", caseId, "UserTask_RegisterFirstMeeting", Map.of("firstMeetingOn",
                LocalDate.now().toString()));
        assertThat(phase(caseId)).isEqualTo("ACTIVE");

        // Active trajectory: victor logs a meeting; the note goes to the case file, not the process.
        victorSeesOnlyHisOwnTasks();
        Tasks.complete(port, "victor", caseId, "UserTask_LogMeeting", Map.of("metOn", LocalDate.now().toString(),
                "meetingHours", 2.5, "domainLanguage", true, "domainSocialNetwork", true,
                "meetingNote", "Samen naar de bibliotheek"));
        assertThat(jdbc.sql("SELECT hours FROM buddyflow.meeting_log WHERE case_id = ?").param(caseId)
                .query(Double.class).single()).isEqualTo(2.5);
        String active = runtimeService.createProcessInstanceQuery().processDefinitionKey("trajectory-active")
                .processInstanceBusinessKey(caseId).singleResult().getId();
        assertThat(runtimeService.getVariable(active, "endDate")).asString()
                .startsWith(LocalDate.now().plusMonths(3).toString());

        // Housing: recognised while in collective reception, the newcomer moves out beside the duo.
        String today = LocalDate.now().toString();
        Http.Reply recognition = event(caseId, "recognition-granted",
                "{\"eventId\": \"rec-" + caseId + "\", \"recognitionDate\": \"" + today + "\"}");
        assertThat(recognition.status()).as(recognition.toString()).isEqualTo(202);
        Tasks.complete(port, "sofie", caseId, "UserTask_HoldConversation", Map.of("conversationHeldOn", today));
        Tasks.complete(port, "sofie", caseId, "UserTask_RecordChoice",
                Map.of("transitionChoice", "INDIVIDUAL_RECEPTION", "stayStartsOn", today));
        assertThat(Tasks.single(port, "victor", caseId, "UserTask_HelpSearchHousing")).isNotBlank();
        victorSeesOnlyHisOwnTasks();
        assertThat(event(caseId, "housing-found", "{\"eventId\": \"found-" + caseId + "\", \"leaseSignedOn\": \""
                + today + "\", \"moveDate\": \"" + LocalDate.now().plusDays(14) + "\"}").status()).isEqualTo(202);
        Tasks.complete(port, "sofie", caseId, "UserTask_ArrangeDeposit", Map.of("depositRoute", "OCMW_GUARANTEE"));
        Tasks.complete(port, "sofie", caseId, "UserTask_RequestPremium",
                Map.of("installationPremiumDecision", "GRANTED", "installationPremiumGrantedOn", today));
        assertThat(event(caseId, "moved", "{\"eventId\": \"moved-" + caseId + "\"}").status()).isEqualTo(202);
        Tasks.complete(port, "sofie", caseId, "UserTask_RegisterInMunicipality",
                Map.of("registeredOn", today, "newPostalCode", "9050"));
        Tasks.complete(port, "sofie", caseId, "UserTask_HandOver", Map.of("handover", "SAME_OCMW"));
        String trajectory = runtimeService.createProcessInstanceQuery().processDefinitionKey(TrajectoryProcess.KEY)
                .processInstanceBusinessKey(caseId).singleResult().getId();
        assertThat(runtimeService.getVariable(trajectory, "housingOutcome")).isEqualTo("MOVED");

        // Three months later the end timer fires (here: now).
        managementService.executeJob(managementService.createJobQuery().processInstanceId(active)
                .activityId("BoundaryEvent_TrajectoryEnds").singleResult().getId());

        // Closure: the case closes, both give their final evaluation, victor is thanked.
        await("closure tasks").atMost(Duration.ofSeconds(30)).until(() -> Tasks.of(port, "sofie", caseId).size() == 1);
        victorSeesOnlyHisOwnTasks();
        JsonNode hours = Tasks.variables(port, "sofie", Tasks.single(port, "sofie", caseId,
                "UserTask_SocialWorkerFinalEvaluation"));
        assertThat(hours.get("hoursLogged").get("value").asText()).isEqualTo("2.5");
        Tasks.complete(port, "sofie", caseId, "UserTask_SocialWorkerFinalEvaluation",
                Map.of("socialWorkerRating", "4", "goalsReached", "PARTLY", "socialWorkerComment", "Goed traject"));
        Tasks.complete(port, "victor", caseId, "UserTask_VolunteerFinalEvaluation",
                Map.of("volunteerRating", "5", "wouldBuddyAgain", "YES", "volunteerComment", "Graag opnieuw"));

        await("trajectory ended").atMost(Duration.ofSeconds(30)).until(() -> runtimeService
                .createProcessInstanceQuery().processInstanceBusinessKey(caseId).count() == 0);
        JsonNode status = Http.as("intake-system", port).get("/api/cases/" + caseId).json();
        assertThat(status.get("status").asText()).isEqualTo("CLOSED");
        assertThat(status.get("closureReason").asText()).isEqualTo("COMPLETED");
        assertThat(historyService.createHistoricActivityInstanceQuery().activityId("EndEvent_CaseClosed")
                .processInstanceId(historyService.createHistoricProcessInstanceQuery()
                        .processDefinitionKey(TrajectoryProcess.KEY).processInstanceBusinessKey(caseId)
                        .singleResult().getId()).count()).isOne();
        assertThat(jdbc.sql("SELECT current_load FROM buddyflow.volunteer WHERE id = ?").param(victor)
                .query(Integer.class).single()).as("victor is back in the pool").isZero();
    }

    private Http.Reply event(String caseId, String type, String body) {
        return Http.as("intake-system", port).postJson("/api/cases/" + caseId + "/events/" + type, body);
    }

    private String phase(String caseId) {
        return Http.as("intake-system", port).get("/api/cases/" + caseId).json().get("phase").asText();
    }

    /** Every task victor can see in Tasklist is assigned to him. */
    private void victorSeesOnlyHisOwnTasks() {
        JsonNode tasks = Http.as("victor", port).get("/engine-rest/task?maxResults=200").json();
        assertThat(tasks).isNotEmpty();
        tasks.forEach(task -> assertThat(task.get("assignee").asText()).as(task.toString()).isEqualTo("victor"));
    }
}
