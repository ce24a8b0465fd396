package be.buddyflow.intake.process;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import be.buddyflow.intake.NoOrganisationServesPostalCode;
import be.buddyflow.intake.ReceiveReferral;
import be.buddyflow.intake.Referral;
import be.buddyflow.intake.ReferralOutcome;
import be.buddyflow.support.ProcessTestEngine;
import jakarta.validation.Validation;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mockito.ArgumentCaptor;

@Deployment(resources = {"bpmn/intake-entry.bpmn", "forms/enter-intake.form"})
class IntakeEntryProcessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessTestEngine.withCoverage();

    private final ReceiveReferral receiveReferral = mock(ReceiveReferral.class);

    @BeforeEach
    void registerDelegates() {
        Mocks.register("registerEnteredIntakeDelegate", new RegisterEnteredIntakeDelegate(receiveReferral,
                Validation.buildDefaultValidatorFactory().getValidator()));
    }

    @AfterEach
    void reset() {
        Mocks.reset();
    }

    @Test
    void anEnteredIntakeOpensACaseAndKeepsOnlyItsIdInTheProcess() {
        when(receiveReferral.receive(any(), eq("tasklist"))).thenReturn(new ReferralOutcome.Opened("BF-2026-000101"));

        ProcessInstance entry = runtimeService().startProcessInstanceByKey(IntakeEntryProcess.KEY, form());

        assertThat(entry).hasPassedInOrder("StartEvent_IntakeEntered", "ServiceTask_RegisterIntake",
                "EndEvent_IntakeRegistered").isEnded();
        org.assertj.core.api.Assertions.assertThat(historyService().createHistoricProcessInstanceQuery()
                .processInstanceId(entry.getId()).singleResult().getBusinessKey()).isEqualTo("BF-2026-000101");
        ArgumentCaptor<Referral> referral = ArgumentCaptor.forClass(Referral.class);
        verify(receiveReferral).receive(referral.capture(), eq("tasklist"));
        Referral r = referral.getValue();
        org.assertj.core.api.Assertions.assertThat(r.source()).isEqualTo("tasklist");
        org.assertj.core.api.Assertions.assertThat(r.externalReference()).isEqualTo(entry.getId());
        org.assertj.core.api.Assertions.assertThat(r.newcomer().languages()).containsExactly("ar", "nl");
        org.assertj.core.api.Assertions.assertThat(r.newcomer().dateOfBirth()).isEqualTo(LocalDate.of(1990, 5, 17));
        org.assertj.core.api.Assertions.assertThat(r.household().children()).isEqualTo(2);
        org.assertj.core.api.Assertions.assertThat(r.receptionPlace().type()).isEqualTo(Referral.ReceptionType.COLLECTIVE);
        org.assertj.core.api.Assertions.assertThat(r.consent().shareWith()).containsExactly("AgII", "VDAB");
        org.assertj.core.api.Assertions.assertThat(r.consent().legalBasis()).isEqualTo(Referral.LegalBasis.PUBLIC_TASK);
        // The personal fields left the instance once the case file held them.
        org.assertj.core.api.Assertions.assertThat(historyService().createHistoricVariableInstanceQuery()
                        .processInstanceId(entry.getId()).variableName("caseId").singleResult().getValue())
                .isEqualTo("BF-2026-000101");
        org.assertj.core.api.Assertions.assertThat(historyService().createHistoricVariableInstanceQuery()
                .processInstanceId(entry.getId()).variableName("familyName").list())
                .noneMatch(v -> "CREATED".equals(v.getState()));
    }

    @Test
    void anInvalidIntakeIsRefusedWithTheFieldNamedAndNothingStarts() {
        Map<String, Object> form = form();
        form.put("postalCode", "900");
        form.put("consentServices", false);

        assertThatThrownBy(() -> runtimeService().startProcessInstanceByKey(IntakeEntryProcess.KEY, form))
                .isInstanceOf(ProcessEngineException.class)
                .hasMessageContaining("consent.services").hasMessageContaining("newcomer.postalCode");
        verifyNoInteractions(receiveReferral);
        org.assertj.core.api.Assertions.assertThat(runtimeService().createProcessInstanceQuery().count()).isZero();
    }

    @Test
    void aPostalCodeNoOrganisationServesIsRefused() {
        when(receiveReferral.receive(any(), any())).thenThrow(new NoOrganisationServesPostalCode("8400"));

        assertThatThrownBy(() -> runtimeService().startProcessInstanceByKey(IntakeEntryProcess.KEY, form()))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("newcomer.postalCode");
    }

    @Test
    void aWrongDateIsRefusedWithTheFieldNamed() {
        Map<String, Object> form = form();
        form.put("dateOfBirth", "17/05/1990");

        assertThatThrownBy(() -> runtimeService().startProcessInstanceByKey(IntakeEntryProcess.KEY, form))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("dateOfBirth");
    }

    private static Map<String, Object> form() {
        Map<String, Object> form = new HashMap<>();
        form.put("givenName", "Amina");
        form.put("familyName", "Haidari");
        form.put("dateOfBirth", "1990-05-17");
        form.put("languages", "ar, nl, ar");
        form.put("postalCode", "9000");
        form.put("municipality", "Gent");
        form.put("phone", "");
        form.put("residenceStatus", "RECOGNISED_REFUGEE");
        form.put("recognitionDate", "2026-11-02");
        form.put("receptionType", "COLLECTIVE");
        form.put("receptionName", "Opvangcentrum Gent");
        form.put("householdAdults", 1L);
        form.put("householdChildren", 2.0d);
        form.put("consentServices", true);
        form.put("consentBuddyContact", true);
        form.put("consentReporting", false);
        form.put("shareWith", "AgII, VDAB");
        form.put("legalBasis", "PUBLIC_TASK");
        return form;
    }
}
