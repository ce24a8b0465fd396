package be.buddyflow.volunteers.process;

import java.time.LocalDate;

import be.buddyflow.trajectory.TrajectoryProcess;
import be.buddyflow.volunteers.ProposeMatch;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The duo met: the date goes into the duo's record, and the matching phase is over. */
@Component
public class RecordFirstMeetingDelegate implements JavaDelegate {

    private final ProposeMatch proposeMatch;

    public RecordFirstMeetingDelegate(ProposeMatch proposeMatch) {
        this.proposeMatch = proposeMatch;
    }

    @Override
    public void execute(DelegateExecution execution) {
        proposeMatch.recordFirstMeeting(TrajectoryProcess.CASE_ID.require(execution),
                MatchingProcess.PROPOSED_VOLUNTEER_ID.require(execution),
                LocalDate.parse(MatchingProcess.FIRST_MEETING_ON.require(execution)));
    }
}
