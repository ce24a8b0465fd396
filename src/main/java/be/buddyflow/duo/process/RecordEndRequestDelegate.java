package be.buddyflow.duo.process;

import be.buddyflow.duo.DuoRefusal;
import be.buddyflow.duo.DuoRequests;
import be.buddyflow.duo.EndRequestReason;
import be.buddyflow.trajectory.FormRefusal;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * A request to end a duo early, by its volunteer or by a social worker of the case for the
 * newcomer: stored in duo_request (the note stays there), then passed to the trajectory, which
 * stops the duo's activities and asks a coordinator to decide. Refused in the submission when the
 * requester may not, or when an earlier request already waits for the coordinator.
 */
@Component
public class RecordEndRequestDelegate implements JavaDelegate {

    private final DuoRequests duoRequests;

    public RecordEndRequestDelegate(DuoRequests duoRequests) {
        this.duoRequests = duoRequests;
    }

    @Override
    public void execute(DelegateExecution execution) {
        DuoRequests.Raised request;
        try {
            request = duoRequests.requestEnd(Requesters.of(execution), DuoRequestProcess.CASE_ID.get(execution),
                    reason(DuoRequestProcess.END_REQUEST_REASON.get(execution)),
                    DuoRequestProcess.END_REQUEST_NOTE.get(execution));
        } catch (DuoRefusal refused) {
            throw FormRefusal.of(DuoRequestProcess.CASE_ID.name(), refused.getMessage());
        }
        execution.removeVariable(DuoRequestProcess.END_REQUEST_NOTE.name());
        String caseId = request.duo().caseId();
        DuoRequestProcess.CASE_ID.set(execution, caseId);
        execution.setProcessBusinessKey(caseId);
        try {
            execution.getProcessEngineServices().getRuntimeService()
                    .createMessageCorrelation(ActiveTrajectoryProcess.MESSAGE_END_REQUESTED)
                    .processInstanceBusinessKey(caseId)
                    .setVariable(ActiveTrajectoryProcess.END_REQUESTED_FOR.name(), request.raisedFor().name())
                    .setVariable(ActiveTrajectoryProcess.END_REQUEST_REASON.name(),
                            DuoRequestProcess.END_REQUEST_REASON.require(execution))
                    .correlate();
        } catch (MismatchingMessageCorrelationException notWaiting) {
            throw FormRefusal.of(DuoRequestProcess.CASE_ID.name(), "Dit duo loopt niet of een stopzetting wacht al op de coördinator"
                    + " · Ce duo n'est pas en cours ou un arrêt attend déjà le coordinateur"
                    + " · This duo is not running or an end request already awaits the coordinator");
        }
    }

    private static EndRequestReason reason(String value) {
        if (value == null) {
            return null;
        }
        try {
            return EndRequestReason.valueOf(value);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }
}
