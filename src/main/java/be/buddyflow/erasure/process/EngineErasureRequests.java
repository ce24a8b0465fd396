package be.buddyflow.erasure.process;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import be.buddyflow.erasure.ErasureReason;
import be.buddyflow.erasure.ErasureRequests;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;

@Service
class EngineErasureRequests implements ErasureRequests {

    private final RuntimeService runtimeService;

    EngineErasureRequests(RuntimeService runtimeService) {
        this.runtimeService = runtimeService;
    }

    @Override
    public String request(String caseId, ErasureReason reason, String requestedBy) {
        Map<String, Object> variables = new HashMap<>();
        ErasureProcess.CASE_ID.put(variables, caseId);
        ErasureProcess.REQUESTED_BY.put(variables, requestedBy);
        ErasureProcess.ERASURE_REASON.put(variables, reason.name());
        ErasureProcess.APPROVAL_DUE_DATE.put(variables,
                OffsetDateTime.now(ZoneId.of("Europe/Brussels")).plusMonths(1).truncatedTo(ChronoUnit.SECONDS).toString());
        return runtimeService.startProcessInstanceByKey(ErasureProcess.KEY, caseId, variables).getId();
    }

    @Override
    public Optional<String> pending(String caseId) {
        return runtimeService.createProcessInstanceQuery().processDefinitionKey(ErasureProcess.KEY)
                .processInstanceBusinessKey(caseId).list().stream().map(p -> p.getId()).findFirst();
    }
}
