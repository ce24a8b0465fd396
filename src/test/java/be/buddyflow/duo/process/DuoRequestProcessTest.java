package be.buddyflow.duo.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.formService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.identityService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.repositoryService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.lang.reflect.Constructor;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import be.buddyflow.audit.AuditLog;
import be.buddyflow.duo.ActiveDuo;
import be.buddyflow.duo.DuoRecords;
import be.buddyflow.duo.DuoRequests;
import be.buddyflow.duo.Duos;
import be.buddyflow.duo.EndRequestReason;
import be.buddyflow.duo.Perspective;
import be.buddyflow.security.AccessPolicy;
import be.buddyflow.security.Grant;
import be.buddyflow.support.ProcessTestEngine;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@Deployment(resources = {"bpmn/duo-concern.bpmn", "bpmn/duo-end-request.bpmn", "forms/raise-concern.form",
        "forms/request-duo-end.form", "bpmn-test/duo-request-receiver.bpmn"})
class DuoRequestProcessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessTestEngine.withCoverage();

    private static final String CASE_ID = "BF-2027-000042";
    private static final String OTHER_CASE = "BF-2027-000043";
    private static final ActiveDuo VICTORS_DUO = new ActiveDuo(CASE_ID, "VOL-000001", "victor", "ocmw-gent");
    private static final ActiveDuo VERAS_DUO = new ActiveDuo(OTHER_CASE, "VOL-000002", "vera", "ocmw-leuven");

    private final Duos duos = mock(Duos.class);
    private final DuoRecords records = mock(DuoRecords.class);

    @BeforeEach
    void setUp() throws ReflectiveOperationException {
        Constructor<DuoRequests> constructor = DuoRequests.class.getDeclaredConstructor(Duos.class, DuoRecords.class,
                AuditLog.class);
        constructor.setAccessible(true);
        DuoRequests duoRequests = constructor.newInstance(duos, records, mock(AuditLog.class));
        Mocks.register("recordConcernDelegate", new RecordConcernDelegate(duoRequests));
        Mocks.register("recordEndRequestDelegate", new RecordEndRequestDelegate(duoRequests));
        when(duos.activeForCase(CASE_ID)).thenReturn(Optional.of(VICTORS_DUO));
        when(duos.activeForCase(OTHER_CASE)).thenReturn(Optional.of(VERAS_DUO));
        when(duos.activeForVolunteerUser("victor")).thenReturn(List.of(VICTORS_DUO));
        when(records.recordRequest(any(), any(), any(), anyString(), any(), any())).thenReturn(7L);
        user("victor", "volunteers");
        user("sofie", "social-workers", "ocmw-gent");
        user("samir", "social-workers", "ocmw-leuven");
    }

    @AfterEach
    void tearDown() {
        identityService().clearAuthentication();
        identityService().createUserQuery().list().forEach(u -> identityService().deleteUser(u.getId()));
        identityService().createGroupQuery().list().forEach(g -> identityService().deleteGroup(g.getId()));
        Mocks.reset();
    }

    @Test
    void aVolunteerWithOneBuddyRaisesAConcernWithoutTheCaseNumber() {
        ProcessInstance trajectory = runningTrajectory();

        ProcessInstance concern = submit("victor", DuoRequestProcess.CONCERN_KEY,
                Map.of("concernText", "Ze lijkt erg gestrest over haar verblijf"));

        verify(records).recordRequest(VICTORS_DUO, DuoRecords.RequestKind.CONCERN, Perspective.VOLUNTEER, "victor",
                null, "Ze lijkt erg gestrest over haar verblijf");
        BpmnAwareTests.assertThat(concern).hasPassed("ServiceTask_RecordConcern", "EndEvent_ConcernPassedOn").isEnded();
        BpmnAwareTests.assertThat(trajectory).hasPassed("EndEvent_Concern").isEnded();
        assertThat(runtimeService().createVariableInstanceQuery().count()).isZero();
        assertThat(historyService().createHistoricProcessInstanceQuery().processInstanceId(concern.getId())
                .singleResult().getBusinessKey()).isEqualTo(CASE_ID);
        assertThat(historyService().createHistoricVariableInstanceQuery().processInstanceId(concern.getId())
                .variableName("concernText").count()).as("the text left the instance").isZero();
        assertThat(historyService().createHistoricVariableInstanceQuery().processInstanceId(trajectory.getId())
                .variableName("concernId").singleResult().getValue()).isEqualTo("7");
    }

    @Test
    void aConcernAboutAnotherVolunteersDuoIsRefusedAndStartsNothing() {
        ProcessInstance trajectory = runningTrajectory();

        assertThatThrownBy(() -> submit("victor", DuoRequestProcess.CONCERN_KEY,
                Map.of("caseId", OTHER_CASE, "concernText", "Iets")))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("Geen lopend duo");
        assertThatThrownBy(() -> submit("sofie", DuoRequestProcess.CONCERN_KEY,
                Map.of("caseId", CASE_ID, "concernText", "Iets")))
                .as("a social worker picks concerns up, she does not raise them")
                .isInstanceOf(FormFieldValidationException.class);

        assertThat(historyService().createHistoricProcessInstanceQuery()
                .processDefinitionKey(DuoRequestProcess.CONCERN_KEY).count()).isZero();
        BpmnAwareTests.assertThat(trajectory).isWaitingAt("Gateway_Wait");
    }

    @Test
    void aConcernWithoutARunningTrajectoryIsRefused() {
        assertThatThrownBy(() -> submit("victor", DuoRequestProcess.CONCERN_KEY, Map.of("concernText", "Iets")))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("geen lopend traject");
    }

    @Test
    void aVolunteerWithoutADuoOrWithSeveralIsAskedForTheCase() {
        when(duos.activeForVolunteerUser("victor")).thenReturn(List.of());
        assertThatThrownBy(() -> submit("victor", DuoRequestProcess.CONCERN_KEY, Map.of("concernText", "Iets")))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("Geen lopend duo");

        when(duos.activeForVolunteerUser("victor")).thenReturn(List.of(VICTORS_DUO, VICTORS_DUO));
        assertThatThrownBy(() -> submit("victor", DuoRequestProcess.CONCERN_KEY, Map.of("concernText", "Iets")))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("vul het dossiernummer in");

        assertThatThrownBy(() -> submit("victor", DuoRequestProcess.CONCERN_KEY,
                Map.of("caseId", CASE_ID, "concernText", " ")))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("1000 tekens");
    }

    @Test
    void aSocialWorkerOfTheCaseAsksToEndTheDuoForTheNewcomer() {
        ProcessInstance trajectory = runningTrajectory();

        ProcessInstance request = submit("sofie", DuoRequestProcess.END_REQUEST_KEY, Map.of("caseId", CASE_ID,
                "endRequestReason", "NO_CONNECTION", "endRequestNote", "Nieuwkomer voelt zich niet op haar gemak"));

        verify(records).recordRequest(VICTORS_DUO, DuoRecords.RequestKind.END, Perspective.NEWCOMER, "sofie",
                EndRequestReason.NO_CONNECTION, "Nieuwkomer voelt zich niet op haar gemak");
        BpmnAwareTests.assertThat(request).hasPassed("ServiceTask_RecordEndRequest", "EndEvent_EndRequestPassedOn")
                .isEnded();
        BpmnAwareTests.assertThat(trajectory).hasPassed("EndEvent_EndRequest").isEnded();
        assertThat(historyService().createHistoricVariableInstanceQuery().processInstanceId(trajectory.getId())
                .variableName("endRequestedFor").singleResult().getValue()).isEqualTo("NEWCOMER");
        assertThat(historyService().createHistoricVariableInstanceQuery().processInstanceId(request.getId())
                .variableName("endRequestNote").count()).isZero();
    }

    @Test
    void theVolunteerMayAskToEndHisOwnDuo() {
        ProcessInstance trajectory = runningTrajectory();

        submit("victor", DuoRequestProcess.END_REQUEST_KEY, Map.of("endRequestReason", "NO_TIME"));

        verify(records).recordRequest(eq(VICTORS_DUO), eq(DuoRecords.RequestKind.END), eq(Perspective.VOLUNTEER),
                eq("victor"), eq(EndRequestReason.NO_TIME), isNull());
        assertThat(historyService().createHistoricVariableInstanceQuery().processInstanceId(trajectory.getId())
                .variableName("endRequestReason").singleResult().getValue()).isEqualTo("NO_TIME");
    }

    @Test
    void anEndRequestIsRefusedForOtherOrganisationsWithoutReasonOrWhenNothingWaits() {
        assertThatThrownBy(() -> submit("samir", DuoRequestProcess.END_REQUEST_KEY,
                Map.of("caseId", CASE_ID, "endRequestReason", "NO_TIME")))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("Geen lopend duo");
        assertThatThrownBy(() -> submit("sofie", DuoRequestProcess.END_REQUEST_KEY,
                Map.of("caseId", CASE_ID, "endRequestReason", "BORED")))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("Kies een reden");
        assertThatThrownBy(() -> submit("sofie", DuoRequestProcess.END_REQUEST_KEY,
                Map.of("caseId", CASE_ID, "endRequestReason", "NO_TIME")))
                .as("no trajectory waits for an end request")
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("stopzetting wacht al");
        // The row written before the last refusal is rolled back with the start (see DuoRequestIT).
    }

    @Test
    void volunteersMayStartBothRequestsAndSocialWorkersTheEndRequest() {
        assertThat(AccessPolicy.grants()).extracting(Grant::resourceId)
                .contains(DuoRequestProcess.CONCERN_KEY, DuoRequestProcess.END_REQUEST_KEY);
        assertThat(AccessPolicy.DUO_CONCERN).isEqualTo(DuoRequestProcess.CONCERN_KEY);
        assertThat(AccessPolicy.DUO_END_REQUEST).isEqualTo(DuoRequestProcess.END_REQUEST_KEY);
        verifyNoInteractions(records);
    }

    private static ProcessInstance runningTrajectory() {
        return runtimeService().startProcessInstanceByKey("duo-request-receiver", CASE_ID);
    }

    private static ProcessInstance submit(String user, String key, Map<String, Object> variables) {
        String definitionId = repositoryService().createProcessDefinitionQuery().processDefinitionKey(key)
                .singleResult().getId();
        identityService().setAuthenticatedUserId(user);
        try {
            return formService().submitStartForm(definitionId, variables);
        } finally {
            identityService().clearAuthentication();
        }
    }

    private static void user(String id, String... groups) {
        identityService().saveUser(identityService().newUser(id));
        for (String group : groups) {
            if (identityService().createGroupQuery().groupId(group).count() == 0) {
                identityService().saveGroup(identityService().newGroup(group));
            }
            identityService().createMembership(id, group);
        }
    }
}
