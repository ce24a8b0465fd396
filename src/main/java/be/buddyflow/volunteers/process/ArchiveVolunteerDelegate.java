package be.buddyflow.volunteers.process;

import static be.buddyflow.volunteers.process.VolunteerOnboardingProcess.ARCHIVE_REASON;
import static be.buddyflow.volunteers.process.VolunteerOnboardingProcess.VOLUNTEER_ID;

import be.buddyflow.volunteers.ArchiveReason;
import be.buddyflow.volunteers.VolunteerOnboarding;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Ends a volunteer's path with the reason the coordinator chose. */
@Component
public class ArchiveVolunteerDelegate implements JavaDelegate {

    private final VolunteerOnboarding onboarding;

    public ArchiveVolunteerDelegate(VolunteerOnboarding onboarding) {
        this.onboarding = onboarding;
    }

    @Override
    public void execute(DelegateExecution execution) {
        onboarding.archive(VOLUNTEER_ID.require(execution), ArchiveReason.valueOf(ARCHIVE_REASON.require(execution)));
    }
}
