package be.buddyflow.erasure.process;

import be.buddyflow.erasure.EraseCase;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Approved: the case file is anonymised and the case's process instances leave the engine. */
@Component
public class EraseCaseDelegate implements JavaDelegate {

    private final EraseCase eraseCase;

    public EraseCaseDelegate(EraseCase eraseCase) {
        this.eraseCase = eraseCase;
    }

    @Override
    public void execute(DelegateExecution execution) {
        eraseCase.erase(ErasureProcess.CASE_ID.require(execution), ErasureProcess.APPROVED_BY.require(execution),
                execution.getProcessInstanceId());
    }
}
