package be.buddyflow.security;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The person logged in to the Camunda webapps, for our webapp-facing endpoints ({@code /api/workspace}):
 * the same session as Tasklist's, no second login. Reads the webapps' authentication from the
 * session (as VariableFilterGuard does) and hands it to Spring Security as the user with her groups
 * as roles ("ROLE_" + group id, like EngineIdentityAuthenticationProvider). No session, no person:
 * the chain answers 401. Basic credentials are not read here.
 */
class WebappSessionAuthentication extends OncePerRequestFilter {

    private final ProcessEngine processEngine;

    WebappSessionAuthentication(ProcessEngine processEngine) {
        this.processEngine = processEngine;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null) {
            Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
            if (authentications != null && authentications.getAuthenticationForProcessEngine(processEngine.getName())
                    instanceof UserAuthentication user && user.getIdentityId() != null) {
                List<String> groups = user.getGroupIds() == null ? List.of() : List.copyOf(user.getGroupIds());
                var authentication = UsernamePasswordAuthenticationToken.authenticated(user.getIdentityId(), null,
                        groups.stream().map(group -> new SimpleGrantedAuthority("ROLE_" + group)).toList());
                var context = SecurityContextHolder.createEmptyContext();
                context.setAuthentication(authentication);
                SecurityContextHolder.setContext(context);
            }
        }
        chain.doFilter(request, response);
    }
}
