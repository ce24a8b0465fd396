package be.buddyflow.screening.process;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import be.buddyflow.casefile.IntakeSummary;
import be.buddyflow.matching.Availability;
import be.buddyflow.matching.GenderPreference;
import be.buddyflow.matching.NeedDomain;
import be.buddyflow.screening.ScreenNewcomer;
import be.buddyflow.screening.ScreeningOutcome;
import be.buddyflow.support.ProcessTestEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@Deployment(resources = {"bpmn/trajectory-screening.bpmn", "bpmn/screening-eligibility.dmn", "forms/assess-needs.form"})
class TrajectoryScreeningProcessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessTestEngine.withCoverage();

    private static final String CASE_ID = "BF-2026-000021";

    private final ScreenNewcomer screenNewcomer = mock(ScreenNewcomer.class);

    @BeforeEach
    void registerDelegates() {
        Mocks.register("recordScreeningDelegate", new RecordScreeningDelegate(screenNewcomer));
        Mocks.register("recordScreeningOutcomeDelegate", new RecordScreeningOutcomeDelegate(screenNewcomer));
        when(screenNewcomer.record(any(), any())).thenReturn(new IntakeSummary(CASE_ID, "Amina", "Haidari",
                LocalDate.of(1994, 3, 12), List.of("fa", "en"), "9000", "Gent", "RECOGNISED_REFUGEE",
                LocalDate.of(2026, 11, 20), "COLLECTIVE", "Opvangcentrum Gent", 1, 2, true, "PUBLIC_TASK", "demo"));
    }

    @AfterEach
    void reset() {
        Mocks.reset();
    }

    @Test
    void newcomerWhoWantsABuddyStartsATrajectoryWithPriority() {
        ProcessInstance screening = start();
        assertThat(task(screening)).hasCandidateGroup("ocmw-gent");

        complete(task(screening), answers(true, false));

        assertThat(screening).hasPassedInOrder(ScreeningProcess.USER_TASK_ASSESS_NEEDS, "ServiceTask_RecordScreening",
                        "BusinessRuleTask_DecideOutcome", "BusinessRuleTask_DecidePriority", "ServiceTask_RecordOutcome",
                        "EndEvent_ScreeningDone")
                .isEnded()
                .variables().containsEntry("screeningOutcome", "BUDDY_TRAJECTORY").containsEntry("priority", "HIGH")
                .containsEntry("needCount", 2).containsEntry("minorsInHousehold", true);
        verify(screenNewcomer).record(argThat(result -> result.needs().equals(Set.of(NeedDomain.HOUSING,
                NeedDomain.LANGUAGE)) && result.availability().equals(Set.of(Availability.EVENINGS))
                && result.interests().equals(Set.of("cooking", "football"))
                && result.genderPreference() == GenderPreference.WOMAN_ONLY), any());
        verify(screenNewcomer).decide(CASE_ID, ScreeningOutcome.BUDDY_TRAJECTORY, "HIGH");
    }

    @Test
    void newcomerWhoDoesNotWantABuddyIsForProfessionalServicesOnly() {
        ProcessInstance screening = start();

        complete(task(screening), answers(false, true));

        assertThat(screening).isEnded().variables().containsEntry("screeningOutcome", "PROFESSIONAL_SERVICES_ONLY");
        verify(screenNewcomer).decide(CASE_ID, ScreeningOutcome.PROFESSIONAL_SERVICES_ONLY, "HIGH");
    }

    private static Map<String, Object> answers(boolean buddyWanted, boolean professional) {
        Map<String, Object> answers = new HashMap<>();
        answers.put("needHousing", true);
        answers.put("needLanguage", true);
        answers.put("needWork", false);
        answers.put("availableEvenings", true);
        answers.put("interests", "cooking, football");
        answers.put("newcomerGender", "WOMAN");
        answers.put("genderPreference", "WOMAN_ONLY");
        answers.put("buddyWanted", buddyWanted);
        answers.put("needsProfessionalSupport", professional);
        return answers;
    }

    private ProcessInstance start() {
        return runtimeService().startProcessInstanceByKey(ScreeningProcess.KEY, CASE_ID,
                Map.of("caseId", CASE_ID, "caseTeam", "ocmw-gent"));
    }
}
