package be.buddyflow.security;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.IdentityServiceImpl;
import org.springframework.stereotype.Component;

/** Idempotent writes to the engine's identity store, for start-up seeding. */
@Component
public class IdentityStore {

    private final IdentityService identityService;

    IdentityStore(IdentityService identityService) {
        this.identityService = identityService;
    }

    public void ensureGroup(String id, String name, String type) {
        if (identityService.createGroupQuery().groupId(id).count() == 0) {
            Group group = identityService.newGroup(id);
            group.setName(name);
            group.setType(type);
            identityService.saveGroup(group);
        }
    }

    public boolean userExists(String id) {
        return identityService.createUserQuery().userId(id).count() > 0;
    }

    /** Creates the user if absent; an existing user's password is never overwritten. */
    public void ensureUser(String id, String firstName, String lastName, String email, String password) {
        if (!userExists(id)) {
            User user = identityService.newUser(id);
            user.setFirstName(firstName);
            user.setLastName(lastName);
            user.setEmail(email);
            user.setPassword(password);
            identityService.saveUser(user);
        }
    }

    /**
     * The same, without Camunda's password policy: for the demo identities only, whose shared demo
     * password is deliberately simple. Everyone else (Admin, engine REST, the first administrator)
     * stays under the policy.
     */
    public void ensureDemoUser(String id, String firstName, String lastName, String email, String password) {
        if (!userExists(id)) {
            User user = identityService.newUser(id);
            user.setFirstName(firstName);
            user.setLastName(lastName);
            user.setEmail(email);
            user.setPassword(password);
            ((IdentityServiceImpl) identityService).saveUser(user, true);
        }
    }

    public void ensureMembership(String userId, String groupId) {
        if (identityService.createUserQuery().userId(userId).memberOfGroup(groupId).count() == 0) {
            identityService.createMembership(userId, groupId);
        }
    }

    public long memberCount(String groupId) {
        return identityService.createUserQuery().memberOfGroup(groupId).count();
    }

    /** Camunda's password policy, when enabled (it is in every profile; docs/security.md). */
    public boolean meetsPasswordPolicy(String userId, String password) {
        if (identityService.getPasswordPolicy() == null) {
            return true;
        }
        return identityService.checkPasswordAgainstPolicy(password, identityService.newUser(userId)).isValid();
    }
}
