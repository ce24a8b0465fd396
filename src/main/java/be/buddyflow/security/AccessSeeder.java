package be.buddyflow.security;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import be.buddyflow.organisation.Organisation;
import be.buddyflow.organisation.OrganisationDirectory;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.springframework.stereotype.Component;

/**
 * Brings the identity store and the authorizations in line with {@link AccessPolicy} at every
 * start: adds what is missing, never removes what an administrator added in Camunda Admin.
 */
@Component
class AccessSeeder {

    /** Group type of organisation groups (an OCMW/CPAS or NGO), apart from role groups. */
    static final String ORGANISATION_GROUP_TYPE = "ORGANISATION";

    static final String TASK_FILTER_NAME = "Mijn taken · Mes tâches · My tasks";

    private final IdentityStore identities;
    private final AuthorizationService authorizationService;
    private final FilterService filterService;
    private final TaskService taskService;
    private final OrganisationDirectory organisations;

    AccessSeeder(IdentityStore identities, AuthorizationService authorizationService, FilterService filterService,
            TaskService taskService, OrganisationDirectory organisations) {
        this.taskService = taskService;
        this.identities = identities;
        this.authorizationService = authorizationService;
        this.filterService = filterService;
        this.organisations = organisations;
    }

    void seed() {
        for (Role role : Role.values()) {
            identities.ensureGroup(role.groupId(), role.displayName(), Role.GROUP_TYPE);
        }
        for (Organisation organisation : organisations.organisations()) {
            identities.ensureGroup(organisation.id(), organisation.name(), ORGANISATION_GROUP_TYPE);
        }
        AccessPolicy.grants().forEach(this::ensure);
        narrowOwnUserEntries();
        ensureTaskFilter();
    }

    /**
     * Users created before security.engine.OwnEntryAuthorizationProvider hold Camunda's default ALL on their
     * own entry (they could delete their account): narrowed to READ and UPDATE. Idempotent.
     */
    private void narrowOwnUserEntries() {
        Set<Permission> own = Set.of(AccessPolicy.OWN_ENTRY);
        for (Authorization authorization : authorizationService.createAuthorizationQuery()
                .authorizationType(Authorization.AUTH_TYPE_GRANT)
                .resourceType(Resources.USER)
                .list()) {
            String userId = authorization.getUserId();
            if (userId == null || !userId.equals(authorization.getResourceId())) {
                continue;
            }
            Set<Permission> granted = Set.of(authorization.getPermissions(
                    EnumSet.allOf(Permissions.class).stream().filter(p -> p != Permissions.NONE && p != Permissions.ALL)
                            .toArray(Permission[]::new)));
            if (!granted.equals(own)) {
                authorization.setPermissions(AccessPolicy.OWN_ENTRY);
                authorizationService.saveAuthorization(authorization);
            }
        }
    }

    private void ensure(Grant grant) {
        Authorization authorization = authorizationService.createAuthorizationQuery()
                .authorizationType(Authorization.AUTH_TYPE_GRANT)
                .groupIdIn(grant.role().groupId())
                .resourceType(grant.resource())
                .resourceId(grant.resourceId())
                .singleResult();
        if (authorization == null) {
            authorization = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
            authorization.setGroupId(grant.role().groupId());
            authorization.setResource(grant.resource());
            authorization.setResourceId(grant.resourceId());
        } else if (grant.permissions().stream().allMatch(authorization::isPermissionGranted)) {
            return;
        }
        grant.permissions().forEach(authorization::addPermission);
        authorizationService.saveAuthorization(authorization);
    }

    /**
     * One filter for everyone: authorizations already narrow it to the tasks of the user's own
     * groups, so "my tasks" needs no query (and no stored expression).
     */
    private void ensureTaskFilter() {
        if (filterService.createFilterQuery().filterName(TASK_FILTER_NAME).count() > 0) {
            return;
        }
        Filter filter = filterService.newTaskFilter(TASK_FILTER_NAME);
        filter.setQuery(taskService.createTaskQuery());
        filter.setProperties(Map.of(
                "description", "Taken van mijn team · Tâches de mon équipe · Tasks of my team",
                "priority", -10,
                "refresh", true));
        filterService.saveFilter(filter);
    }
}
