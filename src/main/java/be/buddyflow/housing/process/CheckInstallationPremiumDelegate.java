package be.buddyflow.housing.process;

import java.time.LocalDate;
import java.util.Optional;

import be.buddyflow.housing.InstallationPremiums;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Was this person ever granted the installation premium? Then a new request goes to review, not to the OCMW. */
@Component
public class CheckInstallationPremiumDelegate implements JavaDelegate {

    private final InstallationPremiums premiums;

    public CheckInstallationPremiumDelegate(InstallationPremiums premiums) {
        this.premiums = premiums;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Optional<LocalDate> grantedOn = premiums.grantedBefore(HousingInput.caseId(execution));
        HousingTransitionProcess.INSTALLATION_PREMIUM_GRANTED_BEFORE.set(execution, grantedOn.isPresent());
        // Only the date: the other case may belong to another organisation.
        HousingTransitionProcess.INSTALLATION_PREMIUM_GRANTED_BEFORE_ON.set(execution,
                grantedOn.map(LocalDate::toString).orElse(null));
    }
}
