package be.buddyflow.trajectory;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import be.buddyflow.casefile.IntakeSummary;
import be.buddyflow.closure.CloseCase;
import be.buddyflow.closure.ClosureReason;
import be.buddyflow.closure.process.CloseCaseDelegate;
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
 * The trajectory with its real intake phase; the screening and matching phases (tested in their own
 * classes) are replaced by stubs of the same keys in the same deployment, as deployment binding requires.
 */
class BuddyTrajectoryProcessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessTestEngine.withCoverage();

    private static final String CASE_ID = "BF-2026-000007";

    private final ReviewIntake reviewIntake = mock(ReviewIntake.class);
    private final CloseCase closeCase = mock(CloseCase.class);

    private String deploymentId;

    @BeforeEach
    void deployWithMatchingStub() {
        BpmnModelInstance matchingStub = Bpmn.createExecutableProcess("trajectory-matching")
                .camundaHistoryTimeToLive(1)
                .startEvent("StartEvent_MatchingStub")
                .userTask("UserTask_MatchingStub")
                .endEvent("EndEvent_MatchingStub")
                .done();
        BpmnModelInstance screeningStub = Bpmn.createExecutableProcess("trajectory-screening")
                .camundaHistoryTimeToLive(1)
                .startEvent("StartEvent_ScreeningStub")
                .userTask("UserTask_ScreeningStub")
                .endEvent("EndEvent_ScreeningStub")
                .done();
        deploymentId = engine.getRepositoryService().createDeployment()
                .addModelInstance("trajectory-screening.bpmn", screeningStub)
                .addClasspathResource("bpmn/buddy-trajectory.bpmn")
                .addClasspathResource("bpmn/trajectory-intake.bpmn")
                .addClasspathResource("forms/review-intake.form")
                .addClasspathResource("forms/schedule-screening.form")
                .addModelInstance("trajectory-matching.bpmn", matchingStub)
                .deploy().getId();
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
        Mocks.register("loadIntakeForReviewDelegate", new LoadIntakeForReviewDelegate(reviewIntake));
        Mocks.register("recordIntakeDecisionDelegate", new RecordIntakeDecisionDelegate(reviewIntake));
        Mocks.register("closeCaseDelegate", new CloseCaseDelegate(closeCase));
    }

    @AfterEach
    void reset() {
        Mocks.reset();
    }

    @Test
    void acceptedIntakeLeadsToTheScreeningPhase() {
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

        assertThat(trajectory).isWaitingAt("CallActivity_Screening");
        ProcessInstance screening = calledProcessInstance(trajectory);
        assertThat(screening).hasBusinessKey(CASE_ID).variables().containsEntry("caseTeam", "ocmw-leuven");
        complete(task(screening), Map.of("screeningOutcome", "BUDDY_TRAJECTORY"));

        assertThat(trajectory).isWaitingAt("CallActivity_Matching");
        ProcessInstance matching = calledProcessInstance(trajectory);
        assertThat(matching).hasBusinessKey(CASE_ID).variables()
                .containsEntry("caseId", CASE_ID).containsEntry("acceptanceDeadline", "PT72H")
                .containsEntry("waitingListRetry", "PT168H").containsEntry("caseTeam", "ocmw-leuven")
                .doesNotContainKey("intakeDecision");
        runtimeService().setVariable(matching.getId(), "proposedVolunteerId", "VOL-000001");
        complete(task(matching));

        assertThat(trajectory).hasPassedInOrder("StartEvent_ReferralReceived", "CallActivity_Intake",
                        "Gateway_IntakeAccepted", TrajectoryProcess.USER_TASK_SCHEDULE_SCREENING,
                        "CallActivity_Screening", "Gateway_BuddyTrajectory", "CallActivity_Matching", "EndEvent_DuoFormed")
                .isEnded();
        assertThat(trajectory).variables().containsEntry("buddyVolunteerId", "VOL-000001");
        verify(closeCase, never()).close(any(), any());
    }

    @Test
    void rejectedIntakeClosesTheCaseAsNotEligible() {
        ProcessInstance trajectory = start();

        complete(task(calledProcessInstance(trajectory)),
                Map.of("intakeDecision", "REJECTED", "intakeRejectionReason", "NOT_ELIGIBLE"));

        assertThat(trajectory).hasPassedInOrder("Gateway_IntakeAccepted", "ServiceTask_CloseCase",
                        "EndEvent_CaseClosed")
                .hasNotPassed(TrajectoryProcess.USER_TASK_SCHEDULE_SCREENING)
                .isEnded();
        verify(closeCase).close(CASE_ID, ClosureReason.NOT_ELIGIBLE);
    }

    @Test
    void screeningForProfessionalServicesOnlyClosesTheCaseAsReferredElsewhere() {
        ProcessInstance trajectory = start();
        complete(task(calledProcessInstance(trajectory)), Map.of("intakeDecision", "ACCEPTED"));
        complete(task(trajectory), Map.of("screeningDate", "2026-12-03", "screeningMode", "PHONE",
                "interpreterNeeded", false));

        complete(task(calledProcessInstance(trajectory)), Map.of("screeningOutcome", "PROFESSIONAL_SERVICES_ONLY"));

        assertThat(trajectory).hasPassedInOrder("Gateway_BuddyTrajectory", "ServiceTask_CloseCaseReferred",
                "EndEvent_CaseReferred").hasNotPassed("CallActivity_Matching").isEnded();
        verify(closeCase).close(CASE_ID, ClosureReason.REFERRED_ELSEWHERE);
    }

    @Test
    void leavingTheProgrammeEndsTheTrajectoryFromAnyPhase() {
        ProcessInstance trajectory = start();
        ProcessInstance intake = calledProcessInstance(trajectory);

        runtimeService().createMessageCorrelation(TrajectoryProcess.MESSAGE_LEFT_PROGRAMME)
                .processInstanceBusinessKey(CASE_ID).setVariable("closureReason", "MOVED_AWAY").correlate();

        assertThat(trajectory).hasPassedInOrder("StartEvent_LeftProgramme", "ServiceTask_CloseCaseLeft",
                "EndEvent_CaseClosedLeft").isEnded();
        assertThat(intake).isEnded();
        verify(closeCase).close(CASE_ID, ClosureReason.MOVED_AWAY);
    }

    private ProcessInstance start() {
        return runtimeService().startProcessInstanceByKey(TrajectoryProcess.KEY, CASE_ID,
                Map.of("caseId", CASE_ID, "caseTeam", "ocmw-leuven", "acceptanceDeadline", "PT72H",
                        "waitingListRetry", "PT168H"));
    }
}
