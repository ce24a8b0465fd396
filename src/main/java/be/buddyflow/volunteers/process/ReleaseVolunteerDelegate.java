package be.buddyflow.volunteers.process;

import java.time.LocalDate;
import java.time.ZoneId;

import be.buddyflow.trajectory.TrajectoryProcess;
import be.buddyflow.volunteers.ReleaseVolunteer;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The trajectory closed: the duo ends with the closure reason and the volunteer is free again. */
@Component
public class ReleaseVolunteerDelegate implements JavaDelegate {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    private final ReleaseVolunteer releaseVolunteer;

    public ReleaseVolunteerDelegate(ReleaseVolunteer releaseVolunteer) {
        this.releaseVolunteer = releaseVolunteer;
    }

    @Override
    public void execute(DelegateExecution execution) {
        releaseVolunteer.release(TrajectoryProcess.CASE_ID.require(execution),
                TrajectoryProcess.BUDDY_VOLUNTEER_ID.require(execution),
                TrajectoryProcess.CLOSURE_REASON.require(execution), LocalDate.now(BRUSSELS));
    }
}
