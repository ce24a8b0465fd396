package be.buddyflow.housing.process;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import be.buddyflow.casefile.CaseFileRepository;
import be.buddyflow.casefile.ReceptionFacts;
import be.buddyflow.housing.HousingTransitionRecords;
import be.buddyflow.housing.HousingTransitions;
import be.buddyflow.trajectory.TrajectoryProcess;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Execution;
import org.springframework.stereotype.Component;

/**
 * Partner events as BPMN messages. Every correlation is preceded by a query for a waiting
 * subscription: a failed correlation inside the caller's transaction would mark it rollback-only,
 * and the caller must be able to answer "nobody waits" (409) or start the process instead.
 */
@Component
class EngineHousingTransitions implements HousingTransitions {

    private final RuntimeService runtimeService;
    private final CaseFileRepository caseFiles;
    private final HousingTransitionRecords records;

    EngineHousingTransitions(RuntimeService runtimeService, CaseFileRepository caseFiles, HousingTransitionRecords records) {
        this.runtimeService = runtimeService;
        this.caseFiles = caseFiles;
        this.records = records;
    }

    @Override
    public Begun begin(String caseId, LocalDate recognitionDate) {
        if (records.isRunning(caseId)) {
            return Begun.ALREADY_RUNNING;
        }
        boolean trajectoryListens = runtimeService.createExecutionQuery()
                .processDefinitionKey(TrajectoryProcess.KEY).processInstanceBusinessKey(caseId)
                .messageEventSubscriptionName(HousingTransitionProcess.MESSAGE_RECOGNITION_GRANTED)
                .count() > 0;
        if (trajectoryListens) {
            runtimeService.createMessageCorrelation(HousingTransitionProcess.MESSAGE_RECOGNITION_GRANTED)
                    .processInstanceBusinessKey(caseId)
                    .setVariable(HousingTransitionProcess.RECOGNITION_DATE.name(), recognitionDate.toString())
                    .correlate();
            return Begun.IN_TRAJECTORY;
        }
        ReceptionFacts facts = caseFiles.findReceptionFacts(caseId)
                .orElseThrow(() -> new IllegalArgumentException("No case " + caseId));
        Map<String, Object> variables = new HashMap<>();
        TrajectoryProcess.CASE_ID.put(variables, caseId);
        TrajectoryProcess.CASE_TEAM.put(variables, facts.organisationId());
        HousingTransitionProcess.RECOGNITION_DATE.put(variables, recognitionDate.toString());
        runtimeService.startProcessInstanceByKey(HousingTransitionProcess.KEY, caseId, variables);
        return Begun.STANDALONE;
    }

    @Override
    public boolean housingFound(String caseId, LocalDate leaseSignedOn, LocalDate moveDate) {
        Map<String, Object> variables = new HashMap<>();
        HousingTransitionProcess.LEASE_SIGNED_ON.put(variables, leaseSignedOn.toString());
        if (moveDate != null) {
            HousingTransitionProcess.MOVE_DATE.put(variables, moveDate.toString());
        }
        return deliver(caseId, HousingTransitionProcess.MESSAGE_HOUSING_FOUND, variables);
    }

    @Override
    public boolean moveDateSet(String caseId, LocalDate moveDate) {
        Map<String, Object> variables = new HashMap<>();
        HousingTransitionProcess.MOVE_DATE.put(variables, moveDate.toString());
        return deliver(caseId, HousingTransitionProcess.MESSAGE_MOVE_DATE_SET, variables);
    }

    @Override
    public boolean moved(String caseId) {
        return deliver(caseId, HousingTransitionProcess.MESSAGE_MOVED, Map.of());
    }

    private boolean deliver(String caseId, String message, Map<String, Object> variables) {
        List<Execution> waiting = runtimeService.createExecutionQuery()
                .processDefinitionKey(HousingTransitionProcess.KEY).processInstanceBusinessKey(caseId)
                .messageEventSubscriptionName(message)
                .list();
        if (waiting.isEmpty()) {
            return false;
        }
        runtimeService.createMessageCorrelation(message)
                .processInstanceId(waiting.get(0).getProcessInstanceId())
                .setVariables(variables)
                .correlate();
        return true;
    }
}
