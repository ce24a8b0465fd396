package be.buddyflow.housing.process;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.LocalDate;

import be.buddyflow.casefile.CaseFileRepository;
import be.buddyflow.housing.HousingTransitionRecords;
import be.buddyflow.housing.HousingTransitions.Begun;
import be.buddyflow.support.ProcessTestEngine;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The contract with the trajectory: when buddy-trajectory listens for RecognitionGranted, the
 * recognition goes to it (with the date), not to a standalone transition. The stand-in model is
 * what the trajectory's event subprocess looks like from outside.
 */
@Deployment(resources = "housing/trajectory-listening-for-recognition.bpmn")
class EngineHousingTransitionsTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessTestEngine.withCoverage();

    private static final String CASE_ID = "BF-2026-000077";

    private final HousingTransitionRecords records = mock(HousingTransitionRecords.class);

    private EngineHousingTransitions transitions() {
        return new EngineHousingTransitions(runtimeService(), mock(CaseFileRepository.class), records);
    }

    @Test
    void recognitionGoesToTheTrajectoryThatListensForIt() {
        ProcessInstance trajectory = runtimeService().startProcessInstanceByKey("buddy-trajectory", CASE_ID);

        Assertions.assertThat(transitions().begin(CASE_ID, LocalDate.of(2026, 4, 2))).isEqualTo(Begun.IN_TRAJECTORY);

        assertThat(trajectory).isWaitingAt("UserTask_Active", "UserTask_HousingTransition").variables()
                .containsEntry("recognitionDate", "2026-04-02");
        complete(taskQuery().taskDefinitionKey("UserTask_HousingTransition").singleResult());
        complete(task("UserTask_Active", trajectory));
        assertThat(trajectory).isEnded();
    }

    @Test
    void aRunningTransitionIsNotBegunTwiceAndEventsWithoutAWaitingTransitionAreNotDelivered() {
        when(records.isRunning(CASE_ID)).thenReturn(true);

        Assertions.assertThat(transitions().begin(CASE_ID, LocalDate.of(2026, 4, 2))).isEqualTo(Begun.ALREADY_RUNNING);
        Assertions.assertThat(transitions().housingFound(CASE_ID, LocalDate.of(2026, 5, 1), null)).isFalse();
        Assertions.assertThat(transitions().moveDateSet(CASE_ID, LocalDate.of(2026, 6, 1))).isFalse();
        Assertions.assertThat(transitions().moved(CASE_ID)).isFalse();
        Assertions.assertThat(runtimeService().createProcessInstanceQuery().count()).isZero();
    }
}
