package be.buddyflow.volunteers.process;

import static be.buddyflow.volunteers.process.VolunteerOnboardingProcess.SUPERVISION_HELD_ON;
import static be.buddyflow.volunteers.process.VolunteerOnboardingProcess.SUPERVISION_OUTCOME;
import static be.buddyflow.volunteers.process.VolunteerOnboardingProcess.VOLUNTEER_ID;

import java.time.LocalDate;

import be.buddyflow.volunteers.VolunteerOnboarding;
import be.buddyflow.volunteers.VolunteerStatus;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** After an intervision the volunteer stays active or takes a pause (paused volunteers get no match). */
@Component
public class RecordSupervisionDelegate implements JavaDelegate {

    private final VolunteerOnboarding onboarding;

    public RecordSupervisionDelegate(VolunteerOnboarding onboarding) {
        this.onboarding = onboarding;
    }

    @Override
    public void execute(DelegateExecution execution) {
        onboarding.recordSupervision(VOLUNTEER_ID.require(execution),
                LocalDate.parse(SUPERVISION_HELD_ON.require(execution)),
                VolunteerStatus.valueOf(SUPERVISION_OUTCOME.require(execution)));
    }
}
