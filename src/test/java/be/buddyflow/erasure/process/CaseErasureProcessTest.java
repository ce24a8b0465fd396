package be.buddyflow.erasure.process;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.identityService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import java.util.Map;

import be.buddyflow.erasure.EraseCase;
import be.buddyflow.erasure.ErasureReason;
import be.buddyflow.support.ProcessTestEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@Deployment(resources = {"bpmn/case-erasure.bpmn", "forms/approve-erasure.form"})
class CaseErasureProcessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessTestEngine.withCoverage();

    private static final String CASE_ID = "BF-2026-000321";

    private final EraseCase eraseCase = mock(EraseCase.class);

    @BeforeEach
    void registerBeans() {
        Mocks.register("fourEyesListener", new FourEyesListener());
        Mocks.register("eraseCaseDelegate", new EraseCaseDelegate(eraseCase));
    }

    @AfterEach
    void reset() {
        identityService().clearAuthentication();
        Mocks.reset();
    }

    @Test
    void anotherPersonApprovesAndTheCaseIsErasedAsynchronously() {
        ProcessInstance erasure = request();
        assertThat(task(erasure)).hasCandidateGroup("managers").hasDueDate(java.util.Date.from(java.time.OffsetDateTime.parse("2027-01-01T12:00:00+01:00").toInstant()));

        decide(erasure, "mona", "APPROVED");

        assertThat(erasure).isWaitingAt("ServiceTask_EraseCase").variables().containsEntry("approvedBy", "mona");
        execute(job(erasure));
        verify(eraseCase).erase(CASE_ID, "mona", erasure.getId());
        assertThat(erasure).hasPassedInOrder("UserTask_ApproveErasure", "Gateway_Approved", "ServiceTask_EraseCase",
                "EndEvent_Erased").isEnded();
    }

    @Test
    void theRequesterCannotApproveHerOwnRequest() {
        ProcessInstance erasure = request();

        decide(erasure, "sofie", "APPROVED");

        assertThat(erasure).hasPassed("Gateway_FourEyes").isWaitingAt("UserTask_ApproveErasure")
                .variables().containsEntry("decidedByRequester", true);
        verifyNoInteractions(eraseCase);
        decide(erasure, "mona", "APPROVED");
        assertThat(erasure).isWaitingAt("ServiceTask_EraseCase").variables().containsEntry("approvedBy", "mona");
    }

    @Test
    void aRejectedRequestErasesNothing() {
        ProcessInstance erasure = request();

        decide(erasure, "mona", "REJECTED");

        assertThat(erasure).hasPassed("EndEvent_Rejected").isEnded();
        verify(eraseCase, org.mockito.Mockito.never()).erase(any(), any(), any());
    }

    private static ProcessInstance request() {
        return runtimeService().startProcessInstanceByKey(ErasureProcess.KEY, CASE_ID, Map.of("caseId", CASE_ID,
                "requestedBy", "sofie", "erasureReason", ErasureReason.NEWCOMER_REQUEST.name(),
                "approvalDueDate", "2027-01-01T12:00:00+01:00"));
    }

    private static void decide(ProcessInstance erasure, String user, String decision) {
        identityService().setAuthenticatedUserId(user);
        try {
            taskService().complete(task(erasure).getId(), Map.of("erasureDecision", decision));
        } finally {
            identityService().clearAuthentication();
        }
    }
}
