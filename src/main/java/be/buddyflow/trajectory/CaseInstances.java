package be.buddyflow.trajectory;

import java.util.List;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;

/**
 * Every process instance of a case (they all carry the case id as business key): erasing them from
 * the engine, runtime and history, with their variables, details, comments, attachments, decisions,
 * job logs and user operation log entries.
 */
@Service
public class CaseInstances {

    private final RuntimeService runtimeService;
    private final HistoryService historyService;

    CaseInstances(RuntimeService runtimeService, HistoryService historyService) {
        this.runtimeService = runtimeService;
        this.historyService = historyService;
    }

    /**
     * @param keep the instance doing the erasure: it holds only ids and closed-list codes
     * @return how many historic process instances were deleted
     */
    public int erase(String caseId, String keep) {
        List<String> running = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseId).list()
                .stream().filter(instance -> !instance.getId().equals(keep))
                .filter(instance -> runtimeService.createProcessInstanceQuery().subProcessInstanceId(instance.getId())
                        .count() == 0)
                .map(ProcessInstance::getId).toList();
        if (!running.isEmpty()) {
            // Roots only: their called phases go with them.
            runtimeService.deleteProcessInstances(running, "erasure of case " + caseId, true, true, false);
        }
        List<String> history = historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(caseId)
                .list().stream().map(HistoricProcessInstance::getId).filter(id -> !id.equals(keep)).toList();
        for (String instance : history) {
            historyService.createUserOperationLogQuery().processInstanceId(instance).list()
                    .forEach(entry -> historyService.deleteUserOperationLogEntry(entry.getId()));
        }
        if (!history.isEmpty()) {
            historyService.deleteHistoricProcessInstances(history);
        }
        return history.size();
    }
}
