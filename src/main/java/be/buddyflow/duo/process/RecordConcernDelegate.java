package be.buddyflow.duo.process;

import be.buddyflow.duo.DuoRefusal;
import be.buddyflow.duo.DuoRequests;
import be.buddyflow.trajectory.FormRefusal;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * A volunteer's concern: stored in duo_request, then passed to the duo's trajectory, where a social
 * worker of the case gets a task. Runs in the submission of the start form, so a refused concern
 * (not the volunteer's duo, no running trajectory) starts nothing and the volunteer sees why.
 */
@Component
public class RecordConcernDelegate implements JavaDelegate {

    private final DuoRequests duoRequests;

    public RecordConcernDelegate(DuoRequests duoRequests) {
        this.duoRequests = duoRequests;
    }

    @Override
    public void execute(DelegateExecution execution) {
        DuoRequests.Raised concern;
        try {
            concern = duoRequests.raiseConcern(Requesters.of(execution), DuoRequestProcess.CASE_ID.get(execution),
                    DuoRequestProcess.CONCERN_TEXT.get(execution));
        } catch (DuoRefusal refused) {
            throw FormRefusal.of(DuoRequestProcess.CASE_ID.name(), refused.getMessage());
        }
        execution.removeVariable(DuoRequestProcess.CONCERN_TEXT.name());
        String caseId = concern.duo().caseId();
        DuoRequestProcess.CASE_ID.set(execution, caseId);
        execution.setProcessBusinessKey(caseId);
        try {
            execution.getProcessEngineServices().getRuntimeService()
                    .createMessageCorrelation(ActiveTrajectoryProcess.MESSAGE_CONCERN_RAISED)
                    .processInstanceBusinessKey(caseId)
                    .setVariable(ActiveTrajectoryProcess.CONCERN_ID.name(), String.valueOf(concern.requestId()))
                    .correlate();
        } catch (MismatchingMessageCorrelationException noTrajectory) {
            throw FormRefusal.of(DuoRequestProcess.CASE_ID.name(), "Dit duo heeft geen lopend traject · Ce duo n'a pas de trajet en cours"
                    + " · This duo has no running trajectory");
        }
    }
}
