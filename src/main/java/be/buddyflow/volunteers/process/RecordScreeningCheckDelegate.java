package be.buddyflow.volunteers.process;

import static be.buddyflow.volunteers.process.VolunteerOnboardingProcess.SCREENING_CHECKED_ON;
import static be.buddyflow.volunteers.process.VolunteerOnboardingProcess.SCREENING_VALID_UNTIL;
import static be.buddyflow.volunteers.process.VolunteerOnboardingProcess.VOLUNTEER_ID;

import java.time.LocalDate;

import be.buddyflow.trajectory.CurrentUser;
import be.buddyflow.volunteers.VolunteerOnboarding;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Records that the 596.2 extract was checked, by whom and until when: never the extract itself. */
@Component
public class RecordScreeningCheckDelegate implements JavaDelegate {

    private final VolunteerOnboarding onboarding;

    public RecordScreeningCheckDelegate(VolunteerOnboarding onboarding) {
        this.onboarding = onboarding;
    }

    @Override
    public void execute(DelegateExecution execution) {
        onboarding.recordCriminalRecordCheck(VOLUNTEER_ID.require(execution),
                LocalDate.parse(SCREENING_CHECKED_ON.require(execution)),
                CurrentUser.of(execution).orElse("system"),
                LocalDate.parse(SCREENING_VALID_UNTIL.require(execution)));
    }
}
