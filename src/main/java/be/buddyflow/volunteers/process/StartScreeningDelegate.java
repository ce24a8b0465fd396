package be.buddyflow.volunteers.process;

import static be.buddyflow.volunteers.process.VolunteerOnboardingProcess.CAPACITY;
import static be.buddyflow.volunteers.process.VolunteerOnboardingProcess.CONTACT_WITH_MINORS;
import static be.buddyflow.volunteers.process.VolunteerOnboardingProcess.VOLUNTEER_ID;

import be.buddyflow.volunteers.VolunteerOnboarding;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** After a good intake interview: the applicant is in screening, with the capacity agreed. */
@Component
public class StartScreeningDelegate implements JavaDelegate {

    private final VolunteerOnboarding onboarding;

    public StartScreeningDelegate(VolunteerOnboarding onboarding) {
        this.onboarding = onboarding;
    }

    @Override
    public void execute(DelegateExecution execution) {
        onboarding.startScreening(VOLUNTEER_ID.require(execution), CONTACT_WITH_MINORS.require(execution),
                CAPACITY.require(execution));
    }
}
