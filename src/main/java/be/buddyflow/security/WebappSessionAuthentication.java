package be.buddyflow.security;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The person logged in to the Camunda webapps, for our webapp-facing endpoints ({@code /api/workspace}):
 * the same session as Tasklist's, no second login. Reads the webapps' user from the session and
 * hands her to Spring Security with her groups as roles ("ROLE_" +
 * group id, like EngineIdentityAuthenticationProvider). The groups are read from the identity store
 * on every request, so a removed membership or a deleted user counts at once, whatever the session
 * remembers. No session, no person: the chain answers 401. Basic credentials are not read here.
 */
class WebappSessionAuthentication extends OncePerRequestFilter {

    private final ProcessEngine processEngine;
    private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

    WebappSessionAuthentication(ProcessEngine processEngine) {
        this.processEngine = processEngine;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String userId = sessionUser(request, processEngine).map(UserAuthentication::getIdentityId).orElse(null);
        if (userId != null) {
            IdentityService identities = processEngine.getIdentityService();
            if (identities.createUserQuery().userId(userId).count() == 1) {
                List<SimpleGrantedAuthority> authorities = identities.createGroupQuery().groupMember(userId).list()
                        .stream()
                        .map(Group::getId)
                        .map(groupId -> new SimpleGrantedAuthority("ROLE_" + groupId))
                        .toList();
                SecurityContext context = contexts.createEmptyContext();
                context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(userId, null, authorities));
                contexts.setContext(context);
            }
        }
        chain.doFilter(request, response);
    }

    /** The user logged in to the webapps in this request's session, if any (no session is created). */
    static Optional<UserAuthentication> sessionUser(HttpServletRequest request, ProcessEngine processEngine) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return Optional.empty();
        }
        Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
        if (authentications != null && authentications.getAuthenticationForProcessEngine(processEngine.getName())
                instanceof UserAuthentication user && user.getIdentityId() != null) {
            return Optional.of(user);
        }
        return Optional.empty();
    }
}
