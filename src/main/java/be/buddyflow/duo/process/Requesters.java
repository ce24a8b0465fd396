package be.buddyflow.duo.process;

import java.util.Set;
import java.util.stream.Collectors;

import be.buddyflow.duo.Requester;
import be.buddyflow.trajectory.CurrentUser;
import be.buddyflow.trajectory.FormRefusal;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.identity.Group;

/** The person who submitted a start form, with their groups from the engine's identity service. */
final class Requesters {

    private Requesters() {
    }

    static Requester of(DelegateExecution execution) {
        String userId = CurrentUser.of(execution).orElseThrow(() -> FormRefusal.of(null,
                "Alleen aangemelde gebruikers · Utilisateurs connectés uniquement · Signed-in users only"));
        Set<String> groups = execution.getProcessEngineServices().getIdentityService().createGroupQuery()
                .groupMember(userId).list().stream().map(Group::getId).collect(Collectors.toSet());
        return new Requester(userId, groups);
    }
}
