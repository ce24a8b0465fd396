package be.buddyflow.housing.process;

import java.util.LinkedHashSet;
import java.util.Set;

import be.buddyflow.notification.Notifications;
import be.buddyflow.security.Role;
import be.buddyflow.trajectory.TrajectoryProcess;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * A housing deadline is near: every social worker of the case team and every manager gets a
 * message in the outbox (once each, in the timer's transaction). The task itself, with its due
 * date, tells them which deadline.
 */
@Component
public class NotifyHousingDeadlineDelegate implements JavaDelegate {

    private static final Logger LOG = LoggerFactory.getLogger(NotifyHousingDeadlineDelegate.class);

    private final Notifications notifications;

    public NotifyHousingDeadlineDelegate(Notifications notifications) {
        this.notifications = notifications;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String caseId = HousingInput.caseId(execution);
        IdentityService identity = execution.getProcessEngineServices().getIdentityService();
        Set<String> recipients = new LinkedHashSet<>();
        for (String group : new String[] {TrajectoryProcess.CASE_TEAM.require(execution), Role.MANAGER.groupId()}) {
            identity.createUserQuery().memberOfGroup(group).list().stream().map(User::getId).forEach(recipients::add);
        }
        recipients.forEach(user -> notifications.send(user, Notifications.Template.HOUSING_DEADLINE_APPROACHING, caseId));
        LOG.info("Case {}: housing deadline {} approaching, {} people notified", caseId,
                HousingTransitionProcess.HOUSING_DEADLINE.get(execution), recipients.size());
    }
}
