package be.buddyflow.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The steps of one complete trajectory (docs/processes.md walkthrough), by the demo users over
 * engine REST as Tasklist does it: intake and screening by sofie, cora matches victor, an active
 * duo with one meeting, the housing transition beside it, the end timer and both final evaluations.
 * FullTrajectoryIT checks what each step shows; CostPerCaseIT only needs the case to have lived.
 */
public final class Trajectory {

    private final int port;
    private final RuntimeService runtimeService;
    private final ManagementService managementService;
    private final JdbcClient jdbc;

    public Trajectory(int port, RuntimeService runtimeService, ManagementService managementService, JdbcClient jdbc) {
        this.port = port;
        this.runtimeService = runtimeService;
        this.managementService = managementService;
        this.jdbc = jdbc;
    }

    /** Every step, start to end; returns the (closed) case id. */
    public String complete() {
        victorHasRoom();
        String caseId = refer();
        toActive(caseId);
        logMeeting(caseId);
        recognitionAndChoice(caseId);
        moveOut(caseId);
        trajectoryEnds(caseId);
        awaitClosureTasks(caseId);
        finalEvaluations(caseId);
        awaitEnded(caseId);
        return caseId;
    }

    /** Intake and screening by sofie, then matching with victor: the case reaches the active phase. */
    public void toActive(String caseId) {
        Tasks.toMatching(port, caseId);
        approveVictor(caseId);
        victorAcceptsAndTheDuoStarts(caseId);
    }

    public void victorHasRoom() {
        jdbc.sql("UPDATE buddyflow.volunteer SET current_load = 0 WHERE user_id = 'victor'").update();
    }

    public String victorId() {
        return jdbc.sql("SELECT id FROM buddyflow.volunteer WHERE user_id = 'victor'").query(String.class).single();
    }

    /**
     * A newcomer of her own: an installation premium is granted once per person (name and date of
     * birth), so a second walkthrough with the same name would meet the repeat-premium review.
     */
    public String refer() {
        return Http.as("intake-system", port).postJson("/api/referrals",
                Referrals.gent(Referrals.uniqueReference(), "Walkthrough" + System.nanoTime())).json()
                .get("caseId").asText();
    }

    /** Matching: cora chooses victor among the proposed candidates. */
    public void approveVictor(String caseId) {
        String approval = Tasks.single(port, "cora", caseId, "UserTask_ApproveMatch");
        List<String> candidates = Arrays.asList(Tasks.variables(port, "cora", approval).get("candidateIds")
                .get("value").asText().split(","));
        Tasks.complete(port, "cora", caseId, "UserTask_ApproveMatch",
                Map.of("chosenCandidate", String.valueOf(candidates.indexOf(victorId()) + 1)));
    }

    /** Victor accepts, the newcomer agrees to a 3-month trajectory, and they meet a first time. */
    public void victorAcceptsAndTheDuoStarts(String caseId) {
        Tasks.complete(port, "victor", caseId, "UserTask_AcceptMatch", Map.of("volunteerAnswer", "ACCEPTED"));
        Tasks.complete(port, "sofie", caseId, "UserTask_ConfirmNewcomerAgreement",
                Map.of("newcomerAnswer", "AGREES", "trajectoryDuration", "P3M"));
        Tasks.complete(port, "victor", caseId, "UserTask_RegisterFirstMeeting", Map.of("firstMeetingOn",
                LocalDate.now().toString()));
    }

    /** Victor logs a meeting of 2.5 hours with a note (the note goes to the case file). */
    public void logMeeting(String caseId) {
        Tasks.complete(port, "victor", caseId, "UserTask_LogMeeting", Map.of("metOn", LocalDate.now().toString(),
                "meetingHours", 2.5, "domainLanguage", true, "domainSocialNetwork", true,
                "meetingNote", "Samen naar de bibliotheek"));
    }

    /** Recognised in collective reception: sofie holds the conversation and records the choice. */
    public void recognitionAndChoice(String caseId) {
        String today = LocalDate.now().toString();
        Http.Reply recognition = event(caseId, "recognition-granted",
                "{\"eventId\": \"rec-" + caseId + "\", \"recognitionDate\": \"" + today + "\"}");
        assertThat(recognition.status()).as(recognition.toString()).isEqualTo(202);
        Tasks.complete(port, "sofie", caseId, "UserTask_HoldConversation", Map.of("conversationHeldOn", today));
        Tasks.complete(port, "sofie", caseId, "UserTask_RecordChoice",
                Map.of("transitionChoice", "INDIVIDUAL_RECEPTION", "stayStartsOn", today));
        // The search has started (victor helps) before the partner can report housing found.
        Tasks.single(port, "victor", caseId, "UserTask_HelpSearchHousing");
    }

    /** Housing found, deposit, premium, the move, registration and handover. */
    public void moveOut(String caseId) {
        String today = LocalDate.now().toString();
        assertThat(event(caseId, "housing-found", "{\"eventId\": \"found-" + caseId + "\", \"leaseSignedOn\": \""
                + today + "\", \"moveDate\": \"" + LocalDate.now().plusDays(14) + "\"}").status()).isEqualTo(202);
        Tasks.complete(port, "sofie", caseId, "UserTask_ArrangeDeposit", Map.of("depositRoute", "OCMW_GUARANTEE"));
        Tasks.complete(port, "sofie", caseId, "UserTask_RequestPremium",
                Map.of("installationPremiumDecision", "GRANTED", "installationPremiumGrantedOn", today));
        assertThat(event(caseId, "moved", "{\"eventId\": \"moved-" + caseId + "\"}").status()).isEqualTo(202);
        Tasks.complete(port, "sofie", caseId, "UserTask_RegisterInMunicipality",
                Map.of("registeredOn", today, "newPostalCode", "9050"));
        Tasks.complete(port, "sofie", caseId, "UserTask_HandOver", Map.of("handover", "SAME_OCMW"));
    }

    public String activeInstance(String caseId) {
        return runtimeService.createProcessInstanceQuery().processDefinitionKey("trajectory-active")
                .processInstanceBusinessKey(caseId).singleResult().getId();
    }

    /** The active trajectory's end timer fires (here: now). */
    public void trajectoryEnds(String caseId) {
        managementService.executeJob(managementService.createJobQuery().processInstanceId(activeInstance(caseId))
                .activityId("BoundaryEvent_TrajectoryEnds").singleResult().getId());
    }

    public void awaitClosureTasks(String caseId) {
        await("closure tasks").atMost(Duration.ofSeconds(30)).until(() -> Tasks.of(port, "sofie", caseId).size() == 1);
    }

    public void finalEvaluations(String caseId) {
        Tasks.complete(port, "sofie", caseId, "UserTask_SocialWorkerFinalEvaluation",
                Map.of("socialWorkerRating", "4", "goalsReached", "PARTLY", "socialWorkerComment", "Goed traject"));
        Tasks.complete(port, "victor", caseId, "UserTask_VolunteerFinalEvaluation",
                Map.of("volunteerRating", "5", "wouldBuddyAgain", "YES", "volunteerComment", "Graag opnieuw"));
    }

    public void awaitEnded(String caseId) {
        await("trajectory ended").atMost(Duration.ofSeconds(30)).until(() -> runtimeService
                .createProcessInstanceQuery().processInstanceBusinessKey(caseId).count() == 0);
    }

    public Http.Reply event(String caseId, String type, String body) {
        return Http.as("intake-system", port).postJson("/api/cases/" + caseId + "/events/" + type, body);
    }
}
