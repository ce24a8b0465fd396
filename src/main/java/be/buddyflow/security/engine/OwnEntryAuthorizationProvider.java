package be.buddyflow.security.engine;

import be.buddyflow.security.AccessPolicy;

import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;

/**
 * Camunda gives every new user ALL on her own user entry ({@code DefaultAuthorizationProvider.newUser}):
 * she could delete her own account. Buddyflow gives {@link AccessPolicy#OWN_ENTRY}: read it and update it, which
 * the engine needs to change her own password; {@link ThrottledIdentityProvider} refuses changes to
 * her names and e-mail, and group memberships are another resource she holds nothing on.
 * {@link AccessSeeder} narrows the entries of users created before.
 */
class OwnEntryAuthorizationProvider extends DefaultAuthorizationProvider {


    @Override
    public AuthorizationEntity[] newUser(User user) {
        AuthorizationEntity[] authorizations = super.newUser(user);
        if (authorizations != null) {
            for (AuthorizationEntity authorization : authorizations) {
                if (authorization.getResourceType() == Resources.USER.resourceType()
                        && user.getId().equals(authorization.getResourceId())) {
                    authorization.setPermissions(AccessPolicy.OWN_ENTRY);
                }
            }
        }
        return authorizations;
    }
}
