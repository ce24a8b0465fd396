package be.buddyflow.closure.process;

import static be.buddyflow.closure.process.ClosureProcess.USER_TASK_SOCIAL_WORKER_EVALUATION;
import static be.buddyflow.closure.process.ClosureProcess.USER_TASK_VOLUNTEER_EVALUATION;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

import be.buddyflow.closure.CaseRetention;
import be.buddyflow.closure.CloseCase;
import be.buddyflow.closure.ClosureReason;
import be.buddyflow.closure.ClosureSettings;
import be.buddyflow.closure.FinalEvaluations;
import be.buddyflow.closure.Participation;
import be.buddyflow.notification.Notifications;
import be.buddyflow.notification.PartnerCallbackFailed;
import be.buddyflow.notification.PartnerCallbacks;
import be.buddyflow.support.ProcessTestEngine;
import be.buddyflow.volunteers.ReleaseVolunteer;
import be.buddyflow.volunteers.process.ReleaseVolunteerDelegate;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@Deployment(resources = {"bpmn/trajectory-closure.bpmn", "forms/volunteer-final-evaluation.form",
        "forms/social-worker-final-evaluation.form"})
class TrajectoryClosureProcessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessTestEngine.withCoverage();

    private static final String CASE_ID = "BF-2026-000021";
    private static final String VOLUNTEER_ID = "VOL-000001";

    private final CloseCase closeCase = mock(CloseCase.class);
    private final CaseRetention retention = mock(CaseRetention.class);
    private final Participation participation = mock(Participation.class);
    private final FinalEvaluations evaluations = mock(FinalEvaluations.class);
    private final Notifications notifications = mock(Notifications.class);
    private final ReleaseVolunteer releaseVolunteer = mock(ReleaseVolunteer.class);
    private final PartnerCallbacks partnerCallbacks = mock(PartnerCallbacks.class);

    @BeforeEach
    void registerDelegates() {
        Mocks.register("closeCaseDelegate", new be.buddyflow.closure.process.CloseCaseDelegate(closeCase));
        Mocks.register("setRetentionDelegate", new SetRetentionDelegate(retention));
        Mocks.register("prepareClosureDelegate",
                new PrepareClosureDelegate(participation, new ClosureSettings(Period.ofDays(14))));
        Mocks.register("releaseVolunteerDelegate", new ReleaseVolunteerDelegate(releaseVolunteer));
        Mocks.register("recordVolunteerEvaluationDelegate", new RecordVolunteerEvaluationDelegate(evaluations));
        Mocks.register("recordSocialWorkerEvaluationDelegate", new RecordSocialWorkerEvaluationDelegate(evaluations));
        Mocks.register("thankVolunteerDelegate", new ThankVolunteerDelegate(notifications));
        Mocks.register("informPartnerDelegate", new InformPartnerDelegate(partnerCallbacks));
        // The model reads its retry cycle from this bean: ${partnerCallbacks.retryCycle}.
        Mocks.register("partnerCallbacks", partnerCallbacks);
        when(partnerCallbacks.getRetryCycle()).thenReturn("R2/PT1M");
        when(participation.hoursLogged(CASE_ID)).thenReturn(new BigDecimal("42.5"));
    }

    @AfterEach
    void reset() {
        Mocks.reset();
    }

    @Test
    void completedTrajectoryIsClosedEvaluatedByBothAndTheVolunteerThankedAndReleased() {
        ProcessInstance closure = start(ClosureReason.COMPLETED, VOLUNTEER_ID, "victor");

        // Closing is the first job: the step that ended the trajectory has committed before.
        assertThat(closure).isWaitingAt(ClosureProcess.SERVICE_TASK_CLOSE_CASE);
        verifyNoInteractions(closeCase);
        execute(job(ClosureProcess.SERVICE_TASK_CLOSE_CASE, closure));
        verify(closeCase).close(CASE_ID, ClosureReason.COMPLETED);
        verify(retention).retain(CASE_ID);

        // Released before the evaluations: an evaluation left undone never keeps a buddy out of the pool.
        assertThat(closure).isWaitingAt(ClosureProcess.SERVICE_TASK_RELEASE_VOLUNTEER);
        execute(job(ClosureProcess.SERVICE_TASK_RELEASE_VOLUNTEER, closure));
        verify(releaseVolunteer).release(eq(CASE_ID), eq(VOLUNTEER_ID), eq("COMPLETED"), any(LocalDate.class));

        assertThat(closure).isWaitingAt(USER_TASK_VOLUNTEER_EVALUATION, USER_TASK_SOCIAL_WORKER_EVALUATION)
                .variables().containsEntry("hoursLogged", "42.5").containsEntry("fourthPillarReached", true);
        Date due = (Date) runtimeService().getVariable(closure.getId(), ClosureProcess.EVALUATION_DUE_DATE);
        org.assertj.core.api.Assertions.assertThat(due)
                .isAfter(Date.from(Instant.now().plus(Duration.ofDays(13))))
                .isBefore(Date.from(Instant.now().plus(Duration.ofDays(15))));

        Task volunteerTask = evaluationTask(closure, USER_TASK_VOLUNTEER_EVALUATION);
        assertThat(volunteerTask).isAssignedTo("victor").hasDueDate(due);
        // Coordinators stay candidates, as in matching: they answer for volunteers who cannot.
        org.assertj.core.api.Assertions.assertThat(taskService().getIdentityLinksForTask(volunteerTask.getId()))
                .extracting(IdentityLink::getGroupId).contains("coordinators");
        Task socialWorkerTask = evaluationTask(closure, USER_TASK_SOCIAL_WORKER_EVALUATION);
        assertThat(socialWorkerTask).isNotAssigned().hasCandidateGroup("ocmw-gent").hasDueDate(due);

        complete(volunteerTask, Map.of("volunteerRating", "4", "wouldBuddyAgain", "YES",
                "volunteerComment", "Fijne gesprekken"));
        verify(evaluations).recordByVolunteer(CASE_ID, VOLUNTEER_ID, 4, true, "Fijne gesprekken", null);
        assertThat(closure).variables().doesNotContainKeys("volunteerRating", "wouldBuddyAgain", "volunteerComment");

        complete(socialWorkerTask, Map.of("socialWorkerRating", "5", "goalsReached", "PARTLY",
                "socialWorkerComment", "Netwerk gegroeid"));
        verify(evaluations).recordBySocialWorker(CASE_ID, 5, FinalEvaluations.GoalsReached.PARTLY,
                "Netwerk gegroeid", null);
        assertThat(closure).variables()
                .doesNotContainKeys("socialWorkerRating", "goalsReached", "socialWorkerComment");

        executeJobsAt(closure, ClosureProcess.GATEWAY_JOIN_EVALUATIONS);
        verify(notifications, never()).send(anyString(), any(), anyString());
        execute(job(ClosureProcess.SERVICE_TASK_THANK_VOLUNTEER, closure));
        // Still open: the partner has not heard yet.
        assertThat(closure).isNotEnded().isWaitingAt(ClosureProcess.SERVICE_TASK_INFORM_PARTNER);
        informPartner(closure);

        verify(notifications).send("victor", Notifications.Template.VOLUNTEER_THANKS, CASE_ID);
        assertThat(closure).hasPassedInOrder(ClosureProcess.SERVICE_TASK_CLOSE_CASE, "ServiceTask_SetRetention",
                "ServiceTask_PrepareClosure", ClosureProcess.SERVICE_TASK_RELEASE_VOLUNTEER,
                ClosureProcess.GATEWAY_JOIN_EVALUATIONS, ClosureProcess.SERVICE_TASK_THANK_VOLUNTEER,
                "EndEvent_TrajectoryClosed").isEnded();
    }

    @ParameterizedTest
    @EnumSource(value = ClosureReason.class, names = {"COMPLETED", "ENDED_EARLY", "MOVED_AWAY"})
    void theDuoEndsWithTheClosureReason(ClosureReason reason) {
        ProcessInstance closure = start(reason, VOLUNTEER_ID, "victor");

        execute(job(ClosureProcess.SERVICE_TASK_CLOSE_CASE, closure));
        execute(job(ClosureProcess.SERVICE_TASK_RELEASE_VOLUNTEER, closure));

        verify(closeCase).close(CASE_ID, reason);
        verify(releaseVolunteer).release(eq(CASE_ID), eq(VOLUNTEER_ID), eq(reason.name()), any(LocalDate.class));
        assertThat(closure).isWaitingAt(USER_TASK_VOLUNTEER_EVALUATION, USER_TASK_SOCIAL_WORKER_EVALUATION);
    }

    @ParameterizedTest
    @EnumSource(ClosureReason.class)
    void withoutADuoTheCaseIsClosedAndKeptWithNothingElseToDo(ClosureReason reason) {
        ProcessInstance closure = start(reason, null, null);

        execute(job(ClosureProcess.SERVICE_TASK_CLOSE_CASE, closure));
        informPartner(closure);

        verify(closeCase).close(CASE_ID, reason);
        verify(retention).retain(CASE_ID);
        assertThat(closure).hasPassed("EndEvent_ClosedWithoutDuo", "EndEvent_PartnerInformed").isEnded()
                .hasNotPassed(ClosureProcess.SERVICE_TASK_RELEASE_VOLUNTEER, USER_TASK_VOLUNTEER_EVALUATION);
        verifyNoInteractions(releaseVolunteer, evaluations, notifications, participation);
    }

    @Test
    void volunteerVariablesMayBeAbsentAltogether() {
        Map<String, Object> variables = new HashMap<>(Map.of("caseId", CASE_ID, "caseTeam", "ocmw-gent",
                "closureReason", "NOT_ELIGIBLE"));
        ProcessInstance closure = runtimeService().startProcessInstanceByKey(ClosureProcess.KEY, CASE_ID, variables);

        execute(job(ClosureProcess.SERVICE_TASK_CLOSE_CASE, closure));
        informPartner(closure);

        assertThat(closure).hasPassed("EndEvent_ClosedWithoutDuo").isEnded();
    }

    @Test
    void aVolunteerWithoutAnAccountIsEvaluatedByACoordinatorAndThankedByThem() {
        ProcessInstance closure = runtimeService().startProcessInstanceByKey(ClosureProcess.KEY, CASE_ID,
                Map.of("caseId", CASE_ID, "caseTeam", "ocmw-gent", "closureReason", "ENDED_EARLY",
                        "buddyVolunteerId", VOLUNTEER_ID));
        when(participation.hoursLogged(CASE_ID)).thenReturn(new BigDecimal("12.0"));
        execute(job(ClosureProcess.SERVICE_TASK_CLOSE_CASE, closure));
        execute(job(ClosureProcess.SERVICE_TASK_RELEASE_VOLUNTEER, closure));

        assertThat(closure).variables().containsEntry("hoursLogged", "12").containsEntry("fourthPillarReached", false);
        Task volunteerTask = evaluationTask(closure, USER_TASK_VOLUNTEER_EVALUATION);
        assertThat(volunteerTask).isNotAssigned().hasCandidateGroup("coordinators");
        complete(volunteerTask, Map.of("volunteerRating", "2", "wouldBuddyAgain", "NO"));
        complete(evaluationTask(closure, USER_TASK_SOCIAL_WORKER_EVALUATION),
                Map.of("socialWorkerRating", "3", "goalsReached", "NO"));
        executeJobsAt(closure, ClosureProcess.GATEWAY_JOIN_EVALUATIONS);
        execute(job(ClosureProcess.SERVICE_TASK_THANK_VOLUNTEER, closure));
        informPartner(closure);

        verify(evaluations).recordByVolunteer(CASE_ID, VOLUNTEER_ID, 2, false, null, null);
        verifyNoInteractions(notifications);
        assertThat(closure).hasPassed("EndEvent_TrajectoryClosed").isEnded();
    }

    @Test
    void aFailingPartnerIsRetriedOnTheCycleThenAnIncidentAndDeliveredOnceRecovered() {
        ProcessInstance closure = start(ClosureReason.MOVED_AWAY, null, null);
        execute(job(ClosureProcess.SERVICE_TASK_CLOSE_CASE, closure));
        when(partnerCallbacks.caseChanged(anyString(), anyString()))
                .thenThrow(new PartnerCallbackFailed("503"));

        // The rest of the closure does not wait for the partner.
        assertThat(closure).hasPassed("EndEvent_ClosedWithoutDuo").isWaitingAt(ClosureProcess.SERVICE_TASK_INFORM_PARTNER);
        Job callback = job(ClosureProcess.SERVICE_TASK_INFORM_PARTNER, closure);
        assertThatThrownBy(() -> execute(callback)).isInstanceOf(PartnerCallbackFailed.class);
        Job retried = managementService().createJobQuery().jobId(callback.getId()).singleResult();
        org.assertj.core.api.Assertions.assertThat(retried.getRetries()).as("R2: one try left").isEqualTo(1);
        org.assertj.core.api.Assertions.assertThat(retried.getDuedate()).as("due a minute later (PT1M)")
                .isAfter(new Date(System.currentTimeMillis() + 50_000));
        assertThatThrownBy(() -> execute(retried)).isInstanceOf(PartnerCallbackFailed.class);

        org.assertj.core.api.Assertions.assertThat(runtimeService().createIncidentQuery()
                .processInstanceId(closure.getId()).activityId(ClosureProcess.SERVICE_TASK_INFORM_PARTNER).count())
                .as("an incident in Cockpit, not a silent loss").isOne();
        assertThat(closure).isNotEnded();

        // The partner is back; an operator gives the job a retry in Cockpit.
        org.mockito.Mockito.reset(partnerCallbacks);
        managementService().setJobRetries(callback.getId(), 1);
        execute(managementService().createJobQuery().jobId(callback.getId()).singleResult());

        verify(partnerCallbacks).caseChanged(CASE_ID, "closure-" + closure.getId());
        assertThat(closure).hasPassed("EndEvent_PartnerInformed").isEnded();
    }

    @Test
    void anUnknownReasonIsAnIncidentAndClosesNothing() {
        ProcessInstance closure = runtimeService().startProcessInstanceByKey(ClosureProcess.KEY, CASE_ID,
                Map.of("caseId", CASE_ID, "caseTeam", "ocmw-gent", "closureReason", "BORED"));
        Job close = job(ClosureProcess.SERVICE_TASK_CLOSE_CASE, closure);

        assertThatThrownBy(() -> execute(close)).isInstanceOf(IllegalArgumentException.class);

        verifyNoInteractions(closeCase, retention);
        assertThat(closure).isWaitingAt(ClosureProcess.SERVICE_TASK_CLOSE_CASE);
    }

    private ProcessInstance start(ClosureReason reason, String volunteerId, String volunteerUser) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("caseId", CASE_ID);
        variables.put("caseTeam", "ocmw-gent");
        variables.put("closureReason", reason.name());
        // What the parent's call activity passes when the case never had a duo: present, but null.
        variables.put("buddyVolunteerId", volunteerId);
        variables.put("buddyVolunteerUser", volunteerUser);
        return runtimeService().startProcessInstanceByKey(ClosureProcess.KEY, CASE_ID, variables);
    }

    private void informPartner(ProcessInstance closure) {
        execute(job(ClosureProcess.SERVICE_TASK_INFORM_PARTNER, closure));
        verify(partnerCallbacks).caseChanged(CASE_ID, "closure-" + closure.getId());
    }

    private static Task evaluationTask(ProcessInstance closure, String taskDefinitionKey) {
        return taskQuery().processInstanceId(closure.getId()).taskDefinitionKey(taskDefinitionKey).singleResult();
    }

    private static void executeJobsAt(ProcessInstance closure, String activityId) {
        for (Job job : managementService().createJobQuery().processInstanceId(closure.getId()).activityId(activityId)
                .list()) {
            execute(job);
        }
    }
}
