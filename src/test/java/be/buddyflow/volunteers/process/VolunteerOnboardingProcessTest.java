package be.buddyflow.volunteers.process;

import static be.buddyflow.volunteers.process.VolunteerOnboardingProcess.USER_TASK_CHECK_CRIMINAL_RECORD;
import static be.buddyflow.volunteers.process.VolunteerOnboardingProcess.USER_TASK_CONDUCT_INTAKE_INTERVIEW;
import static be.buddyflow.volunteers.process.VolunteerOnboardingProcess.USER_TASK_CONFIRM_TRAINING;
import static be.buddyflow.volunteers.process.VolunteerOnboardingProcess.USER_TASK_HOLD_SUPERVISION;
import static be.buddyflow.volunteers.process.VolunteerOnboardingProcess.USER_TASK_REGISTER_AGREEMENT;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import java.time.LocalDate;
import java.util.Map;

import be.buddyflow.support.ProcessTestEngine;
import be.buddyflow.volunteers.ArchiveReason;
import be.buddyflow.volunteers.VolunteerOnboarding;
import be.buddyflow.volunteers.VolunteerStatus;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mockito.InOrder;

@Deployment(resources = {"bpmn/volunteer-onboarding.bpmn", "forms/volunteer-intake-interview.form",
        "forms/volunteer-criminal-record-check.form", "forms/volunteer-training.form", "forms/volunteer-agreement.form",
        "forms/volunteer-supervision.form"})
class VolunteerOnboardingProcessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessTestEngine.withCoverage();

    private static final String VOLUNTEER = "VOL-000001";

    private final VolunteerOnboarding onboarding = mock(VolunteerOnboarding.class);

    @BeforeEach
    void registerDelegates() {
        Mocks.register("startScreeningDelegate", new StartScreeningDelegate(onboarding));
        Mocks.register("recordScreeningCheckDelegate", new RecordScreeningCheckDelegate(onboarding));
        Mocks.register("activateVolunteerDelegate", new ActivateVolunteerDelegate(onboarding));
        Mocks.register("recordSupervisionDelegate", new RecordSupervisionDelegate(onboarding));
        Mocks.register("archiveVolunteerDelegate", new ArchiveVolunteerDelegate(onboarding));
    }

    @AfterEach
    void reset() {
        Mocks.reset();
    }

    @Test
    void volunteerWithContactWithMinorsIsScreenedTrainedActivatedSupervisedAndFinallyArchived() {
        ProcessInstance onboardingProcess = start();
        assertThat(task(onboardingProcess)).hasCandidateGroup("coordinators");

        complete(task(onboardingProcess), Map.of("interviewOutcome", "CONTINUE", "contactWithMinors", true, "capacity", 2));
        assertThat(onboardingProcess).isWaitingAt(USER_TASK_CHECK_CRIMINAL_RECORD);
        complete(task(onboardingProcess), Map.of("screeningOutcome", "VALID", "screeningCheckedOn", "2026-11-20",
                "screeningValidUntil", "2029-11-20"));
        assertThat(onboardingProcess).isWaitingAt(USER_TASK_CONFIRM_TRAINING);
        complete(task(onboardingProcess), Map.of("trainingOutcome", "CONTINUE", "trainingCompletedOn", "2026-11-25"));
        complete(task(onboardingProcess), Map.of("agreementOutcome", "CONTINUE", "agreementSignedOn", "2026-11-26"));

        assertThat(onboardingProcess).isWaitingAt("IntermediateCatchEvent_SupervisionDue");
        assertThat(job(onboardingProcess)).isNotNull();
        execute(job(onboardingProcess));
        complete(task(onboardingProcess), Map.of("supervisionOutcome", "PAUSED", "supervisionHeldOn", "2027-02-26"));
        assertThat(onboardingProcess).isWaitingAt("IntermediateCatchEvent_SupervisionDue");
        execute(job(onboardingProcess));
        complete(task(onboardingProcess), Map.of("supervisionOutcome", "ARCHIVED", "archiveReason", "MOVED_AWAY"));

        assertThat(onboardingProcess).hasPassedInOrder(USER_TASK_CONDUCT_INTAKE_INTERVIEW, "ServiceTask_StartScreening",
                        USER_TASK_CHECK_CRIMINAL_RECORD, "ServiceTask_RecordScreeningCheck", USER_TASK_CONFIRM_TRAINING,
                        USER_TASK_REGISTER_AGREEMENT, "ServiceTask_ActivateVolunteer", USER_TASK_HOLD_SUPERVISION,
                        "ServiceTask_RecordSupervision", "ServiceTask_ArchiveVolunteer", "EndEvent_VolunteerArchived")
                .isEnded();
        InOrder order = inOrder(onboarding);
        order.verify(onboarding).startScreening(VOLUNTEER, true, 2);
        order.verify(onboarding).recordCriminalRecordCheck(VOLUNTEER, LocalDate.of(2026, 11, 20), "system",
                LocalDate.of(2029, 11, 20));
        order.verify(onboarding).activate(VOLUNTEER, LocalDate.of(2026, 11, 25), LocalDate.of(2026, 11, 26));
        order.verify(onboarding).recordSupervision(VOLUNTEER, LocalDate.of(2027, 2, 26), VolunteerStatus.PAUSED);
        order.verify(onboarding).archive(VOLUNTEER, ArchiveReason.MOVED_AWAY);
    }

    @Test
    void supervisionIsDueAfterTheConfiguredInterval() {
        ProcessInstance onboardingProcess = startAt("ServiceTask_ActivateVolunteer",
                Map.of("trainingCompletedOn", "2026-11-25", "agreementSignedOn", "2026-11-26"));

        assertThat(job(onboardingProcess)).isNotNull();
        org.assertj.core.api.Assertions.assertThat(job(onboardingProcess).getDuedate())
                .isAfter(java.util.Date.from(java.time.Instant.now().plus(java.time.Duration.ofDays(80))))
                .isBefore(java.util.Date.from(java.time.Instant.now().plus(java.time.Duration.ofDays(95))));
    }

    @Test
    void withoutContactWithMinorsNo596CheckIsAsked() {
        ProcessInstance onboardingProcess = start();

        complete(task(onboardingProcess), Map.of("interviewOutcome", "CONTINUE", "contactWithMinors", false, "capacity", 1));

        assertThat(onboardingProcess).isWaitingAt(USER_TASK_CONFIRM_TRAINING).hasNotPassed(USER_TASK_CHECK_CRIMINAL_RECORD);
        verify(onboarding, never()).recordCriminalRecordCheck(any(), any(), any(), any());
    }

    @Test
    void unsuitableApplicantIsArchivedAfterTheInterview() {
        ProcessInstance onboardingProcess = start();

        complete(task(onboardingProcess), Map.of("interviewOutcome", "STOP", "archiveReason", "NOT_SUITABLE"));

        assertThat(onboardingProcess).hasPassed("ServiceTask_ArchiveVolunteer").isEnded();
        verify(onboarding).archive(VOLUNTEER, ArchiveReason.NOT_SUITABLE);
        verify(onboarding, never()).startScreening(any(), anyBoolean(), anyInt());
    }

    @Test
    void missingExtractEndsTheOnboarding() {
        ProcessInstance onboardingProcess = startAt(USER_TASK_CHECK_CRIMINAL_RECORD, Map.of());

        complete(task(onboardingProcess), Map.of("screeningOutcome", "STOP", "archiveReason", "SCREENING_NOT_VALID"));

        assertThat(onboardingProcess).hasPassed("ServiceTask_ArchiveVolunteer").isEnded();
        verify(onboarding).archive(VOLUNTEER, ArchiveReason.SCREENING_NOT_VALID);
    }

    @Test
    void trainingNotCompletedEndsTheOnboarding() {
        ProcessInstance onboardingProcess = startAt(USER_TASK_CONFIRM_TRAINING, Map.of());

        complete(task(onboardingProcess), Map.of("trainingOutcome", "STOP", "archiveReason", "TRAINING_NOT_COMPLETED"));

        assertThat(onboardingProcess).hasPassed("ServiceTask_ArchiveVolunteer").isEnded();
        verify(onboarding).archive(VOLUNTEER, ArchiveReason.TRAINING_NOT_COMPLETED);
    }

    @Test
    void agreementNotSignedEndsTheOnboarding() {
        ProcessInstance onboardingProcess = startAt(USER_TASK_REGISTER_AGREEMENT, Map.of());

        complete(task(onboardingProcess), Map.of("agreementOutcome", "STOP", "archiveReason", "WITHDRAWN_BY_VOLUNTEER"));

        assertThat(onboardingProcess).hasPassed("ServiceTask_ArchiveVolunteer").isEnded();
        verify(onboarding).archive(VOLUNTEER, ArchiveReason.WITHDRAWN_BY_VOLUNTEER);
        verify(onboarding, never()).activate(any(), any(), any());
    }

    private ProcessInstance start() {
        return runtimeService().startProcessInstanceByKey(VolunteerOnboardingProcess.KEY, VOLUNTEER, variables());
    }

    private ProcessInstance startAt(String activityId, Map<String, Object> more) {
        Map<String, Object> variables = new java.util.HashMap<>(variables());
        variables.putAll(more);
        return runtimeService().createProcessInstanceByKey(VolunteerOnboardingProcess.KEY).businessKey(VOLUNTEER)
                .setVariables(variables).startBeforeActivity(activityId).execute();
    }

    private static Map<String, Object> variables() {
        return Map.of("volunteerId", VOLUNTEER, "volunteerName", "Vera", "volunteerLanguages", "fr (native), nl (good)",
                "volunteerArea", "3000 Leuven", "supervisionInterval", "P3M");
    }
}
