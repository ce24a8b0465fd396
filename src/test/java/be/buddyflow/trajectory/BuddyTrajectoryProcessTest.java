package be.buddyflow.trajectory;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import be.buddyflow.casefile.IntakeSummary;
import be.buddyflow.casefile.PossibleDuplicates;
import be.buddyflow.intake.ReviewIntake;
import be.buddyflow.intake.process.IntakeProcess;
import be.buddyflow.intake.process.LoadIntakeForReviewDelegate;
import be.buddyflow.intake.process.RecordIntakeDecisionDelegate;
import be.buddyflow.support.ProcessTestEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The trajectory with its real intake phase; the other phases (tested in their own classes) are replaced
 * by stubs of the same keys in the same deployment, as deployment binding requires. The tests check what
 * each phase receives and where what it returns leads.
 */
class BuddyTrajectoryProcessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessTestEngine.withCoverage();

    private static final String CASE_ID = "BF-2026-000007";

    private final ReviewIntake reviewIntake = mock(ReviewIntake.class);

    private String deploymentId;

    @BeforeEach
    void deployWithPhaseStubs() {
        var deployment = engine.getRepositoryService().createDeployment()
                .addClasspathResource("bpmn/buddy-trajectory.bpmn")
                .addClasspathResource("bpmn/trajectory-intake.bpmn")
                .addClasspathResource("forms/review-intake.form")
                .addClasspathResource("forms/schedule-screening.form");
        for (String phase : List.of("trajectory-screening", "trajectory-matching", "trajectory-active",
                "trajectory-closure", "housing-transition")) {
            deployment.addModelInstance(phase + ".bpmn", stub(phase));
        }
        deploymentId = deployment.deploy().getId();
    }

    /** A phase that waits in one task, so the test can look at what it received and set what it returns. */
    private static BpmnModelInstance stub(String key) {
        return Bpmn.createExecutableProcess(key).camundaHistoryTimeToLive(1)
                .startEvent().userTask("UserTask_Stub").endEvent().done();
    }

    @AfterEach
    void undeploy() {
        engine.getRepositoryService().deleteDeployment(deploymentId, true);
    }

    @BeforeEach
    void registerDelegates() {
        when(reviewIntake.summary(CASE_ID)).thenReturn(new IntakeSummary(CASE_ID, "Yonas", "Tesfaye", null,
                List.of("ti"), "3000", "Leuven", "SUBSIDIARY_PROTECTION", LocalDate.of(2026, 10, 1), "INDIVIDUAL",
                null, 1, 0, false, "CONSENT", "demo"));
        when(reviewIntake.possibleDuplicates(CASE_ID)).thenReturn(PossibleDuplicates.NONE);
        Mocks.register("loadIntakeForReviewDelegate", new LoadIntakeForReviewDelegate(reviewIntake));
        Mocks.register("recordIntakeDecisionDelegate", new RecordIntakeDecisionDelegate(reviewIntake));
    }

    @AfterEach
    void reset() {
        Mocks.reset();
    }

    @Test
    void aCaseRunsThroughEveryPhaseToACompletedClosure() {
        ProcessInstance trajectory = start();

        assertThat(trajectory).isWaitingAt("CallActivity_Intake");
        ProcessInstance intake = calledProcessInstance(trajectory);
        assertThat(intake).hasBusinessKey(CASE_ID).isWaitingAt(IntakeProcess.USER_TASK_REVIEW_INTAKE);
        complete(task(intake), Map.of("intakeDecision", "ACCEPTED"));

        assertThat(trajectory).isWaitingAt(TrajectoryProcess.USER_TASK_SCHEDULE_SCREENING)
                .variables().containsEntry("intakeDecision", "ACCEPTED")
                // The review summary stays in the intake instance: the trajectory holds ids and flags.
                .doesNotContainKeys("newcomerName", "languages", "addressArea");
        assertThat(task(trajectory)).hasCandidateGroup("ocmw-leuven");
        complete(task(trajectory), Map.of("screeningDate", "2026-12-03", "screeningMode", "OFFICE",
                "interpreterNeeded", true, "interpreterLanguage", "ti"));

        ProcessInstance screening = phase(trajectory, "CallActivity_Screening");
        assertThat(screening).variables().containsEntry("caseTeam", "ocmw-leuven");
        finish(screening, Map.of("screeningOutcome", "BUDDY_TRAJECTORY"));

        ProcessInstance matching = phase(trajectory, "CallActivity_Matching");
        assertThat(matching).variables()
                .containsEntry("caseId", CASE_ID).containsEntry("acceptanceDeadline", "PT72H")
                .containsEntry("waitingListRetry", "PT168H").containsEntry("caseTeam", "ocmw-leuven")
                .containsEntry("trajectoryDuration", "P6M").doesNotContainKey("intakeDecision");
        // The social worker agreed a longer trajectory with the newcomer in "Akkoord nieuwkomer vragen".
        finish(matching, Map.of("proposedVolunteerId", "VOL-000001", "proposedVolunteerUser", "victor",
                "trajectoryDuration", "P9M"));

        ProcessInstance active = phase(trajectory, "CallActivity_Active");
        assertThat(active).variables().containsEntry("buddyVolunteerId", "VOL-000001")
                .containsEntry("buddyVolunteerUser", "victor").containsEntry("trajectoryDuration", "P9M")
                .containsEntry("meetingInterval", "P14D").containsEntry("meetingFollowUpAfter", "P7D");
        finish(active, Map.of("activeOutcome", "COMPLETED"));

        ProcessInstance closure = phase(trajectory, "CallActivity_Closure");
        assertThat(closure).variables().containsEntry("closureReason", "COMPLETED")
                .containsEntry("buddyVolunteerId", "VOL-000001").containsEntry("buddyVolunteerUser", "victor");
        finish(closure, Map.of());

        assertThat(trajectory).hasPassedInOrder("StartEvent_ReferralReceived", "CallActivity_Intake",
                        "Gateway_IntakeAccepted", TrajectoryProcess.USER_TASK_SCHEDULE_SCREENING,
                        "CallActivity_Screening", "Gateway_BuddyTrajectory", "Gateway_ToMatching",
                        "CallActivity_Matching", "CallActivity_Active", "Gateway_ActiveOutcome", "Gateway_ToClosure",
                        "CallActivity_Closure", "EndEvent_CaseClosed")
                .isEnded();
    }

    @Test
    void aDuoEndedEarlyForARematchGoesBackToMatching() {
        ProcessInstance trajectory = toActive();
        // The active phase ended the duo and freed the volunteer's place before returning REMATCH.
        finish(phase(trajectory, "CallActivity_Active"), Map.of("activeOutcome", "REMATCH"));

        ProcessInstance secondSearch = phase(trajectory, "CallActivity_Matching");
        finish(secondSearch, Map.of("proposedVolunteerId", "VOL-000002", "proposedVolunteerUser", "vera"));
        assertThat(phase(trajectory, "CallActivity_Active")).variables().containsEntry("buddyVolunteerUser", "vera");

        finish(phase(trajectory, "CallActivity_Active"), Map.of("activeOutcome", "CLOSE"));

        assertThat(phase(trajectory, "CallActivity_Closure")).variables()
                .containsEntry("closureReason", "ENDED_EARLY").containsEntry("buddyVolunteerId", "VOL-000002");
    }

    @Test
    void rejectedIntakeClosesTheCaseAsNotEligible() {
        ProcessInstance trajectory = start();

        complete(task(calledProcessInstance(trajectory)),
                Map.of("intakeDecision", "REJECTED", "intakeRejectionReason", "NOT_ELIGIBLE"));

        ProcessInstance closure = phase(trajectory, "CallActivity_Closure");
        assertThat(closure).variables().containsEntry("closureReason", "NOT_ELIGIBLE")
                .containsEntry("buddyVolunteerId", null);
        assertThat(trajectory).hasPassedInOrder("Gateway_IntakeAccepted", "Gateway_ToClosure")
                .hasNotPassed(TrajectoryProcess.USER_TASK_SCHEDULE_SCREENING);
    }

    @Test
    void screeningForProfessionalServicesOnlyClosesTheCaseAsReferredElsewhere() {
        ProcessInstance trajectory = start();
        complete(task(calledProcessInstance(trajectory)), Map.of("intakeDecision", "ACCEPTED"));
        complete(task(trajectory), Map.of("screeningDate", "2026-12-03", "screeningMode", "PHONE",
                "interpreterNeeded", false));

        finish(phase(trajectory, "CallActivity_Screening"), Map.of("screeningOutcome", "PROFESSIONAL_SERVICES_ONLY"));

        assertThat(phase(trajectory, "CallActivity_Closure")).variables()
                .containsEntry("closureReason", "REFERRED_ELSEWHERE");
        assertThat(trajectory).hasNotPassed("CallActivity_Matching");
    }

    @Test
    void leavingTheProgrammeEndsTheTrajectoryFromAnyPhaseThroughTheClosure() {
        ProcessInstance trajectory = toActive();
        ProcessInstance active = calledProcessInstance(trajectory);

        runtimeService().createMessageCorrelation(TrajectoryProcess.MESSAGE_LEFT_PROGRAMME)
                .processInstanceBusinessKey(CASE_ID).setVariable("closureReason", "MOVED_AWAY").correlate();

        assertThat(active).isEnded();
        ProcessInstance closure = phase(trajectory, "CallActivity_ClosureLeft");
        assertThat(closure).variables().containsEntry("closureReason", "MOVED_AWAY")
                .containsEntry("buddyVolunteerUser", "victor");
        finish(closure, Map.of());
        assertThat(trajectory).hasPassedInOrder("StartEvent_LeftProgramme", "CallActivity_ClosureLeft",
                "EndEvent_CaseClosedLeft").isEnded();
    }

    @Test
    void recognitionInCollectiveReceptionStartsTheHousingTransitionBesideTheCurrentPhase() {
        ProcessInstance trajectory = toActive();

        runtimeService().createMessageCorrelation(TrajectoryProcess.MESSAGE_RECOGNITION_GRANTED)
                .processInstanceBusinessKey(CASE_ID).setVariable("recognitionDate", "2026-12-01").correlate();

        assertThat(trajectory).isWaitingAt("CallActivity_Active", "CallActivity_Housing");
        ProcessInstance housing = runtimeService().createProcessInstanceQuery()
                .processDefinitionKey("housing-transition").singleResult();
        assertThat(housing).hasBusinessKey(CASE_ID).variables().containsEntry("recognitionDate", "2026-12-01")
                .containsEntry("buddyVolunteerUser", "victor").containsEntry("caseTeam", "ocmw-leuven");
        finish(housing, Map.of("housingOutcome", "MOVED"));

        assertThat(trajectory).hasPassed("EndEvent_HousingDone").isWaitingAt("CallActivity_Active")
                .variables().containsEntry("housingOutcome", "MOVED");
    }

    @Test
    void withdrawingBuddyContactDuringMatchingStopsTheSearchAndClosesTheTrajectory() {
        ProcessInstance trajectory = start();
        complete(task(calledProcessInstance(trajectory)), Map.of("intakeDecision", "ACCEPTED"));
        complete(task(trajectory), Map.of("screeningDate", "2026-12-03", "screeningMode", "OFFICE",
                "interpreterNeeded", false));
        finish(phase(trajectory, "CallActivity_Screening"), Map.of("screeningOutcome", "BUDDY_TRAJECTORY"));
        ProcessInstance matching = phase(trajectory, "CallActivity_Matching");

        withdrawBuddyContact();

        assertThat(matching).isEnded();
        assertThat(phase(trajectory, "CallActivity_Closure")).variables()
                .containsEntry("closureReason", "ENDED_EARLY").containsEntry("buddyVolunteerId", null);
        assertThat(trajectory).hasPassed("BoundaryEvent_ContactWithdrawnInMatching");
    }

    @Test
    void withdrawingBuddyContactEndsTheActiveDuoThroughTheClosure() {
        ProcessInstance trajectory = toActive();
        ProcessInstance active = calledProcessInstance(trajectory);

        withdrawBuddyContact();

        assertThat(active).isEnded();
        // The closure releases the volunteer whose duo was still running.
        assertThat(phase(trajectory, "CallActivity_Closure")).variables()
                .containsEntry("closureReason", "ENDED_EARLY").containsEntry("buddyVolunteerId", "VOL-000001");
        assertThat(trajectory).hasPassed("BoundaryEvent_ContactWithdrawnInActive");
    }

    private static void withdrawBuddyContact() {
        runtimeService().createMessageCorrelation(TrajectoryProcess.MESSAGE_BUDDY_CONTACT_WITHDRAWN)
                .processInstanceBusinessKey(CASE_ID).correlate();
    }

    /** Through intake, screening and matching to the active trajectory with victor as buddy. */
    private ProcessInstance toActive() {
        ProcessInstance trajectory = start();
        complete(task(calledProcessInstance(trajectory)), Map.of("intakeDecision", "ACCEPTED"));
        complete(task(trajectory), Map.of("screeningDate", "2026-12-03", "screeningMode", "OFFICE",
                "interpreterNeeded", false));
        finish(phase(trajectory, "CallActivity_Screening"), Map.of("screeningOutcome", "BUDDY_TRAJECTORY"));
        finish(phase(trajectory, "CallActivity_Matching"),
                Map.of("proposedVolunteerId", "VOL-000001", "proposedVolunteerUser", "victor"));
        assertThat(trajectory).isWaitingAt("CallActivity_Active");
        return trajectory;
    }

    private static ProcessInstance phase(ProcessInstance trajectory, String callActivity) {
        assertThat(trajectory).isWaitingAt(callActivity);
        ProcessInstance phase = runtimeService().createProcessInstanceQuery().superProcessInstanceId(trajectory.getId())
                .active().list().stream().filter(p -> runtimeService().createExecutionQuery()
                        .processInstanceId(trajectory.getId()).activityId(callActivity).count() > 0)
                .findFirst().orElseThrow();
        assertThat(phase).hasBusinessKey(CASE_ID);
        return phase;
    }

    private static void finish(ProcessInstance phase, Map<String, Object> returned) {
        runtimeService().setVariables(phase.getId(), returned);
        complete(task(phase));
    }

    private ProcessInstance start() {
        return runtimeService().startProcessInstanceByKey(TrajectoryProcess.KEY, CASE_ID,
                Map.of("caseId", CASE_ID, "caseTeam", "ocmw-leuven", "acceptanceDeadline", "PT72H",
                        "waitingListRetry", "PT168H", "trajectoryDuration", "P6M", "meetingInterval", "P14D",
                        "meetingFollowUpAfter", "P7D"));
    }
}
