package be.buddyflow.intake.process;

import be.buddyflow.intake.IntakeDecision;
import be.buddyflow.intake.IntakeRejectionReason;
import be.buddyflow.intake.ReviewIntake;
import be.buddyflow.trajectory.CurrentUser;
import be.buddyflow.trajectory.TrajectoryProcess;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Writes the social worker's intake decision into the case file, with who took it. */
@Component
public class RecordIntakeDecisionDelegate implements JavaDelegate {

    private final ReviewIntake reviewIntake;

    public RecordIntakeDecisionDelegate(ReviewIntake reviewIntake) {
        this.reviewIntake = reviewIntake;
    }

    @Override
    public void execute(DelegateExecution execution) {
        IntakeDecision decision = IntakeDecision.valueOf(IntakeProcess.INTAKE_DECISION.require(execution));
        String reason = IntakeProcess.INTAKE_REJECTION_REASON.get(execution);
        reviewIntake.decide(TrajectoryProcess.CASE_ID.require(execution), decision,
                reason == null ? null : IntakeRejectionReason.valueOf(reason),
                CurrentUser.of(execution).orElse(null));
    }
}
