package be.buddyflow.security;

import static org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.withDefaults;

import java.io.IOException;
import java.util.List;

import be.buddyflow.api.Problems;
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
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A fifth door, for downloads a person starts from Tasklist: the caller is the user logged in to the
 * Camunda webapps in this browser session, not a second HTTP Basic login (docs/security.md). Today it
 * serves one path, the participation proof as a PDF, to social workers; the controller limits it to
 * the case's organisation.
 * <p>
 * GET only, so no CSRF token is needed (nothing changes but the access audit); the session is read,
 * never created or changed. The user's groups are read from the identity store on every request, so a
 * removed membership or a deleted user counts at once, whatever the session remembers. Without a
 * webapp session the answer is 401 without a Basic challenge (a browser must not ask for a second
 * login); another role gets 403.
 * <p>
 * Its own chain, before the {@code /api/**} chain (order 2) that would otherwise ask for Basic: its
 * matcher is one exact path, so it may also stand before a broader {@code /api/workspace/**} chain.
 */
@Configuration(proxyBeanMethods = false)
class WebappSessionSecurity {

    static final String PARTICIPATION_PROOF_PDF = "/api/workspace/cases/*/participation-proof.pdf";

    @Bean
    @Order(0)
    SecurityFilterChain webappSessionChain(HttpSecurity http, ProcessEngine processEngine) throws Exception {
        return http.securityMatcher(withDefaults().matcher(HttpMethod.GET, PARTICIPATION_PROOF_PDF))
                .authorizeHttpRequests(auth -> auth.anyRequest().hasRole(Role.SOCIAL_WORKER.springRole()))
                .addFilterBefore(new SessionCaller(processEngine), AnonymousAuthenticationFilter.class)
                .exceptionHandling(e -> e
                        .authenticationEntryPoint((request, response, exception) -> Problems.write(response,
                                Problems.of(HttpStatus.UNAUTHORIZED, "Log in to Buddyflow Tasklist first")))
                        .accessDeniedHandler(ProblemAuthenticationHandlers.forbidden()))
                .csrf(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .headers(SecurityHeaders.forApis())
                .build();
    }

    /**
     * The webapp user of this session as the caller of this request, with the authorities
     * {@code ROLE_<groupId>} that EngineIdentityAuthenticationProvider grants on the Basic door.
     */
    static final class SessionCaller extends OncePerRequestFilter {

        private final ProcessEngine processEngine;
        private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

        SessionCaller(ProcessEngine processEngine) {
            this.processEngine = processEngine;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            HttpSession session = request.getSession(false);
            String userId = session == null ? null : sessionUser(session);
            if (userId != null) {
                IdentityService identities = processEngine.getIdentityService();
                if (identities.createUserQuery().userId(userId).count() == 1) {
                    List<SimpleGrantedAuthority> authorities = identities.createGroupQuery().groupMember(userId)
                            .list().stream()
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

        private String sessionUser(HttpSession session) {
            Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
            if (authentications != null && authentications.getAuthenticationForProcessEngine(processEngine.getName())
                    instanceof UserAuthentication user) {
                return user.getIdentityId();
            }
            return null;
        }
    }
}
