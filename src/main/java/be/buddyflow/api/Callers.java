package be.buddyflow.api;

import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * The caller's identity groups, as EngineIdentityAuthenticationProvider grants them ("ROLE_" + group
 * id): the one place that knows the prefix, for the controllers that limit a case to the social
 * workers of its organisation.
 */
public final class Callers {

    private static final String ROLE_PREFIX = "ROLE_";

    private Callers() {
    }

    public static Set<String> groups(Authentication caller) {
        return caller.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(authority -> authority.startsWith(ROLE_PREFIX))
                .map(authority -> authority.substring(ROLE_PREFIX.length()))
                .collect(Collectors.toSet());
    }

    /** Whether the caller belongs to the group, e.g. the organisation that works a case. */
    public static boolean memberOf(Authentication caller, String groupId) {
        return groups(caller).contains(groupId);
    }
}
