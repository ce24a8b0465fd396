package be.buddyflow.security;

import java.util.List;

import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;

/** One line of the access policy: a role may do these things to this resource. */
public record Grant(Role role, Resource resource, String resourceId, List<Permission> permissions) {

    public static final String ANY = "*";

    public static Grant of(Role role, Resource resource, String resourceId, Permission... permissions) {
        return new Grant(role, resource, resourceId, List.of(permissions));
    }
}
