package be.buddyflow.closure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import be.buddyflow.notification.Notifications;
import be.buddyflow.support.Http;
import be.buddyflow.support.IntegrationTest;
import be.buddyflow.support.Referrals;
import be.buddyflow.support.Tasks;
import be.buddyflow.volunteers.MatchProposals;
import com.fasterxml.jackson.databind.JsonNode;
import org.awaitility.Awaitility;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The closure process on the real engine, PostgreSQL and job executor: victor and sofie evaluate
 * through the engine REST API as Tasklist would, and every effect lands in our tables.
 */
@IntegrationTest
class TrajectoryClosureIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    MatchProposals proposals;

    @Autowired
    Notifications notifications;

    @Test
    void aCompletedTrajectoryIsClosedEvaluatedThankedAndTheBuddyReleased() {
        String caseId = Http.as("intake-system", port).postJson("/api/referrals",
                Referrals.gent(Referrals.uniqueReference(), "Closure")).json().get("caseId").asText();
        // The closure on its own, without the trajectory that normally calls it.
        runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseId)
                .processDefinitionKey("buddy-trajectory").list()
                .forEach(trajectory -> runtimeService.deleteProcessInstance(trajectory.getId(), "closure test"));
        String victor = jdbc.sql("SELECT id FROM buddyflow.volunteer WHERE user_id = 'victor'").query(String.class).single();
        jdbc.sql("UPDATE buddyflow.volunteer SET current_load = 0 WHERE id = ?").param(victor).update();
        assertThat(proposals.formDuo(caseId, victor, LocalDate.of(2026, 5, 1))).isTrue();
        jdbc.sql("""
                INSERT INTO buddyflow.meeting_log (case_id, volunteer_id, met_on, hours, logged_by)
                VALUES (?, ?, DATE '2026-05-02', 20, 'victor'), (?, ?, DATE '2026-07-02', 5, 'victor'),
                       (?, ?, DATE '2026-09-02', 16, 'victor')
                """).params(caseId, victor, caseId, victor, caseId, victor).update();

        Map<String, Object> in = new HashMap<>();
        in.put("caseId", caseId);
        in.put("caseTeam", "ocmw-gent");
        in.put("closureReason", "COMPLETED");
        in.put("buddyVolunteerId", victor);
        in.put("buddyVolunteerUser", "victor");
        runtimeService.startProcessInstanceByKey("trajectory-closure", caseId, in);

        String socialWorkerTask = Tasks.single(port, "sofie", caseId, "UserTask_SocialWorkerFinalEvaluation");
        JsonNode shown = Tasks.variables(port, "sofie", socialWorkerTask);
        assertThat(shown.get("hoursLogged").get("value").asText()).isEqualTo("41");
        assertThat(shown.get("fourthPillarReached").get("value").asBoolean()).isTrue();
        assertThat(Http.as("sofie", port).get("/engine-rest/task/" + socialWorkerTask + "/deployed-form").status())
                .as("the form is deployed with the model").isEqualTo(200);
        assertThat(jdbc.sql("SELECT status || ' ' || closure_reason || ' ' || (retain_until IS NOT NULL) FROM buddyflow.buddy_case WHERE id = ?")
                .param(caseId).query(String.class).single()).isEqualTo("CLOSED COMPLETED true");
        assertThat(jdbc.sql("SELECT current_load FROM buddyflow.volunteer WHERE id = ?").param(victor)
                .query(Integer.class).single()).as("released before the evaluations").isZero();

        Tasks.complete(port, "sofie", caseId, "UserTask_SocialWorkerFinalEvaluation", Map.of("socialWorkerRating", "4",
                "goalsReached", "YES", "socialWorkerComment", "Lina voelt zich thuis in de buurt"));
        String volunteerTask = Tasks.single(port, "victor", caseId, "UserTask_VolunteerFinalEvaluation");
        JsonNode victorSees = Tasks.variables(port, "victor", volunteerTask);
        assertThat(victorSees.has("socialWorkerComment")).as("victor cannot read the social worker's evaluation")
                .isFalse();
        assertThat(victorSees.has("goalsReached")).isFalse();
        Tasks.complete(port, "victor", caseId, "UserTask_VolunteerFinalEvaluation",
                Map.of("volunteerRating", "5", "wouldBuddyAgain", "YES", "volunteerComment", "Graag opnieuw"));

        Awaitility.await("closure ends").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseId).count() == 0);
        assertThat(notifications.count("victor", Notifications.Template.VOLUNTEER_THANKS, caseId)).isOne();
        assertThat(jdbc.sql("""
                SELECT evaluator_role || ' ' || rating || ' ' || coalesce(goals_reached, '-') || ' '
                       || coalesce(would_buddy_again::text, '-') || ' ' || evaluated_by
                FROM buddyflow.final_evaluation WHERE case_id = ? ORDER BY evaluator_role
                """).param(caseId).query(String.class).list())
                .containsExactly("SOCIAL_WORKER 4 YES - sofie", "VOLUNTEER 5 - true victor");
        assertThat(jdbc.sql("SELECT end_reason FROM buddyflow.duo WHERE case_id = ?").param(caseId)
                .query(String.class).single()).isEqualTo("COMPLETED");
    }
}
