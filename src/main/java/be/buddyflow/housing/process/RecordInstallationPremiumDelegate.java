package be.buddyflow.housing.process;

import static be.buddyflow.housing.process.HousingTransitionProcess.INSTALLATION_PREMIUM_DECISION;
import static be.buddyflow.housing.process.HousingTransitionProcess.INSTALLATION_PREMIUM_GRANTED_ON;

import be.buddyflow.housing.InstallationPremiums;
import be.buddyflow.trajectory.CurrentUser;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Keeps a granted installation premium against the person, once in a lifetime. Synchronous after
 * the task: a grant the table already holds (another case of the same person, recorded meanwhile)
 * refuses the form instead of counting twice.
 */
@Component
public class RecordInstallationPremiumDelegate implements JavaDelegate {

    private final InstallationPremiums premiums;

    public RecordInstallationPremiumDelegate(InstallationPremiums premiums) {
        this.premiums = premiums;
    }

    @Override
    public void execute(DelegateExecution execution) {
        if (!HousingTransitionProcess.GRANTED.equals(INSTALLATION_PREMIUM_DECISION.require(execution))) {
            return;
        }
        if (!premiums.recordGrant(HousingInput.caseId(execution),
                HousingInput.date(execution, INSTALLATION_PREMIUM_GRANTED_ON), CurrentUser.of(execution).orElse(null))) {
            throw HousingInput.refusal(INSTALLATION_PREMIUM_DECISION,
                    "de installatiepremie werd al eens toegekend (eenmalig) · prime déjà octroyée · premium granted before (once in a lifetime)");
        }
    }
}
