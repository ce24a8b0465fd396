package be.buddyflow.duo.process;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.Set;

import be.buddyflow.api.Language;
import be.buddyflow.duo.ActiveTrajectory;
import be.buddyflow.duo.DuoRefusal;
import be.buddyflow.matching.NeedDomain;
import be.buddyflow.trajectory.CurrentUser;
import be.buddyflow.trajectory.FormRefusal;
import be.buddyflow.trajectory.ProcessVariable;
import be.buddyflow.trajectory.TrajectoryProcess;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The volunteer's meeting goes into meeting_log, and every field of the form leaves the instance:
 * the note may say more about the newcomer than a process should keep, and the volunteer (who can
 * read all variables of the instance) has no need to see old entries there. Runs in the task's
 * completion, so a refused entry leaves the task open with the reason shown.
 */
@Component
public class RecordMeetingDelegate implements JavaDelegate {

    private final ActiveTrajectory activeTrajectory;

    public RecordMeetingDelegate(ActiveTrajectory activeTrajectory) {
        this.activeTrajectory = activeTrajectory;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Set<NeedDomain> domains = EnumSet.noneOf(NeedDomain.class);
        add(execution, domains, ActiveTrajectoryProcess.DOMAIN_SOCIAL_NETWORK, NeedDomain.SOCIAL_NETWORK);
        add(execution, domains, ActiveTrajectoryProcess.DOMAIN_HOUSING, NeedDomain.HOUSING);
        add(execution, domains, ActiveTrajectoryProcess.DOMAIN_WORK, NeedDomain.WORK);
        add(execution, domains, ActiveTrajectoryProcess.DOMAIN_LANGUAGE, NeedDomain.LANGUAGE);
        add(execution, domains, ActiveTrajectoryProcess.DOMAIN_ADMINISTRATION, NeedDomain.ADMINISTRATION);
        Number hours = ActiveTrajectoryProcess.MEETING_HOURS.get(execution);
        try {
            LocalDate metOn = LocalDate.parse(ActiveTrajectoryProcess.MET_ON.require(execution).substring(0, 10));
            activeTrajectory.logMeeting(ActiveTrajectoryProcess.caseId(execution),
                    TrajectoryProcess.BUDDY_VOLUNTEER_ID.require(execution), metOn,
                    hours == null ? null : new BigDecimal(hours.toString()), domains,
                    ActiveTrajectoryProcess.MEETING_NOTE.get(execution),
                    CurrentUser.of(execution).orElse(ActiveTrajectoryProcess.BUDDY_VOLUNTEER_USER.get(execution)));
            ActiveTrajectoryProcess.LAST_MEETING_ON.set(execution, metOn.toString());
        } catch (DuoRefusal refused) {
            throw FormRefusal.of(ActiveTrajectoryProcess.MET_ON.name(), refused.getMessage());
        } catch (DateTimeParseException | StringIndexOutOfBoundsException | NumberFormatException malformed) {
            throw FormRefusal.of(ActiveTrajectoryProcess.MET_ON.name(),
                    Language.sentence(DuoRefusal.MEETINGS, "meeting.malformed", Language.current()));
        }
        ActiveTrajectoryProcess.MEETING_FORM_FIELDS.forEach(field -> execution.removeVariable(field.name()));
    }

    private static void add(DelegateExecution execution, Set<NeedDomain> domains, ProcessVariable<Boolean> flag,
            NeedDomain domain) {
        if (Boolean.TRUE.equals(flag.get(execution))) {
            domains.add(domain);
        }
    }
}
