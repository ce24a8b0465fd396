package be.buddyflow.housing.process;

import be.buddyflow.housing.HousingOutcome;
import be.buddyflow.housing.HousingTransitionRecords;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** How the transition ended (input parameter {@code housingOutcome}): the OUT variable, and the record for reports. */
@Component
public class RecordHousingOutcomeDelegate implements JavaDelegate {

    private final HousingTransitionRecords records;

    public RecordHousingOutcomeDelegate(HousingTransitionRecords records) {
        this.records = records;
    }

    @Override
    public void execute(DelegateExecution execution) {
        HousingOutcome outcome = HousingOutcome.valueOf(HousingTransitionProcess.HOUSING_OUTCOME.require(execution));
        // The input parameter shadows the variable in this task: the OUT variable lives on the instance.
        HousingTransitionProcess.HOUSING_OUTCOME.set(execution.getProcessInstance(), outcome.name());
        records.recordOutcome(execution.getProcessInstanceId(), outcome, HousingTransitionProcess.STAY_MONTHS.get(execution));
    }
}
