package be.buddyflow.duo.process;

import be.buddyflow.duo.ActiveTrajectory;
import be.buddyflow.duo.EvaluationRating;
import be.buddyflow.duo.Perspective;
import be.buddyflow.trajectory.CurrentUser;
import be.buddyflow.trajectory.FormRefusal;
import be.buddyflow.trajectory.ProcessVariable;
import be.buddyflow.trajectory.TrajectoryProcess;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * A mid-point rating goes into duo_evaluation and leaves the instance, so that the volunteer does
 * not read how the newcomer rated the duo (and the other way round). One bean for both tasks: it
 * records whichever rating is there.
 */
@Component
public class RecordMidpointEvaluationDelegate implements JavaDelegate {

    private final ActiveTrajectory activeTrajectory;

    public RecordMidpointEvaluationDelegate(ActiveTrajectory activeTrajectory) {
        this.activeTrajectory = activeTrajectory;
    }

    @Override
    public void execute(DelegateExecution execution) {
        record(execution, ActiveTrajectoryProcess.VOLUNTEER_RATING, Perspective.VOLUNTEER);
        record(execution, ActiveTrajectoryProcess.NEWCOMER_RATING, Perspective.NEWCOMER);
    }

    private void record(DelegateExecution execution, ProcessVariable<String> variable, Perspective perspective) {
        String rating = variable.get(execution);
        if (rating == null) {
            return;
        }
        EvaluationRating parsed;
        try {
            parsed = EvaluationRating.valueOf(rating);
        } catch (IllegalArgumentException unknown) {
            throw FormRefusal.of(variable.name(), "Kies een beoordeling · Choisissez une appréciation · Choose a rating");
        }
        activeTrajectory.recordEvaluation(ActiveTrajectoryProcess.caseId(execution),
                TrajectoryProcess.BUDDY_VOLUNTEER_ID.require(execution), perspective, parsed,
                CurrentUser.of(execution).orElse(null));
        execution.removeVariable(variable.name());
    }
}
