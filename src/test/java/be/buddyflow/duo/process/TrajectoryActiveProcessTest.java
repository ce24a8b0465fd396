package be.buddyflow.duo.process;

import static be.buddyflow.duo.process.ActiveTrajectoryProcess.USER_TASK_ASSESS_DUO_END;
import static be.buddyflow.duo.process.ActiveTrajectoryProcess.USER_TASK_CHECK_IN;
import static be.buddyflow.duo.process.ActiveTrajectoryProcess.USER_TASK_EVALUATE_MIDPOINT_NEWCOMER;
import static be.buddyflow.duo.process.ActiveTrajectoryProcess.USER_TASK_EVALUATE_MIDPOINT_VOLUNTEER;
import static be.buddyflow.duo.process.ActiveTrajectoryProcess.USER_TASK_FOLLOW_UP_CONCERN;
import static be.buddyflow.duo.process.ActiveTrajectoryProcess.USER_TASK_FOLLOW_UP_MISSING_LOG;
import static be.buddyflow.duo.process.ActiveTrajectoryProcess.USER_TASK_LOG_MEETING;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import be.buddyflow.casefile.CaseFileRepository;
import be.buddyflow.casefile.CasePhase;
import be.buddyflow.duo.ActiveTrajectory;
import be.buddyflow.trajectory.ActiveTrajectorySettings;
import be.buddyflow.duo.DuoRecords;
import be.buddyflow.duo.EvaluationRating;
import be.buddyflow.duo.Meeting;
import be.buddyflow.duo.Perspective;
import be.buddyflow.matching.NeedDomain;
import be.buddyflow.notification.Notifications;
import be.buddyflow.support.ProcessTestEngine;
import be.buddyflow.volunteers.ReleaseVolunteer;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@Deployment(resources = {"bpmn/trajectory-active.bpmn", "forms/log-meeting.form", "forms/follow-up-missing-log.form",
        "forms/duo-check-in.form", "forms/evaluate-midpoint-volunteer.form", "forms/evaluate-midpoint-newcomer.form",
        "forms/assess-duo-end.form", "forms/follow-up-concern.form"})
class TrajectoryActiveProcessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessTestEngine.withCoverage();

    private static final String CASE_ID = "BF-2027-000042";
    private static final String VOLUNTEER = "VOL-000001";
    private static final ZoneId BELGIUM = ZoneId.of("Europe/Brussels");
    /** Monday 4 January 2027, 10:00 in Belgium: the duo's trajectory starts. */
    private static final LocalDateTime START = LocalDateTime.of(2027, 1, 4, 10, 0);

    private final CaseFileRepository caseFiles = mock(CaseFileRepository.class);
    private final DuoRecords records = mock(DuoRecords.class);
    private final ReleaseVolunteer releaseVolunteer = mock(ReleaseVolunteer.class);
    private final Notifications notifications = mock(Notifications.class);

    /** The engine's clock, so that "not in the future" and the timers agree. */
    private final Clock engineClock = new Clock() {
        @Override
        public ZoneId getZone() {
            return BELGIUM;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Instant instant() {
            return ClockUtil.getCurrentTime().toInstant();
        }
    };

    @BeforeEach
    void registerDelegates() {
        now(START);
        ActiveTrajectory activeTrajectory = new ActiveTrajectory(caseFiles, records, releaseVolunteer, notifications,
                engineClock);
        Mocks.register("planTrajectoryDelegate", new PlanTrajectoryDelegate(activeTrajectory,
                new ActiveTrajectorySettings("P6M", "P14D", "P7D")));
        Mocks.register("planCheckInDelegate", new PlanCheckInDelegate());
        Mocks.register("recordMeetingDelegate", new RecordMeetingDelegate(activeTrajectory));
        Mocks.register("remindVolunteerDelegate", new RemindVolunteerDelegate(activeTrajectory));
        Mocks.register("recordMidpointEvaluationDelegate", new RecordMidpointEvaluationDelegate(activeTrajectory));
        Mocks.register("completeDuoDelegate", new CompleteDuoDelegate(activeTrajectory));
        Mocks.register("endDuoEarlyDelegate", new EndDuoEarlyDelegate(activeTrajectory));
    }

    @AfterEach
    void reset() {
        Mocks.reset();
        ClockUtil.reset();
    }

    @Test
    void theStartPlansTheDatesAndOpensTheVolunteersLogTask() {
        ProcessInstance active = start(Map.of());

        assertThat(active).isWaitingAt(USER_TASK_LOG_MEETING, "IntermediateCatchEvent_CheckInDue",
                "IntermediateCatchEvent_Midpoint");
        assertThat(task(USER_TASK_LOG_MEETING, active)).isAssignedTo("victor");
        assertThat(active).variables().containsEntry("trajectoryDuration", "P6M")
                .containsEntry("meetingInterval", "P14D").containsEntry("meetingFollowUpAfter", "P7D")
                .containsEntry("endDate", "2027-07-04T10:00:00+02:00")
                .containsEntry("midpointDate", "2027-04-04T10:00:00+02:00");
        org.assertj.core.api.Assertions.assertThat(timer(active, "BoundaryEvent_TrajectoryEnds").getDuedate())
                .isEqualTo(at(START.plusMonths(6)));
        org.assertj.core.api.Assertions.assertThat(timer(active, "IntermediateCatchEvent_Midpoint").getDuedate())
                .isEqualTo(at(LocalDateTime.of(2027, 4, 4, 10, 0)));
        org.assertj.core.api.Assertions.assertThat(timer(active, "BoundaryEvent_NoMeetingLogged").getDuedate())
                .isEqualTo(at(START.plusDays(14)));
        verify(caseFiles).moveToPhase(CASE_ID, CasePhase.ACTIVE);
    }

    @Test
    void aCaseMayBringItsOwnDurationAndIntervals() {
        ProcessInstance active = start(Map.of("trajectoryDuration", "P3M", "meetingInterval", "P7D"));

        assertThat(active).variables().containsEntry("endDate", "2027-04-04T10:00:00+02:00")
                .containsEntry("meetingInterval", "P7D").containsEntry("meetingFollowUpAfter", "P7D");
        org.assertj.core.api.Assertions.assertThat(timer(active, "BoundaryEvent_NoMeetingLogged").getDuedate())
                .isEqualTo(at(START.plusDays(7)));
    }

    @Test
    void aLoggedMeetingGoesToTheLogLeavesNoFormDataAndOpensTheNextLogTask() {
        ProcessInstance active = start(Map.of());
        now(START.plusDays(3));
        String first = task(USER_TASK_LOG_MEETING, active).getId();

        complete(task(USER_TASK_LOG_MEETING, active), meeting("2027-01-06", 1.5,
                Map.of("domainWork", true, "domainLanguage", true, "domainHousing", false)));

        verify(records).logMeeting(new Meeting(CASE_ID, VOLUNTEER, LocalDate.of(2027, 1, 6), new BigDecimal("1.5"),
                Set.of(NeedDomain.WORK, NeedDomain.LANGUAGE), "Samen naar de bib", "victor"));
        assertThat(active).hasPassed("ServiceTask_RecordMeeting", "EndEvent_MeetingLogged")
                .isWaitingAt(USER_TASK_LOG_MEETING);
        org.assertj.core.api.Assertions.assertThat(task(USER_TASK_LOG_MEETING, active).getId()).isNotEqualTo(first);
        assertThat(active).variables().containsEntry("lastMeetingOn", "2027-01-06")
                .doesNotContainKeys("meetingNote", "metOn", "meetingHours", "domainWork", "domainLanguage",
                        "domainHousing");
        // The interval counts again from the log.
        org.assertj.core.api.Assertions.assertThat(timer(active, "BoundaryEvent_NoMeetingLogged").getDuedate())
                .isEqualTo(at(START.plusDays(3 + 14)));
    }

    @Test
    void aMeetingInTheFutureOrWithImpossibleHoursIsRefusedAndTheTaskStaysOpen() {
        ProcessInstance active = start(Map.of());
        String taskId = task(USER_TASK_LOG_MEETING, active).getId();

        assertThatThrownBy(() -> taskService().complete(taskId, meeting("2027-01-05", 2, Map.of())))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("niet in de toekomst");
        assertThatThrownBy(() -> taskService().complete(taskId, meeting("2027-01-04", 25, Map.of())))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("0,5 tot 24");
        assertThatThrownBy(() -> taskService().complete(taskId, meeting("4 januari", 2, Map.of())))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("Ongeldige datum");
        Map<String, Object> otherCase = meeting("2027-01-04", 2, Map.of());
        otherCase.put("caseId", "BF-2027-000099");
        assertThatThrownBy(() -> taskService().complete(taskId, otherCase))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("dossiernummer kan niet gewijzigd");

        assertThat(active).isWaitingAt(USER_TASK_LOG_MEETING);
        verify(records, never()).logMeeting(any());
    }

    @Test
    void aMeetingBeforeTheDuosFirstMeetingIsRefusedAndTheTaskStaysOpen() {
        ProcessInstance active = start(Map.of());
        when(records.firstMeetingOn(CASE_ID, VOLUNTEER)).thenReturn(Optional.of(LocalDate.of(2027, 1, 3)));
        String taskId = task(USER_TASK_LOG_MEETING, active).getId();

        assertThatThrownBy(() -> taskService().complete(taskId, meeting("2027-01-02", 2, Map.of())))
                .isInstanceOf(FormFieldValidationException.class)
                .hasMessageContaining("Een ontmoeting ligt niet vóór de eerste ontmoeting van het duo op 03/01/2027.");
        assertThat(active).isWaitingAt(USER_TASK_LOG_MEETING);
        verify(records, never()).logMeeting(any());

        complete(task(USER_TASK_LOG_MEETING, active), meeting("2027-01-03", 2, Map.of()));
        verify(records).logMeeting(new Meeting(CASE_ID, VOLUNTEER, LocalDate.of(2027, 1, 3), new BigDecimal("2"),
                Set.of(), "Samen naar de bib", "victor"));
    }

    @Test
    void withoutALogTheVolunteerIsRemindedAndThenACoordinatorFollowsUp() {
        ProcessInstance active = start(Map.of());

        now(START.plusDays(14));
        execute(timer(active, "BoundaryEvent_NoMeetingLogged"));
        execute(job("ServiceTask_RemindVolunteer", active));

        verify(notifications).send("victor", Notifications.Template.MEETING_LOG_REMINDER, CASE_ID);
        Job followUpTimer = timer(active, "IntermediateCatchEvent_StillNoMeetingLogged");
        org.assertj.core.api.Assertions.assertThat(followUpTimer.getDuedate()).isEqualTo(at(START.plusDays(21)));
        // The reminder repeats every interval while nothing is logged.
        org.assertj.core.api.Assertions.assertThat(timer(active, "BoundaryEvent_NoMeetingLogged").getDuedate())
                .isEqualTo(at(START.plusDays(28)));

        now(START.plusDays(21));
        execute(followUpTimer);
        Task followUp = task(USER_TASK_FOLLOW_UP_MISSING_LOG, active);
        assertThat(followUp).hasCandidateGroup("coordinators");
        complete(followUp, Map.of("missingLogAction", "MEETINGS_NOT_LOGGED"));

        assertThat(active).hasPassed("EndEvent_MissingLogFollowedUp").isWaitingAt(USER_TASK_LOG_MEETING);
    }

    @Test
    void aLogAfterTheReminderCancelsThePendingFollowUp() {
        ProcessInstance active = start(Map.of());
        now(START.plusDays(14));
        execute(timer(active, "BoundaryEvent_NoMeetingLogged"));
        execute(job("ServiceTask_RemindVolunteer", active));

        now(START.plusDays(16));
        complete(task(USER_TASK_LOG_MEETING, active), meeting("2027-01-19", 2, Map.of("domainSocialNetwork", true,
                "domainAdministration", true)));

        org.assertj.core.api.Assertions.assertThat(managementService().createJobQuery()
                .processInstanceId(active.getId()).activityId("IntermediateCatchEvent_StillNoMeetingLogged").count())
                .isZero();
        org.assertj.core.api.Assertions.assertThat(timer(active, "BoundaryEvent_NoMeetingLogged").getDuedate())
                .isEqualTo(at(START.plusDays(30)));
    }

    @Test
    void coordinatorsCheckInTwiceInTheFirstMonthThenMonthlyUntilTheEnd() {
        ProcessInstance active = start(Map.of());
        List<LocalDateTime> expected = List.of(START.plusDays(14), START.plusDays(28), START.plusDays(28).plusMonths(1),
                START.plusDays(28).plusMonths(2), START.plusDays(28).plusMonths(3), START.plusDays(28).plusMonths(4),
                START.plusDays(28).plusMonths(5));

        for (LocalDateTime checkIn : expected) {
            Job due = timer(active, "IntermediateCatchEvent_CheckInDue");
            org.assertj.core.api.Assertions.assertThat(due.getDuedate()).isEqualTo(at(checkIn));
            now(checkIn);
            execute(due);
            Task task = task(USER_TASK_CHECK_IN, active);
            assertThat(task).hasCandidateGroup("coordinators");
            org.assertj.core.api.Assertions.assertThat(task.getDueDate()).isEqualTo(at(checkIn.plusDays(7)));
            complete(task, Map.of("checkInContact", "MET_DUO", "checkInRating", "GOING_WELL"));
        }

        assertThat(active).hasPassed("EndEvent_CheckInsDone").variables().containsEntry("checkInNumber", 8);
        assertThat(active).isWaitingAt(USER_TASK_LOG_MEETING);
    }

    @Test
    void volunteerAndSocialWorkerEvaluateAtTheMidpoint() {
        ProcessInstance active = start(Map.of());
        now(LocalDateTime.of(2027, 4, 4, 10, 0));

        execute(timer(active, "IntermediateCatchEvent_Midpoint"));

        Task volunteer = task(USER_TASK_EVALUATE_MIDPOINT_VOLUNTEER, active);
        Task socialWorker = task(USER_TASK_EVALUATE_MIDPOINT_NEWCOMER, active);
        assertThat(volunteer).isAssignedTo("victor");
        assertThat(socialWorker).hasCandidateGroup("ocmw-gent");
        org.assertj.core.api.Assertions.assertThat(volunteer.getDueDate())
                .isEqualTo(at(LocalDateTime.of(2027, 4, 18, 10, 0)));
        assertThatThrownBy(() -> taskService().complete(volunteer.getId(), Map.of("volunteerRating", "SUPER")))
                .isInstanceOf(FormFieldValidationException.class);

        complete(volunteer, Map.of("volunteerRating", "GOING_WELL"));
        assertThat(active).variables().doesNotContainKey("volunteerRating");
        complete(socialWorker, Map.of("newcomerRating", "SOME_DIFFICULTIES"));

        verify(records).recordEvaluation(CASE_ID, VOLUNTEER, Perspective.VOLUNTEER, EvaluationRating.GOING_WELL, null);
        verify(records).recordEvaluation(CASE_ID, VOLUNTEER, Perspective.NEWCOMER, EvaluationRating.SOME_DIFFICULTIES,
                null);
        assertThat(active).hasPassed("EndEvent_MidpointEvaluated").variables()
                .doesNotContainKeys("volunteerRating", "newcomerRating");
    }

    @Test
    void theDuoCompletesOnItsEndDate() {
        ProcessInstance active = start(Map.of());
        now(START.plusMonths(6));

        execute(timer(active, "BoundaryEvent_TrajectoryEnds"));

        verify(releaseVolunteer).release(CASE_ID, VOLUNTEER, "COMPLETED", LocalDate.of(2027, 7, 4));
        assertThat(active).hasPassed("ServiceTask_CompleteDuo", "EndEvent_TrajectoryCompleted").isEnded();
        org.assertj.core.api.Assertions.assertThat(outcome(active)).isEqualTo("COMPLETED");
    }

    @Test
    void anEndRequestStopsTheDuosActivitiesAndACoordinatorChoosesARematch() {
        ProcessInstance active = start(Map.of());
        now(START.plusDays(40));

        requestEnd(Perspective.VOLUNTEER, "NO_CONNECTION");

        assertThat(active).isWaitingAt(USER_TASK_ASSESS_DUO_END).isNotWaitingAt(USER_TASK_LOG_MEETING)
                .variables().containsEntry("endRequestedFor", "VOLUNTEER").containsEntry("endRequestReason", "NO_CONNECTION");
        assertThat(task(USER_TASK_ASSESS_DUO_END, active)).hasCandidateGroup("coordinators");
        org.assertj.core.api.Assertions.assertThat(managementService().createJobQuery()
                .processInstanceId(active.getId()).count()).as("no timer of the duo runs on").isZero();

        complete(task(USER_TASK_ASSESS_DUO_END, active), Map.of("endDecision", "REMATCH"));

        verify(releaseVolunteer).release(CASE_ID, VOLUNTEER, "ENDED_EARLY", LocalDate.of(2027, 2, 13));
        assertThat(active).hasPassed("ServiceTask_EndDuoEarly", "EndEvent_RematchRequested").isEnded();
        org.assertj.core.api.Assertions.assertThat(outcome(active)).isEqualTo("REMATCH");
    }

    @Test
    void anEndRequestForTheNewcomerCanCloseTheTrajectory() {
        ProcessInstance active = start(Map.of());
        requestEnd(Perspective.NEWCOMER, "MOVED_AWAY");
        String taskId = task(USER_TASK_ASSESS_DUO_END, active).getId();

        assertThatThrownBy(() -> taskService().complete(taskId, Map.of("endDecision", "COMPLETED")))
                .isInstanceOf(FormFieldValidationException.class);
        complete(task(USER_TASK_ASSESS_DUO_END, active), Map.of("endDecision", "CLOSE"));

        assertThat(active).hasPassed("EndEvent_TrajectoryClosed").isEnded();
        org.assertj.core.api.Assertions.assertThat(outcome(active)).isEqualTo("CLOSE");
    }

    @Test
    void aConcernGivesASocialWorkerOfTheCaseATaskWhileTheDuoGoesOn() {
        ProcessInstance active = start(Map.of());

        raiseConcern("41");
        raiseConcern("42");

        List<Task> followUps = taskQuery().processInstanceId(active.getId())
                .taskDefinitionKey(USER_TASK_FOLLOW_UP_CONCERN).list();
        org.assertj.core.api.Assertions.assertThat(followUps).hasSize(2)
                .allSatisfy(t -> assertThat(t).hasCandidateGroup("ocmw-gent").hasName("Zorg van buddy opvolgen"));
        org.assertj.core.api.Assertions.assertThat(followUps.stream()
                .map(t -> taskService().getVariable(t.getId(), "concernId"))).containsExactlyInAnyOrder("41", "42");
        assertThat(active).isWaitingAt(USER_TASK_LOG_MEETING);

        followUps.forEach(t -> complete(t, Map.of("concernAction", "CONTACTED_VOLUNTEER")));
        assertThat(active).hasPassed("EndEvent_ConcernFollowedUp").isWaitingAt(USER_TASK_LOG_MEETING);
    }

    @Test
    void anOpenConcernKeepsThePhaseOpenUntilTheSocialWorkerIsDone() {
        ProcessInstance active = start(Map.of());
        raiseConcern("43");
        now(START.plusMonths(6));

        execute(timer(active, "BoundaryEvent_TrajectoryEnds"));

        assertThat(active).hasPassed("EndEvent_TrajectoryCompleted").isNotEnded();
        complete(task(USER_TASK_FOLLOW_UP_CONCERN, active), Map.of("concernAction", "NO_ACTION_NEEDED"));
        assertThat(active).isEnded();
    }

    private ProcessInstance start(Map<String, Object> extra) {
        Map<String, Object> variables = new HashMap<>(Map.of("caseId", CASE_ID, "caseTeam", "ocmw-gent",
                "buddyVolunteerId", VOLUNTEER, "buddyVolunteerUser", "victor"));
        variables.putAll(extra);
        return runtimeService().startProcessInstanceByKey(ActiveTrajectoryProcess.KEY, CASE_ID, variables);
    }

    private static Map<String, Object> meeting(String metOn, Number hours, Map<String, Boolean> domains) {
        Map<String, Object> variables = new HashMap<>(domains);
        variables.put("metOn", metOn);
        variables.put("meetingHours", hours);
        variables.put("meetingNote", "Samen naar de bib");
        return variables;
    }

    private static void requestEnd(Perspective requestedFor, String reason) {
        runtimeService().createMessageCorrelation(ActiveTrajectoryProcess.MESSAGE_END_REQUESTED)
                .processInstanceBusinessKey(CASE_ID)
                .setVariable("endRequestedFor", requestedFor.name()).setVariable("endRequestReason", reason)
                .correlate();
    }

    private static void raiseConcern(String concernId) {
        runtimeService().createMessageCorrelation(ActiveTrajectoryProcess.MESSAGE_CONCERN_RAISED)
                .processInstanceBusinessKey(CASE_ID).setVariable("concernId", concernId)
                .correlate();
    }

    private static Job timer(ProcessInstance instance, String activityId) {
        return managementService().createJobQuery().processInstanceId(instance.getId()).activityId(activityId)
                .singleResult();
    }

    private static String outcome(ProcessInstance instance) {
        return (String) engine.getHistoryService().createHistoricVariableInstanceQuery()
                .processInstanceId(instance.getId()).variableName("activeOutcome").singleResult().getValue();
    }

    private static void now(LocalDateTime time) {
        ClockUtil.setCurrentTime(at(time));
    }

    private static Date at(LocalDateTime time) {
        return Date.from(time.atZone(BELGIUM).toInstant());
    }
}
