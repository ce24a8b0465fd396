package be.buddyflow.security;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * HTTP Basic on our own API against the engine's identity store: one set of users for Tasklist,
 * the engine REST API and {@code /api}. Each group becomes the authority {@code ROLE_<groupId>}.
 */
@Component
class EngineIdentityAuthenticationProvider implements AuthenticationProvider {

    private final IdentityService identityService;

    EngineIdentityAuthenticationProvider(IdentityService identityService) {
        this.identityService = identityService;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String userId = authentication.getName();
        Object credentials = authentication.getCredentials();
        if (userId == null || userId.isBlank() || credentials == null
                || !identityService.checkPassword(userId, credentials.toString())) {
            throw new BadCredentialsException("Bad credentials");
        }
        List<SimpleGrantedAuthority> authorities = identityService.createGroupQuery().groupMember(userId).list()
                .stream()
                .map(Group::getId)
                .map(groupId -> new SimpleGrantedAuthority("ROLE_" + groupId))
                .toList();
        return UsernamePasswordAuthenticationToken.authenticated(userId, null, authorities);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
