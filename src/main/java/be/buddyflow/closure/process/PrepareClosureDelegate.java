package be.buddyflow.closure.process;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;

import be.buddyflow.closure.ClosureSettings;
import be.buddyflow.closure.FourthPillar;
import be.buddyflow.closure.Participation;
import be.buddyflow.trajectory.TrajectoryProcess;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * What the closure's gateway and evaluation forms need: whether there was a duo, the hours in the
 * meeting log against the 40 hours of the 4th pillar, and the evaluations' due date. Only a count
 * and a flag enter the process: the log itself stays in our tables.
 */
@Component
public class PrepareClosureDelegate implements JavaDelegate {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    private final Participation participation;
    private final ClosureSettings settings;

    public PrepareClosureDelegate(Participation participation, ClosureSettings settings) {
        this.participation = participation;
        this.settings = settings;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String volunteerId = TrajectoryProcess.BUDDY_VOLUNTEER_ID.get(execution);
        boolean duoFormed = volunteerId != null && !volunteerId.isBlank();
        ClosureProcess.DUO_FORMED.set(execution, duoFormed);
        if (!duoFormed) {
            return;
        }
        if (ClosureProcess.BUDDY_VOLUNTEER_USER.get(execution) == null) {
            // The volunteer's task names ${buddyVolunteerUser}: it must exist, null when they have no account.
            ClosureProcess.BUDDY_VOLUNTEER_USER.set(execution, null);
        }
        BigDecimal hours = participation.hoursLogged(TrajectoryProcess.CASE_ID.require(execution));
        ClosureProcess.HOURS_LOGGED.set(execution, hours.stripTrailingZeros().toPlainString());
        ClosureProcess.FOURTH_PILLAR_REACHED.set(execution, FourthPillar.reached(hours));
        execution.setVariable(ClosureProcess.EVALUATION_DUE_DATE,
                Date.from(ZonedDateTime.now(BRUSSELS).plus(settings.evaluationDeadline()).toInstant()));
    }
}
