package be.buddyflow.volunteers.process;

import static be.buddyflow.volunteers.process.VolunteerOnboardingProcess.AGREEMENT_SIGNED_ON;
import static be.buddyflow.volunteers.process.VolunteerOnboardingProcess.TRAINING_COMPLETED_ON;
import static be.buddyflow.volunteers.process.VolunteerOnboardingProcess.VOLUNTEER_ID;

import java.time.LocalDate;

import be.buddyflow.volunteers.VolunteerOnboarding;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Trained and under agreement: the volunteer joins the pool and becomes a matching candidate. */
@Component
public class ActivateVolunteerDelegate implements JavaDelegate {

    private final VolunteerOnboarding onboarding;

    public ActivateVolunteerDelegate(VolunteerOnboarding onboarding) {
        this.onboarding = onboarding;
    }

    @Override
    public void execute(DelegateExecution execution) {
        onboarding.activate(VOLUNTEER_ID.require(execution), LocalDate.parse(TRAINING_COMPLETED_ON.require(execution)),
                LocalDate.parse(AGREEMENT_SIGNED_ON.require(execution)));
    }
}
