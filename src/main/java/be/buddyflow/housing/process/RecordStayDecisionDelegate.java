package be.buddyflow.housing.process;

import static be.buddyflow.housing.process.HousingTransitionProcess.EXCEPTIONAL_REASON;
import static be.buddyflow.housing.process.HousingTransitionProcess.STAY_DECISION;
import static be.buddyflow.housing.process.HousingTransitionProcess.STAY_MONTHS;

import be.buddyflow.housing.HousingTimeline;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The social worker extends the stay by a month or lets it end. Synchronous after the task: an
 * extension beyond 4 months, or a 4th month without its exceptional reason, refuses the form.
 */
@Component
public class RecordStayDecisionDelegate implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        String decision = STAY_DECISION.require(execution);
        if (HousingTransitionProcess.END.equals(decision)) {
            return;
        }
        int months = STAY_MONTHS.require(execution);
        if (!HousingTimeline.canExtend(months)) {
            throw HousingInput.refusal(STAY_DECISION, "het verblijf duurt al " + months
                    + " maanden, het maximum · durée maximale atteinte · the stay already lasts the maximum of "
                    + HousingTimeline.MAXIMUM_STAY_MONTHS + " months");
        }
        String reason = EXCEPTIONAL_REASON.get(execution);
        if (HousingTimeline.isExceptional(months + 1) && (reason == null || reason.isBlank())) {
            throw HousingInput.refusal(EXCEPTIONAL_REASON, "een " + (months + 1)
                    + "e maand is uitzonderlijk: geef de reden · mois exceptionnel : motif requis · an exceptional month needs its reason");
        }
        STAY_MONTHS.set(execution, months + 1);
    }
}
