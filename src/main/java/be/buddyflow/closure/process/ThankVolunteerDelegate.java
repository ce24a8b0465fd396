package be.buddyflow.closure.process;

import be.buddyflow.notification.Notifications;
import be.buddyflow.trajectory.TrajectoryProcess;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Thanks the volunteer through the outbox; the message is rendered at delivery with the hours given.
 * A volunteer without a Tasklist account has no address here: their coordinator thanks them.
 */
@Component
public class ThankVolunteerDelegate implements JavaDelegate {

    private final Notifications notifications;

    public ThankVolunteerDelegate(Notifications notifications) {
        this.notifications = notifications;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String volunteerUser = ClosureProcess.BUDDY_VOLUNTEER_USER.get(execution);
        if (volunteerUser != null && !volunteerUser.isBlank()) {
            notifications.send(volunteerUser, Notifications.Template.VOLUNTEER_THANKS,
                    TrajectoryProcess.CASE_ID.require(execution));
        }
    }
}
