package be.buddyflow.volunteers.process;

import java.util.HashMap;
import java.util.Map;

import be.buddyflow.volunteers.OnboardingProcesses;
import be.buddyflow.volunteers.VolunteerPool.VolunteerSummary;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

@Component
class EngineOnboardingProcesses implements OnboardingProcesses {

    private final RuntimeService runtimeService;
    private final String supervisionInterval;

    EngineOnboardingProcesses(RuntimeService runtimeService,
            @Value("${buddyflow.volunteers.supervision-interval:P3M}") String supervisionInterval) {
        this.runtimeService = runtimeService;
        this.supervisionInterval = java.time.Period.parse(supervisionInterval).toString();
    }

    @Override
    public void start(VolunteerSummary volunteer) {
        Map<String, Object> variables = new HashMap<>();
        VolunteerOnboardingProcess.VOLUNTEER_ID.put(variables, volunteer.volunteerId());
        VolunteerOnboardingProcess.VOLUNTEER_NAME.put(variables, volunteer.givenName());
        VolunteerOnboardingProcess.VOLUNTEER_LANGUAGES.put(variables, volunteer.languages());
        VolunteerOnboardingProcess.VOLUNTEER_AREA.put(variables,
                volunteer.postalCode() + (volunteer.municipality() == null ? "" : " " + volunteer.municipality()));
        VolunteerOnboardingProcess.SUPERVISION_INTERVAL.put(variables, supervisionInterval);
        runtimeService.startProcessInstanceByKey(VolunteerOnboardingProcess.KEY, volunteer.volunteerId(), variables);
    }
}
