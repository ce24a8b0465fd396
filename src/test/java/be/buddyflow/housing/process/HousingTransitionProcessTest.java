package be.buddyflow.housing.process;

import static be.buddyflow.housing.process.HousingTransitionProcess.USER_TASK_ARRANGE_DEPOSIT;
import static be.buddyflow.housing.process.HousingTransitionProcess.USER_TASK_ARRANGE_EARLY_DEPARTURE;
import static be.buddyflow.housing.process.HousingTransitionProcess.USER_TASK_CONFIRM_MOVE;
import static be.buddyflow.housing.process.HousingTransitionProcess.USER_TASK_DECIDE_EXTENSION;
import static be.buddyflow.housing.process.HousingTransitionProcess.USER_TASK_HAND_OVER;
import static be.buddyflow.housing.process.HousingTransitionProcess.USER_TASK_HELP_SEARCH_HOUSING;
import static be.buddyflow.housing.process.HousingTransitionProcess.USER_TASK_HOLD_CONVERSATION;
import static be.buddyflow.housing.process.HousingTransitionProcess.USER_TASK_RECORD_CHOICE;
import static be.buddyflow.housing.process.HousingTransitionProcess.USER_TASK_REGISTER_IN_MUNICIPALITY;
import static be.buddyflow.housing.process.HousingTransitionProcess.USER_TASK_REQUEST_PREMIUM;
import static be.buddyflow.housing.process.HousingTransitionProcess.USER_TASK_REVIEW_REPEAT_PREMIUM;
import static be.buddyflow.housing.process.HousingTransitionProcess.USER_TASK_SEARCH_HOUSING;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.identityService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import be.buddyflow.casefile.CaseFileRepository;
import be.buddyflow.casefile.CaseStatus;
import be.buddyflow.casefile.ReceptionFacts;
import be.buddyflow.housing.HousingOutcome;
import be.buddyflow.housing.HousingTimeline;
import be.buddyflow.housing.HousingTransitionRecords;
import be.buddyflow.housing.InstallationPremiums;
import be.buddyflow.housing.WorkingDays;
import be.buddyflow.notification.Notifications;
import be.buddyflow.support.ProcessTestEngine;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
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

@Deployment(resources = {"bpmn/housing-transition.bpmn", "forms/housing-start.form", "forms/housing-conversation.form",
        "forms/housing-choice.form", "forms/housing-early-departure.form", "forms/housing-search.form",
        "forms/housing-search-help.form", "forms/housing-stay-extension.form", "forms/housing-rental-deposit.form",
        "forms/housing-installation-premium.form", "forms/housing-repeat-premium.form", "forms/housing-confirm-move.form",
        "forms/housing-municipal-registration.form", "forms/housing-handover.form"})
class HousingTransitionProcessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessTestEngine.withCoverage();

    private static final String CASE_ID = "BF-2026-000042";
    /** The case team; the test engine allows no hyphen in group ids (the application does). */
    private static final String CASE_TEAM = "ocmwgent";
    /** Thursday before Easter 2026: Good Friday is a working day, Easter Monday (6 April) is not. */
    private static final String RECOGNISED_ON = "2026-04-02";

    private final CaseFileRepository caseFiles = mock(CaseFileRepository.class);
    private final HousingTransitionRecords records = mock(HousingTransitionRecords.class);
    private final InstallationPremiums premiums = mock(InstallationPremiums.class);
    private final Notifications notifications = mock(Notifications.class);

    @BeforeEach
    void registerDelegates() {
        HousingTimeline timeline = HousingTimeline.of(WorkingDays.withClosingDays(), 1, 10);
        Mocks.register("checkHousingCaseDelegate", new CheckHousingCaseDelegate(caseFiles, records));
        Mocks.register("planHousingDeadlineDelegate", new PlanHousingDeadlineDelegate(timeline));
        Mocks.register("recordStayDecisionDelegate", new RecordStayDecisionDelegate());
        Mocks.register("checkInstallationPremiumDelegate", new CheckInstallationPremiumDelegate(premiums));
        Mocks.register("recordInstallationPremiumDelegate", new RecordInstallationPremiumDelegate(premiums));
        Mocks.register("notifyHousingDeadlineDelegate", new NotifyHousingDeadlineDelegate(notifications));
        Mocks.register("recordHousingOutcomeDelegate", new RecordHousingOutcomeDelegate(records));
        Mocks.register("endHousingTransitionListener", new EndHousingTransitionListener(records));
        when(caseFiles.findReceptionFacts(CASE_ID))
                .thenReturn(Optional.of(new ReceptionFacts(CASE_ID, CASE_TEAM, CaseStatus.OPEN, "COLLECTIVE")));
        when(records.start(anyString(), eq(CASE_ID), any(), any())).thenReturn(true);
        when(premiums.recordGrant(eq(CASE_ID), any(), any())).thenReturn(true);
        user("sofie", CASE_TEAM);
        user("mona", "managers");
        user("samir", "ocmw-leuven");
    }

    @AfterEach
    void reset() {
        Mocks.reset();
        ClockUtil.reset();
        identityService().clearAuthentication();
        identityService().createUserQuery().list().forEach(u -> identityService().deleteUser(u.getId()));
        identityService().createGroupQuery().list().forEach(g -> identityService().deleteGroup(g.getId()));
    }

    @Test
    void stayInIndividualReceptionUntilTheSocialWorkerFindsHousingAndTheNewcomerMoves() {
        ProcessInstance transition = start(null);

        // 3rd working day after Thursday 2 April 2026, Easter Monday not counted: Wednesday 8 April.
        assertThat(transition).isWaitingAt(USER_TASK_HOLD_CONVERSATION);
        assertThat(task(transition, USER_TASK_HOLD_CONVERSATION)).hasCandidateGroup(CASE_TEAM)
                .hasDueDate(at("2026-04-08T17:00:00+02:00"));
        complete(transition, USER_TASK_HOLD_CONVERSATION, Map.of("conversationHeldOn", "2026-04-07"));

        assertThat(task(transition, USER_TASK_RECORD_CHOICE)).hasDueDate(at("2026-04-10T17:00:00+02:00"));
        complete(transition, USER_TASK_RECORD_CHOICE,
                Map.of("transitionChoice", "INDIVIDUAL_RECEPTION", "stayStartsOn", "2026-04-15"));

        assertThat(transition).hasPassed("EndEvent_NoBuddy").isWaitingAt(USER_TASK_SEARCH_HOUSING)
                .variables().containsEntry("stayMonths", 2).containsEntry("stayEndsOn", "2026-06-15")
                .containsEntry("stayDecideFrom", "2026-06-01T09:00:00+02:00");
        complete(transition, USER_TASK_SEARCH_HOUSING, Map.of("leaseSignedOn", "2026-05-20", "moveDate", "2026-06-01"));

        assertThat(transition).hasPassed("EndEvent_HousingFoundBySocialWorker")
                .isWaitingAt(USER_TASK_ARRANGE_DEPOSIT, USER_TASK_REQUEST_PREMIUM, USER_TASK_CONFIRM_MOVE);
        // The deposit is applied for within 3 months of the lease.
        assertThat(task(transition, USER_TASK_ARRANGE_DEPOSIT)).hasDueDate(at("2026-08-20T17:00:00+02:00"));
        assertThat(task(transition, USER_TASK_CONFIRM_MOVE)).hasDueDate(at("2026-06-01T17:00:00+02:00"));
        complete(transition, USER_TASK_ARRANGE_DEPOSIT, Map.of("depositRoute", "WONINGFONDS_LOAN"));
        complete(transition, USER_TASK_REQUEST_PREMIUM,
                Map.of("installationPremiumDecision", "GRANTED", "installationPremiumGrantedOn", "2026-06-03"));
        verify(premiums).recordGrant(CASE_ID, LocalDate.of(2026, 6, 3), null);
        complete(transition, USER_TASK_CONFIRM_MOVE, Map.of("movedOn", "2026-06-01"));
        complete(transition, USER_TASK_REGISTER_IN_MUNICIPALITY, Map.of("registeredOn", "2026-06-08", "newPostalCode", "9050"));
        complete(transition, USER_TASK_HAND_OVER, Map.of("handover", "SAME_OCMW"));

        assertThat(transition).hasPassed("ServiceTask_RecordPremium", "Gateway_MoveConfirmed", "ServiceTask_RecordMoved")
                .hasNotPassed(USER_TASK_REVIEW_REPEAT_PREMIUM, USER_TASK_HELP_SEARCH_HOUSING)
                .isEnded().hasPassed("EndEvent_Moved");
        Assertions.assertThat(outcome(transition)).isEqualTo(HousingOutcome.MOVED.name());
        verify(records).recordOutcome(transition.getId(), HousingOutcome.MOVED, 2);
        verify(records).end(transition.getId());
    }

    @Test
    void partnerSystemsReportHousingMoveDateAndMoveWhileTheBuddyHelps() {
        when(premiums.grantedBefore(CASE_ID)).thenReturn(Optional.of(LocalDate.of(2021, 3, 1)));
        ProcessInstance transition = toStay(start("victor"));

        Task help = task(transition, USER_TASK_HELP_SEARCH_HOUSING);
        assertThat(help).isAssignedTo("victor");
        complete(transition, USER_TASK_HELP_SEARCH_HOUSING, Map.of("viewingsAccompanied", true));
        assertThat(transition).hasPassed("EndEvent_SearchHelped").isWaitingAt(USER_TASK_SEARCH_HOUSING);

        correlate(HousingTransitionProcess.MESSAGE_HOUSING_FOUND, Map.of("leaseSignedOn", "2026-05-04"));

        assertThat(transition).hasPassed("BoundaryEvent_HousingFound").hasNotPassed("EndEvent_HousingFoundBySocialWorker")
                .isWaitingAt(USER_TASK_ARRANGE_DEPOSIT, USER_TASK_REVIEW_REPEAT_PREMIUM, USER_TASK_CONFIRM_MOVE);
        Assertions.assertThat(task(transition, USER_TASK_CONFIRM_MOVE).getDueDate()).as("move date unknown").isNull();
        assertThat(transition).variables().containsEntry("installationPremiumGrantedBefore", true)
                .containsEntry("installationPremiumGrantedBeforeOn", "2021-03-01");

        correlate(HousingTransitionProcess.MESSAGE_MOVE_DATE_SET, Map.of("moveDate", "2026-06-30"));
        assertThat(transition).hasPassed("BoundaryEvent_MoveDateSet");
        assertThat(task(transition, USER_TASK_CONFIRM_MOVE)).hasDueDate(at("2026-06-30T17:00:00+02:00"));

        correlate(HousingTransitionProcess.MESSAGE_MOVED, Map.of());
        assertThat(transition).hasPassed("BoundaryEvent_Moved", "Gateway_MoveConfirmed");
        complete(transition, USER_TASK_REVIEW_REPEAT_PREMIUM, Map.of("repeatPremiumReview", "SAME_PERSON"));
        complete(transition, USER_TASK_ARRANGE_DEPOSIT, Map.of("depositRoute", "OCMW_GUARANTEE"));
        complete(transition, USER_TASK_REGISTER_IN_MUNICIPALITY, Map.of("registeredOn", "2026-07-06", "newPostalCode", "9000"));
        complete(transition, USER_TASK_HAND_OVER, Map.of("handover", "HANDED_OVER", "handedOverOn", "2026-07-07"));

        assertThat(transition).isEnded().hasPassed("EndEvent_Moved").hasNotPassed(USER_TASK_REQUEST_PREMIUM);
        verify(premiums, never()).recordGrant(any(), any(), any());
    }

    @Test
    void newcomerWhoLeavesEarlyGetsFoodChequesAndNoStay() {
        ProcessInstance transition = start(null);
        complete(transition, USER_TASK_HOLD_CONVERSATION, Map.of("conversationHeldOn", "2026-04-03"));
        complete(transition, USER_TASK_RECORD_CHOICE, Map.of("transitionChoice", "LEAVE_EARLY"));

        assertThat(transition).isWaitingAt(USER_TASK_ARRANGE_EARLY_DEPARTURE);
        complete(transition, USER_TASK_ARRANGE_EARLY_DEPARTURE, Map.of("departureOn", "2026-04-10",
                "foodChequesHandedOver", true, "newOcmwInformed", true));

        assertThat(transition).isEnded().hasPassed("EndEvent_LeftEarly").hasNotPassed("SubProcess_Stay");
        Assertions.assertThat(outcome(transition)).isEqualTo(HousingOutcome.LEFT_EARLY.name());
        verify(records).recordOutcome(transition.getId(), HousingOutcome.LEFT_EARLY, null);
    }

    @Test
    void stayIsExtendedToThreeThenExceptionallyFourMonthsAndNeverBeyond() {
        ProcessInstance transition = toStay(start(null));

        // The extension is decided from 10 working days before the end of the stay (15 June 2026).
        ClockUtil.setCurrentTime(at("2026-06-01T08:59:00+02:00"));
        Assertions.assertThat(executableJobs(transition)).isEmpty();
        ClockUtil.setCurrentTime(at("2026-06-01T09:00:00+02:00"));
        execute(executableJobs(transition).get(0));
        assertThat(transition).hasPassed("BoundaryEvent_StayDecisionDue").isWaitingAt(USER_TASK_DECIDE_EXTENSION);
        assertThat(task(transition, USER_TASK_DECIDE_EXTENSION)).hasCandidateGroup(CASE_TEAM)
                .hasDueDate(at("2026-06-12T17:00:00+02:00"));
        complete(transition, USER_TASK_DECIDE_EXTENSION, Map.of("stayDecision", "EXTEND"));

        assertThat(transition).isWaitingAt(USER_TASK_SEARCH_HOUSING).variables().containsEntry("stayMonths", 3)
                .containsEntry("stayEndsOn", "2026-07-15");
        execute(job("BoundaryEvent_StayDecisionDue", transition));
        String fourth = task(transition, USER_TASK_DECIDE_EXTENSION).getId();
        assertThatThrownBy(() -> taskService().complete(fourth, Map.of("stayDecision", "EXTEND")))
                .isInstanceOf(ProcessEngineException.class).hasMessageStartingWith("exceptionalReason:");
        complete(transition, USER_TASK_DECIDE_EXTENSION,
                Map.of("stayDecision", "EXTEND", "exceptionalReason", "LEASE_STARTS_LATER"));

        assertThat(transition).variables().containsEntry("stayMonths", 4).containsEntry("stayEndsOn", "2026-08-15");
        execute(job("BoundaryEvent_StayDecisionDue", transition));
        String fifth = task(transition, USER_TASK_DECIDE_EXTENSION).getId();
        assertThatThrownBy(() -> taskService().complete(fifth, Map.of("stayDecision", "EXTEND",
                "exceptionalReason", "NO_AFFORDABLE_HOUSING")))
                .isInstanceOf(ProcessEngineException.class).hasMessageStartingWith("stayDecision:");
        complete(transition, USER_TASK_DECIDE_EXTENSION, Map.of("stayDecision", "END"));

        assertThat(transition).isEnded().hasPassed("EndEvent_StayEnded");
        Assertions.assertThat(outcome(transition)).isEqualTo(HousingOutcome.STAY_ENDED.name());
        verify(records).recordOutcome(transition.getId(), HousingOutcome.STAY_ENDED, 4);
    }

    @Test
    void housingFoundWhileTheExtensionIsBeingDecidedEndsTheStay() {
        ProcessInstance transition = toStay(start(null));
        execute(job("BoundaryEvent_StayDecisionDue", transition));

        correlate(HousingTransitionProcess.MESSAGE_HOUSING_FOUND, Map.of("leaseSignedOn", "2026-06-05", "moveDate", "2026-06-20"));

        assertThat(transition).hasPassed("BoundaryEvent_HousingFoundDuringDecision")
                .isWaitingAt(USER_TASK_ARRANGE_DEPOSIT, USER_TASK_REQUEST_PREMIUM, USER_TASK_CONFIRM_MOVE);
    }

    @Test
    void caseTeamAndManagersAreWarnedOnTheWorkingDayBeforeEachDeadline() {
        ProcessInstance transition = start(null);
        ClockUtil.setCurrentTime(at("2026-04-07T09:00:00+02:00"));
        Job conversationWarning = executableJobs(transition).get(0);
        execute(conversationWarning);
        assertThat(transition).hasPassed("EndEvent_ConversationWarned").isWaitingAt(USER_TASK_HOLD_CONVERSATION);
        verify(notifications).send("sofie", Notifications.Template.HOUSING_DEADLINE_APPROACHING, CASE_ID);
        verify(notifications).send("mona", Notifications.Template.HOUSING_DEADLINE_APPROACHING, CASE_ID);
        verify(notifications, never()).send(eq("samir"), any(), any());

        complete(transition, USER_TASK_HOLD_CONVERSATION, Map.of("conversationHeldOn", "2026-04-07"));
        execute(job("BoundaryEvent_ChoiceWarning", transition));
        assertThat(transition).hasPassed("EndEvent_ChoiceWarned");
        complete(transition, USER_TASK_RECORD_CHOICE, Map.of("transitionChoice", "INDIVIDUAL_RECEPTION", "stayStartsOn", "2026-04-15"));

        execute(job("BoundaryEvent_StayDecisionDue", transition));
        Assertions.assertThat(job("BoundaryEvent_StayWarning", transition).getDuedate()).isEqualTo(at("2026-06-11T09:00:00+02:00"));
        execute(job("BoundaryEvent_StayWarning", transition));
        assertThat(transition).hasPassed("EndEvent_StayWarned").isWaitingAt(USER_TASK_DECIDE_EXTENSION);
        complete(transition, USER_TASK_DECIDE_EXTENSION, Map.of("stayDecision", "EXTEND"));

        complete(transition, USER_TASK_SEARCH_HOUSING, Map.of("leaseSignedOn", "2026-05-20"));
        Assertions.assertThat(job("BoundaryEvent_DepositWarning", transition).getDuedate()).isEqualTo(at("2026-08-19T09:00:00+02:00"));
        execute(job("BoundaryEvent_DepositWarning", transition));
        assertThat(transition).hasPassed("EndEvent_DepositWarned").isWaitingAt(USER_TASK_ARRANGE_DEPOSIT);
        verify(notifications, times(4)).send("sofie", Notifications.Template.HOUSING_DEADLINE_APPROACHING, CASE_ID);
        verify(notifications, times(4)).send("mona", Notifications.Template.HOUSING_DEADLINE_APPROACHING, CASE_ID);
    }

    @Test
    void socialWorkerStartsItFromTasklistForACaseOfTheirOrganisation() {
        when(records.buddyVolunteerUser(CASE_ID)).thenReturn(Optional.of("victor"));
        identityService().setAuthenticatedUserId("sofie");

        ProcessInstance transition = runtimeService().startProcessInstanceByKey(HousingTransitionProcess.KEY,
                Map.of("caseId", " " + CASE_ID + " ", "recognitionDate", RECOGNISED_ON));

        assertThat(transition).hasBusinessKey(CASE_ID).isWaitingAt(USER_TASK_HOLD_CONVERSATION).variables()
                .containsEntry("caseId", CASE_ID).containsEntry("caseTeam", CASE_TEAM)
                .containsEntry("buddyVolunteerUser", "victor");
        verify(records).start(transition.getId(), CASE_ID, LocalDate.of(2026, 4, 2), "sofie");
    }

    @Test
    void startFormsAreRefusedWithTheFieldToCorrect() {
        identityService().setAuthenticatedUserId("samir");
        assertRefused(Map.of("caseId", CASE_ID, "recognitionDate", RECOGNISED_ON), "caseId:");
        identityService().setAuthenticatedUserId("sofie");
        assertRefused(Map.of("caseId", "BF-2026-999999", "recognitionDate", RECOGNISED_ON), "caseId:");
        assertRefused(Map.of("recognitionDate", RECOGNISED_ON), "caseId:");
        assertRefused(Map.of("caseId", CASE_ID, "recognitionDate", "02/04/2026"), "recognitionDate:");
        assertRefused(Map.of("caseId", CASE_ID), "recognitionDate:");
        assertRefused(Map.of("caseId", CASE_ID, "recognitionDate", LocalDate.now().plusDays(2).toString()), "recognitionDate:");
        when(records.start(anyString(), eq(CASE_ID), any(), any())).thenReturn(false);
        assertRefused(Map.of("caseId", CASE_ID, "recognitionDate", RECOGNISED_ON), "caseId:");
        when(caseFiles.findReceptionFacts(CASE_ID))
                .thenReturn(Optional.of(new ReceptionFacts(CASE_ID, CASE_TEAM, CaseStatus.CLOSED, "COLLECTIVE")));
        assertRefused(Map.of("caseId", CASE_ID, "recognitionDate", RECOGNISED_ON), "caseId:");
        assertThatThrownBy(() -> runtimeService().startProcessInstanceByKey(HousingTransitionProcess.KEY, "BF-2026-000001",
                Map.of("caseId", CASE_ID, "recognitionDate", RECOGNISED_ON)))
                .isInstanceOf(ProcessEngineException.class).hasMessageStartingWith("caseId:");
        Assertions.assertThat(runtimeService().createProcessInstanceQuery().count()).isZero();
    }

    @Test
    void aConversationBeforeTheRecognitionAnotherCaseOrAPremiumGrantedMeanwhileIsRefused() {
        ProcessInstance transition = start(null);
        String conversation = task(transition, USER_TASK_HOLD_CONVERSATION).getId();
        assertThatThrownBy(() -> taskService().complete(conversation, Map.of("conversationHeldOn", "2026-03-30")))
                .isInstanceOf(ProcessEngineException.class).hasMessageStartingWith("conversationHeldOn:");

        toStay(transition);
        complete(transition, USER_TASK_SEARCH_HOUSING, Map.of("leaseSignedOn", "2026-05-20"));
        String request = task(transition, USER_TASK_REQUEST_PREMIUM).getId();
        assertThatThrownBy(() -> taskService().complete(request, Map.of("caseId", "BF-2026-000001",
                "installationPremiumDecision", "GRANTED", "installationPremiumGrantedOn", "2026-06-03")))
                .as("the case is the business key, not what a form sends").isInstanceOf(ProcessEngineException.class)
                .hasMessageStartingWith("caseId:");
        when(premiums.recordGrant(eq(CASE_ID), any(), any())).thenReturn(false);
        assertThatThrownBy(() -> taskService().complete(request, Map.of("installationPremiumDecision", "GRANTED",
                "installationPremiumGrantedOn", "2026-06-03")))
                .isInstanceOf(ProcessEngineException.class).hasMessageStartingWith("installationPremiumDecision:");
        complete(transition, USER_TASK_REQUEST_PREMIUM, Map.of("installationPremiumDecision", "NOT_GRANTED"));
        assertThat(transition).hasPassed("ServiceTask_RecordPremium");
    }

    private void assertRefused(Map<String, Object> variables, String field) {
        assertThatThrownBy(() -> runtimeService().startProcessInstanceByKey(HousingTransitionProcess.KEY, variables))
                .isInstanceOf(ProcessEngineException.class).hasMessageStartingWith(field);
    }

    private ProcessInstance start(String buddyVolunteerUser) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("caseId", CASE_ID);
        variables.put("caseTeam", CASE_TEAM);
        variables.put("recognitionDate", RECOGNISED_ON);
        variables.put("buddyVolunteerUser", buddyVolunteerUser);
        return runtimeService().startProcessInstanceByKey(HousingTransitionProcess.KEY, CASE_ID, variables);
    }

    private ProcessInstance toStay(ProcessInstance transition) {
        complete(transition, USER_TASK_HOLD_CONVERSATION, Map.of("conversationHeldOn", "2026-04-07"));
        complete(transition, USER_TASK_RECORD_CHOICE,
                Map.of("transitionChoice", "INDIVIDUAL_RECEPTION", "stayStartsOn", "2026-04-15"));
        return transition;
    }

    private static Task task(ProcessInstance instance, String taskDefinitionKey) {
        return taskService().createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(taskDefinitionKey)
                .singleResult();
    }

    private static void complete(ProcessInstance instance, String taskDefinitionKey, Map<String, Object> variables) {
        taskService().complete(task(instance, taskDefinitionKey).getId(), variables);
    }

    private static void correlate(String message, Map<String, Object> variables) {
        runtimeService().createMessageCorrelation(message).processInstanceBusinessKey(CASE_ID)
                .setVariables(variables).correlate();
    }

    private static List<Job> executableJobs(ProcessInstance instance) {
        return managementService().createJobQuery().processInstanceId(instance.getId()).executable().list();
    }

    private static Object outcome(ProcessInstance instance) {
        return engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
                .variableName("housingOutcome").list().stream()
                // The outcome step's input parameter of the same name is local to that step.
                .filter(v -> v.getActivityInstanceId().equals(instance.getId()))
                .findFirst().orElseThrow().getValue();
    }

    private static Date at(String isoMoment) {
        return Date.from(OffsetDateTime.parse(isoMoment).toInstant());
    }

    private static void user(String id, String groupId) {
        User user = identityService().newUser(id);
        identityService().saveUser(user);
        if (identityService().createGroupQuery().groupId(groupId).count() == 0) {
            Group group = identityService().newGroup(groupId);
            identityService().saveGroup(group);
        }
        identityService().createMembership(id, groupId);
    }
}
