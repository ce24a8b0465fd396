package be.buddyflow.trajectory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import be.buddyflow.support.Http;
import be.buddyflow.support.IntegrationTest;
import be.buddyflow.support.Tasks;
import be.buddyflow.support.Trajectory;
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

    Trajectory steps;

    @BeforeEach
    void victorHasRoom() {
        steps = new Trajectory(port, runtimeService, managementService, jdbc);
        steps.victorHasRoom();
    }

    @Test
    void aReferralIsDrivenThroughAllFivePhasesToACompletedClosure() {
        String caseId = steps.refer();

        // Intake and screening: sofie (OCMW Gent).
        Tasks.toMatching(port, caseId);

        // Matching: cora proposes victor, victor accepts, the newcomer agrees to a 3-month trajectory.
        steps.approveVictor(caseId);
        victorSeesOnlyHisOwnTasks();
        steps.victorAcceptsAndTheDuoStarts(caseId);
        assertThat(phase(caseId)).isEqualTo("ACTIVE");

        // Active trajectory: victor logs a meeting; the note goes to the case file, not the process.
        victorSeesOnlyHisOwnTasks();
        steps.logMeeting(caseId);
        assertThat(jdbc.sql("SELECT hours FROM buddyflow.meeting_log WHERE case_id = ?").param(caseId)
                .query(Double.class).single()).isEqualTo(2.5);
        assertThat(runtimeService.getVariable(steps.activeInstance(caseId), "endDate")).asString()
                .startsWith(LocalDate.now().plusMonths(3).toString());

        // Housing: recognised while in collective reception, the newcomer moves out beside the duo.
        steps.recognitionAndChoice(caseId);
        assertThat(Tasks.single(port, "victor", caseId, "UserTask_HelpSearchHousing")).isNotBlank();
        victorSeesOnlyHisOwnTasks();
        steps.moveOut(caseId);
        String trajectory = runtimeService.createProcessInstanceQuery().processDefinitionKey(TrajectoryProcess.KEY)
                .processInstanceBusinessKey(caseId).singleResult().getId();
        assertThat(runtimeService.getVariable(trajectory, "housingOutcome")).isEqualTo("MOVED");

        // Three months later the end timer fires (here: now).
        steps.trajectoryEnds(caseId);

        // Closure: the case closes, both give their final evaluation, victor is thanked.
        steps.awaitClosureTasks(caseId);
        victorSeesOnlyHisOwnTasks();
        JsonNode hours = Tasks.variables(port, "sofie", Tasks.single(port, "sofie", caseId,
                "UserTask_SocialWorkerFinalEvaluation"));
        assertThat(hours.get("hoursLogged").get("value").asText()).isEqualTo("2.5");
        steps.finalEvaluations(caseId);

        steps.awaitEnded(caseId);
        JsonNode status = Http.as("intake-system", port).get("/api/cases/" + caseId).json();
        assertThat(status.get("status").asText()).isEqualTo("CLOSED");
        assertThat(status.get("closureReason").asText()).isEqualTo("COMPLETED");
        assertThat(historyService.createHistoricActivityInstanceQuery().activityId("EndEvent_CaseClosed")
                .processInstanceId(historyService.createHistoricProcessInstanceQuery()
                        .processDefinitionKey(TrajectoryProcess.KEY).processInstanceBusinessKey(caseId)
                        .singleResult().getId()).count()).isOne();
        assertThat(jdbc.sql("SELECT current_load FROM buddyflow.volunteer WHERE id = ?").param(steps.victorId())
                .query(Integer.class).single()).as("victor is back in the pool").isZero();
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
