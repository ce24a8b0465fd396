package be.buddyflow.volunteers.process;

import static be.buddyflow.volunteers.process.MatchingProcess.USER_TASK_ACCEPT_MATCH;
import static be.buddyflow.volunteers.process.MatchingProcess.USER_TASK_APPROVE_MATCH;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import be.buddyflow.matching.AgeBand;
import be.buddyflow.matching.Availability;
import be.buddyflow.matching.Gender;
import be.buddyflow.matching.LanguageLevel;
import be.buddyflow.matching.Location;
import be.buddyflow.matching.NeedDomain;
import be.buddyflow.matching.PartScore;
import be.buddyflow.matching.ScoredCandidate;
import be.buddyflow.matching.SoftPart;
import be.buddyflow.matching.VolunteerCandidate;
import be.buddyflow.support.ProcessTestEngine;
import be.buddyflow.volunteers.ProposeMatch;
import be.buddyflow.volunteers.Shortlist;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@Deployment(resources = {"bpmn/trajectory-matching.bpmn", "forms/approve-match.form", "forms/accept-match.form"})
class TrajectoryMatchingProcessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessTestEngine.withCoverage();

    private static final String CASE_ID = "BF-2026-000011";

    private final ProposeMatch proposeMatch = mock(ProposeMatch.class);
    private final ScoredCandidate victor = candidate("VOL-000001", "Victor", 85);
    private final ScoredCandidate vera = candidate("VOL-000002", "Vera", 70);
    /** Stands for the table match_proposal: the volunteers the case was proposed to, kept across matchings. */
    private final Set<String> metBefore = new LinkedHashSet<>();

    @BeforeEach
    void registerDelegates() {
        Mocks.register("findCandidatesDelegate", new FindCandidatesDelegate(proposeMatch));
        Mocks.register("checkChosenCandidateListener", new CheckChosenCandidateListener());
        Mocks.register("proposeMatchDelegate", new ProposeMatchDelegate(proposeMatch));
        Mocks.register("recordVolunteerAnswerDelegate", new RecordVolunteerAnswerDelegate(proposeMatch));
        Mocks.register("formDuoDelegate", new FormDuoDelegate(proposeMatch));
        Mocks.register("recordFirstMeetingDelegate", new RecordFirstMeetingDelegate(proposeMatch));
        when(proposeMatch.shortlist(CASE_ID)).thenAnswer(call -> new Shortlist(Stream.of(victor, vera)
                .filter(candidate -> !metBefore.contains(candidate.volunteerId())).toList()));
        when(proposeMatch.propose(eq(CASE_ID), eq(victor), any())).thenAnswer(call -> {
            metBefore.add("VOL-000001");
            return new ProposeMatch.Proposal("VOL-000001", "victor");
        });
        when(proposeMatch.propose(eq(CASE_ID), eq(vera), any())).thenAnswer(call -> {
            metBefore.add("VOL-000002");
            return new ProposeMatch.Proposal("VOL-000002", "vera");
        });
        when(proposeMatch.newcomerProfile(eq(CASE_ID), any())).thenReturn("Talen: Engels, Perzisch");
        when(proposeMatch.feasible(CASE_ID, "VOL-000001")).thenReturn(java.util.Optional.of(victor));
        when(proposeMatch.feasible(CASE_ID, "VOL-000002")).thenReturn(java.util.Optional.of(vera));
        when(proposeMatch.buddyProfile(CASE_ID)).thenReturn("Talen · Langues · Languages: fa, en");
    }

    @AfterEach
    void reset() {
        Mocks.reset();
    }

    @Test
    void coordinatorProposesAndTheVolunteerAccepts() {
        ProcessInstance matching = start();

        assertThat(matching).isWaitingAt(USER_TASK_APPROVE_MATCH);
        assertThat(task(matching)).hasCandidateGroup("coordinators");
        assertThat(matching).variables().containsEntry("candidatesFound", true)
                .containsEntry("candidateIds", "VOL-000001,VOL-000002");
        org.assertj.core.api.Assertions.assertThat((String) runtimeService().getVariable(matching.getId(),
                "candidateOverview")).contains("Victor — 85,0 van 100 punten", "Vera — 70,0 van 100 punten",
                        "Afstand: 0,0 km", "Gedeelde talen: Engels", "Waarom:").doesNotContain("VOL-0", " en,", "DISTANCE");
        assertThat(matching).variables()
                .containsEntry("candidateLabel1", "Victor · 85,0 van 100 · 0,0 km · Engels")
                .containsEntry("candidateLabel2", "Vera · 70,0 van 100 · 0,0 km · Engels")
                .containsEntry("candidateLabel3", null)
                .containsEntry("newcomerProfile", "Talen: Engels, Perzisch");

        complete(task(matching), Map.of("chosenCandidate", "1"));

        assertThat(matching).isWaitingAt(USER_TASK_ACCEPT_MATCH);
        assertThat(task(matching)).isAssignedTo("victor").hasDueDate(
                (java.util.Date) runtimeService().getVariable(matching.getId(), MatchingProcess.ACCEPTANCE_DUE_DATE));
        assertThat(matching).variables().containsEntry("buddyProfile", "Talen · Langues · Languages: fa, en")
                .doesNotContainKeys("candidateOverview", "candidateIds", "candidateLabel1", "candidateLabel3",
                        "newcomerProfile");

        complete(task(matching), Map.of("volunteerAnswer", "ACCEPTED"));

        assertThat(matching).isWaitingAt(MatchingProcess.USER_TASK_CONFIRM_NEWCOMER_AGREEMENT)
                .variables().containsEntry("proposedVolunteerName", "Victor");
        assertThat(task(matching)).hasCandidateGroup("ocmw-gent");
        complete(task(matching), Map.of("newcomerAnswer", "AGREES"));

        // Forming the duo is asynchronous: a failure becomes an incident, not a refused form.
        assertThat(matching).isWaitingAt("ServiceTask_FormDuo");
        execute(job("ServiceTask_FormDuo", matching));
        assertThat(matching).isWaitingAt(MatchingProcess.USER_TASK_REGISTER_FIRST_MEETING);
        assertThat(task(matching)).isAssignedTo("victor");
        verify(proposeMatch).formDuo(CASE_ID, "VOL-000001");
        complete(task(matching), Map.of("firstMeetingOn", "2026-12-10"));

        assertThat(matching).hasPassedInOrder("ServiceTask_FindCandidates", USER_TASK_APPROVE_MATCH,
                "ServiceTask_ProposeMatch", USER_TASK_ACCEPT_MATCH, "ServiceTask_RecordAnswer",
                MatchingProcess.USER_TASK_CONFIRM_NEWCOMER_AGREEMENT, "ServiceTask_FormDuo",
                MatchingProcess.USER_TASK_REGISTER_FIRST_MEETING, "ServiceTask_RecordFirstMeeting",
                "EndEvent_DuoFormed").isEnded();
        verify(proposeMatch).recordAnswer(CASE_ID, "VOL-000001", "ACCEPTED");
        verify(proposeMatch).recordFirstMeeting(CASE_ID, "VOL-000001", LocalDate.of(2026, 12, 10));
    }

    @Test
    void newcomerWhoDeclinesTheBuddyGetsAnotherProposal() {
        ProcessInstance matching = start();
        complete(task(matching), Map.of("chosenCandidate", "1"));
        complete(task(matching), Map.of("volunteerAnswer", "ACCEPTED"));

        complete(task(matching), Map.of("newcomerAnswer", "DECLINES"));

        assertThat(matching).hasPassed("ServiceTask_RecordNewcomerDeclined").isWaitingAt(USER_TASK_APPROVE_MATCH)
                .variables().containsEntry("candidateIds", "VOL-000002");
        verify(proposeMatch).recordAnswer(CASE_ID, "VOL-000001", "NEWCOMER_DECLINED");
        verify(proposeMatch, never()).formDuo(any(), any());
    }

    @Test
    void declineAsksTheNextCandidateAndNeverTheSameVolunteerTwice() {
        ProcessInstance matching = start();
        complete(task(matching), Map.of("chosenCandidate", "1"));

        complete(task(matching), Map.of("volunteerAnswer", "DECLINED"));

        assertThat(matching).isWaitingAt(USER_TASK_APPROVE_MATCH).variables()
                .containsEntry("candidateIds", "VOL-000002").doesNotContainKey("askedVolunteers")
                .containsEntry("candidateLabel2", null);
        org.assertj.core.api.Assertions.assertThat((String) runtimeService().getVariable(matching.getId(),
                "candidateLabel1")).startsWith("Vera · ");
        verify(proposeMatch).recordAnswer(CASE_ID, "VOL-000001", "DECLINED");
        verify(proposeMatch, never()).formDuo(any(), any());
    }

    @Test
    void aRematchNeverProposesAVolunteerTheCaseMetBefore() {
        ProcessInstance first = start();
        complete(task(first), Map.of("chosenCandidate", "1"));
        complete(task(first), Map.of("volunteerAnswer", "ACCEPTED"));
        complete(task(first), Map.of("newcomerAnswer", "AGREES"));
        execute(job("ServiceTask_FormDuo", first));
        complete(task(first), Map.of("firstMeetingOn", "2026-12-10"));
        assertThat(first).hasPassed("EndEvent_DuoFormed").isEnded();

        // The duo with Victor ended (activeOutcome REMATCH): the trajectory calls a new matching for
        // the case, which starts without any variable of the first one.
        ProcessInstance rematch = start();

        assertThat(rematch).isWaitingAt(USER_TASK_APPROVE_MATCH).variables()
                .containsEntry("candidateIds", "VOL-000002").containsEntry("candidateLabel2", null);
        org.assertj.core.api.Assertions.assertThat((String) runtimeService().getVariable(rematch.getId(),
                "candidateOverview")).startsWith("Vera").doesNotContain("Victor");
        complete(task(rematch), Map.of("chosenCandidate", "1"));
        assertThat(task(rematch)).isAssignedTo("vera");
        verify(proposeMatch, times(1)).propose(eq(CASE_ID), eq(victor), any());
    }

    @Test
    void noAnswerBeforeTheDeadlineAsksTheNextCandidate() {
        ProcessInstance matching = start();
        complete(task(matching), Map.of("chosenCandidate", "1"));

        execute(job("BoundaryEvent_AcceptanceDeadline", matching));

        assertThat(matching).hasPassed("ServiceTask_RecordNoAnswer").isWaitingAt(USER_TASK_APPROVE_MATCH);
        verify(proposeMatch).recordAnswer(CASE_ID, "VOL-000001", "NO_ANSWER");
    }

    @Test
    void noSuitableCandidatePutsTheCaseOnTheWaitingListAndSearchesAgainLater() {
        ProcessInstance matching = start();

        complete(task(matching), Map.of("chosenCandidate", "NONE"));

        assertThat(matching).isWaitingAt("Gateway_WaitingList");
        execute(job("IntermediateCatchEvent_WaitingListRetry", matching));
        assertThat(matching).hasPassed("IntermediateCatchEvent_WaitingListRetry").isWaitingAt(USER_TASK_APPROVE_MATCH);
    }

    @Test
    void anApprovedCohortPairTakesTheCaseOffTheWaitingList() {
        when(proposeMatch.shortlist(CASE_ID)).thenReturn(new Shortlist(List.of()));
        ProcessInstance matching = start();
        assertThat(matching).isWaitingAt("Gateway_WaitingList");

        runtimeService().createMessageCorrelation(MatchingProcess.MESSAGE_COHORT_MATCH_APPROVED)
                .processInstanceBusinessKey(CASE_ID)
                .setVariable("candidateIds", "VOL-000002").setVariable("chosenCandidate", "1")
                .correlate();

        assertThat(matching).hasPassed("IntermediateCatchEvent_CohortMatchApproved", "ServiceTask_ProposeMatch")
                .isWaitingAt(USER_TASK_ACCEPT_MATCH);
        assertThat(task(matching)).isAssignedTo("vera");
    }

    @Test
    void coordinatorsFollowUpANewcomerWhoStillHasNoBuddyAfterTheTerm() {
        when(proposeMatch.shortlist(CASE_ID)).thenReturn(new Shortlist(List.of()));
        ProcessInstance matching = start();
        org.camunda.bpm.engine.runtime.Job escalation = engine.getManagementService().createJobQuery()
                .processInstanceId(matching.getId()).activityId("StartEvent_SearchTakesLong").singleResult();
        org.assertj.core.api.Assertions.assertThat(escalation.getDuedate())
                .isAfter(java.util.Date.from(java.time.Instant.now().plus(java.time.Duration.ofDays(29))));

        execute(escalation);

        org.camunda.bpm.engine.task.Task followUp = taskService().createTaskQuery().processInstanceId(matching.getId())
                .taskDefinitionKey(MatchingProcess.USER_TASK_FOLLOW_UP_LONG_SEARCH).singleResult();
        assertThat(followUp).hasCandidateGroup("coordinators");
        assertThat(matching).isWaitingAt("Gateway_WaitingList");
        taskService().complete(followUp.getId(), Map.of("followUpAction", "RECRUITING"));
        assertThat(matching).hasPassed("EndEvent_FollowUpDone").isWaitingAt("Gateway_WaitingList");
    }

    @Test
    void emptyPoolWaitsWithoutBotheringTheCoordinator() {
        when(proposeMatch.shortlist(CASE_ID)).thenReturn(new Shortlist(List.of()));

        ProcessInstance matching = start();

        assertThat(matching).isWaitingAt("Gateway_WaitingList").hasNotPassed(USER_TASK_APPROVE_MATCH);
    }

    @Test
    void aNumberBeyondTheShortlistIsRefused() {
        ProcessInstance matching = start();
        String taskId = task(matching).getId();

        assertThatThrownBy(() -> taskService().complete(taskId, Map.of("chosenCandidate", "4")))
                .hasMessageContaining("Kies een kandidaat van 1 tot 2");
        assertThat(matching).isWaitingAt(USER_TASK_APPROVE_MATCH);
    }

    private ProcessInstance start() {
        return runtimeService().startProcessInstanceByKey(MatchingProcess.KEY, CASE_ID, Map.of("caseId", CASE_ID,
                "caseTeam", "ocmw-gent", "acceptanceDeadline", "P3D", "waitingListRetry", "P7D",
                "waitingListEscalation", "P30D"));
    }

    private static ScoredCandidate candidate(String id, String firstName, double score) {
        VolunteerCandidate volunteer = new VolunteerCandidate(id, firstName, Map.of("en", LanguageLevel.FLUENT),
                new Location("9000", 51.04, 3.71), Gender.MAN, AgeBand.FROM_25_TO_39, false,
                EnumSet.of(Availability.EVENINGS), Set.of("football"), EnumSet.of(NeedDomain.WORK), false, 2, 0,
                LocalDate.of(2029, 1, 1), true);
        return new ScoredCandidate(volunteer, score,
                List.of(new PartScore(SoftPart.DISTANCE, 1.0, 15, score, "Afstand · Distance · Distance: 0,0 km")),
                List.of("en"), 0.0);
    }
}
