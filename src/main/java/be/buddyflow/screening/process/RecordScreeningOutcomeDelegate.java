package be.buddyflow.screening.process;

import be.buddyflow.screening.ScreenNewcomer;
import be.buddyflow.screening.ScreeningOutcome;
import be.buddyflow.trajectory.TrajectoryProcess;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Writes the eligibility decision into the case file; a buddy trajectory moves the case to matching. */
@Component
public class RecordScreeningOutcomeDelegate implements JavaDelegate {

    private final ScreenNewcomer screenNewcomer;

    public RecordScreeningOutcomeDelegate(ScreenNewcomer screenNewcomer) {
        this.screenNewcomer = screenNewcomer;
    }

    @Override
    public void execute(DelegateExecution execution) {
        screenNewcomer.decide(TrajectoryProcess.CASE_ID.require(execution),
                ScreeningOutcome.valueOf(ScreeningProcess.SCREENING_OUTCOME.require(execution)),
                ScreeningProcess.PRIORITY.require(execution));
    }
}
