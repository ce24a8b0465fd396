package be.buddyflow.intake.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoMoreInteractions;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import be.buddyflow.casefile.IntakeSummary;
import be.buddyflow.casefile.PossibleDuplicates;
import be.buddyflow.intake.IntakeDecision;
import be.buddyflow.intake.IntakeRejectionReason;
import be.buddyflow.intake.ReviewIntake;
import be.buddyflow.support.ProcessTestEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@Deployment(resources = {"bpmn/trajectory-intake.bpmn", "forms/review-intake.form"})
class TrajectoryIntakeProcessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessTestEngine.withCoverage();

    private static final String CASE_ID = "BF-2026-000042";

    private final ReviewIntake reviewIntake = mock(ReviewIntake.class);

    @BeforeEach
    void registerDelegates() {
        when(reviewIntake.summary(CASE_ID)).thenReturn(new IntakeSummary(CASE_ID, "Amina", "Haidari",
                LocalDate.of(1994, 3, 12), List.of("fa", "en"), "9000", "Gent", "RECOGNISED_REFUGEE",
                LocalDate.of(2026, 11, 20), "COLLECTIVE", "Opvangcentrum Gent", 1, 2, true, "PUBLIC_TASK", "fedasil"));
        when(reviewIntake.possibleDuplicates(CASE_ID)).thenReturn(new PossibleDuplicates(1, List.of("BF-2026-000007")));
        Mocks.register("loadIntakeForReviewDelegate", new LoadIntakeForReviewDelegate(reviewIntake));
        Mocks.register("recordIntakeDecisionDelegate", new RecordIntakeDecisionDelegate(reviewIntake));
    }

    @AfterEach
    void reset() {
        Mocks.reset();
    }

    @Test
    void acceptedIntakeEndsAccepted() {
        ProcessInstance intake = start();

        assertThat(intake).isWaitingAt(IntakeProcess.USER_TASK_REVIEW_INTAKE);
        assertThat(task(intake)).hasCandidateGroup("ocmw-gent");
        assertThat(taskService().createTaskQuery().initializeFormKeys().singleResult().getCamundaFormRef().getKey())
                .isEqualTo("review-intake");
        assertThat(intake).variables()
                .containsEntry("newcomerName", "Amina Haidari")
                .containsEntry("languages", "fa, en")
                .containsEntry("addressArea", "9000 Gent")
                .containsEntry("householdChildren", 2)
                .containsEntry("consentBuddyContact", true)
                .containsEntry("possibleDuplicateCount", 1)
                .containsEntry("possibleDuplicates", "BF-2026-000007");

        complete(task(intake), Map.of("intakeDecision", "ACCEPTED"));

        assertThat(intake).hasPassedInOrder("StartEvent_IntakeStarted", "ServiceTask_LoadIntake",
                        IntakeProcess.USER_TASK_REVIEW_INTAKE, "ServiceTask_RecordIntakeDecision",
                        "Gateway_IntakeAccepted", "EndEvent_IntakeAccepted")
                .isEnded();
        verify(reviewIntake).summary(CASE_ID);
        verify(reviewIntake).possibleDuplicates(CASE_ID);
        verify(reviewIntake).decide(eq(CASE_ID), eq(IntakeDecision.ACCEPTED), isNull(), any());
        verifyNoMoreInteractions(reviewIntake);
    }

    @Test
    void hundredsOfNamesakesLeaveACountAndABoundedListInTheReview() {
        // Before issue 11 every namesake's case id went into one string variable, which holds at
        // most 4,000 characters: from about the 252nd namesake the intake could not start at all.
        List<String> mostRecent = List.of("BF-2026-000300", "BF-2026-000299", "BF-2026-000298", "BF-2026-000297",
                "BF-2026-000296");
        when(reviewIntake.possibleDuplicates(CASE_ID)).thenReturn(new PossibleDuplicates(300, mostRecent));

        ProcessInstance intake = start();

        assertThat(intake).isWaitingAt(IntakeProcess.USER_TASK_REVIEW_INTAKE);
        assertThat(intake).variables()
                .containsEntry("possibleDuplicateCount", 300)
                .containsEntry("possibleDuplicates", String.join(", ", mostRecent));
    }

    @Test
    void noNamesakeLeavesTheDuplicateFieldsOut() {
        when(reviewIntake.possibleDuplicates(CASE_ID)).thenReturn(PossibleDuplicates.NONE);

        ProcessInstance intake = start();

        assertThat(intake).isWaitingAt(IntakeProcess.USER_TASK_REVIEW_INTAKE);
        assertThat(intake).variables().doesNotContainKeys("possibleDuplicateCount", "possibleDuplicates");
    }

    @Test
    void rejectedIntakeEndsRejectedWithItsReason() {
        ProcessInstance intake = start();

        complete(task(intake), Map.of("intakeDecision", "REJECTED", "intakeRejectionReason", "OUT_OF_AREA"));

        assertThat(intake).hasPassed("EndEvent_IntakeRejected").hasNotPassed("EndEvent_IntakeAccepted").isEnded();
        verify(reviewIntake).decide(eq(CASE_ID), eq(IntakeDecision.REJECTED), eq(IntakeRejectionReason.OUT_OF_AREA),
                any());
    }

    @Test
    void recordsWhoDecided() {
        ProcessInstance intake = start();
        String taskId = task(intake).getId();

        engine.getIdentityService().setAuthenticatedUserId("sofie");
        try {
            taskService().complete(taskId, Map.of("intakeDecision", "ACCEPTED"));
        } finally {
            engine.getIdentityService().clearAuthentication();
        }

        verify(reviewIntake).decide(CASE_ID, IntakeDecision.ACCEPTED, null, "sofie");
    }

    private ProcessInstance start() {
        return runtimeService().startProcessInstanceByKey(IntakeProcess.KEY, CASE_ID,
                Map.of("caseId", CASE_ID, "caseTeam", "ocmw-gent"));
    }
}
