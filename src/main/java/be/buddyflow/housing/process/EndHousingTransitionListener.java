package be.buddyflow.housing.process;

import be.buddyflow.housing.HousingTransitionRecords;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * The instance ended, by an end event or cancelled with its trajectory: the case may begin a new
 * transition later (the record is what stops a second one while this one runs).
 */
@Component
public class EndHousingTransitionListener implements ExecutionListener {

    private final HousingTransitionRecords records;

    public EndHousingTransitionListener(HousingTransitionRecords records) {
        this.records = records;
    }

    @Override
    public void notify(DelegateExecution execution) {
        records.end(execution.getProcessInstanceId());
    }
}
