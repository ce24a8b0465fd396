package be.buddyflow.security;

import static org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.withDefaults;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.util.unit.DataSize;

/**
 * Five doors, each with its own chain (docs/architecture.md, "Security"):
 * <ol>
 * <li>{@code /engine-rest/**}: Camunda's own filter authenticates (HTTP Basic against the identity
 * store) and runs each call as that user, so the engine's authorizations apply;</li>
 * <li>{@code /api/workspace/**}: our endpoints for the webapps, by the webapps' own session;</li>
 * <li>{@code /api/**}: our API, HTTP Basic against the same store, roles from groups;</li>
 * <li>{@code /actuator/**}: health public, the rest for managers and administrators;</li>
 * <li>everything else: the webapps, which keep their own login and CSRF protection, minus the Admin
 * first-run setup endpoint (CVE-2026-77226).</li>
 * </ol>
 * Behind the engine doors (REST and the webapps' APIs) a filter refuses expressions in
 * {@code orQueries} (QueryExpressionGuard). Inside the engine, security.engine.UserCommandGuard holds
 * every person's queries and submissions to the models' rules; Cockpit's plugin queries, which do
 * not pass the engine's command executor, get the same variable-filter rule from VariableFilterGuard.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    static final String ENGINE_REST = "/engine-rest/**";
    static final String WORKSPACE = "/api/workspace/**";

    @Bean
    @Order(1)
    SecurityFilterChain engineRestChain(HttpSecurity http) throws Exception {
        // No httpBasic() here: Spring's filter would consume the credentials before Camunda's.
        return http.securityMatcher(withDefaults().matcher(ENGINE_REST))
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .headers(SecurityHeaders.forApis())
                .build();
    }

    /**
     * Our endpoints for the webapps ({@code /api/workspace/**}, Tasklist's case file tab): the
     * person logged in to the webapps, by their session; read-only, so nothing but GET is allowed and
     * there is no CSRF token to check. 401 without a Basic challenge (the browser would ask for a
     * second login).
     */
    @Bean
    @Order(2)
    SecurityFilterChain workspaceChain(HttpSecurity http, ProcessEngine processEngine) throws Exception {
        return http.securityMatcher(withDefaults().matcher(WORKSPACE))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(withDefaults().matcher(HttpMethod.GET, "/api/workspace/tasks/*/case-file"),
                                withDefaults().matcher(HttpMethod.GET, "/api/workspace/tasks/*/context"))
                        .authenticated()
                        // The controller limits the proof to social workers of the case's organisation.
                        .requestMatchers(withDefaults().matcher(HttpMethod.GET,
                                "/api/workspace/cases/*/participation-proof.pdf"))
                        .hasRole(Role.SOCIAL_WORKER.springRole())
                        .anyRequest().denyAll())
                .addFilterBefore(new WebappSessionAuthentication(processEngine), AnonymousAuthenticationFilter.class)
                .exceptionHandling(e -> e.authenticationEntryPoint(ProblemAuthenticationHandlers.unauthorizedSession())
                        .accessDeniedHandler(ProblemAuthenticationHandlers.forbidden()))
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .headers(SecurityHeaders.forApis())
                .build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain apiChain(HttpSecurity http) throws Exception {
        return http.securityMatcher(withDefaults().matcher("/api/**"))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(withDefaults().matcher(HttpMethod.POST, "/api/referrals"))
                        .hasRole(Role.INTEGRATION.springRole())
                        .requestMatchers(withDefaults().matcher(HttpMethod.GET, "/api/cases/*/candidates"),
                                withDefaults().matcher(HttpMethod.GET, "/api/matching/cohort"),
                                withDefaults().matcher(HttpMethod.POST, "/api/matching/cohort/approvals"))
                        .hasRole(Role.COORDINATOR.springRole())
                        .requestMatchers(withDefaults().matcher(HttpMethod.GET, "/api/cases/*/participation-proof"),
                                withDefaults().matcher(HttpMethod.GET, "/api/cases/*/consents"),
                                withDefaults().matcher(HttpMethod.POST, "/api/cases/*/consents/*/withdrawal"),
                                withDefaults().matcher(HttpMethod.POST, "/api/cases/*/erasure-requests"))
                        .hasRole(Role.SOCIAL_WORKER.springRole())
                        .requestMatchers(withDefaults().matcher(HttpMethod.GET, "/api/cases/*"))
                        .hasRole(Role.INTEGRATION.springRole())
                        .requestMatchers(withDefaults().matcher(HttpMethod.POST, "/api/cases/*/events/*"))
                        .hasRole(Role.INTEGRATION.springRole())
                        .requestMatchers(withDefaults().matcher(HttpMethod.POST, "/api/volunteers/applications"))
                        .hasRole(Role.INTEGRATION.springRole())
                        .requestMatchers(withDefaults().matcher(HttpMethod.GET, "/api/duo-requests/*"))
                        .hasRole(Role.SOCIAL_WORKER.springRole())
                        .requestMatchers(withDefaults().matcher(HttpMethod.GET, "/api/audit/case-access"))
                        .hasAnyRole(Role.MANAGER.springRole(), Role.DATA_PROTECTION_OFFICER.springRole())
                        .requestMatchers(withDefaults().matcher(HttpMethod.GET, "/api/reports/overview"))
                        .hasRole(Role.MANAGER.springRole())
                        .anyRequest().denyAll())
                .with(new StatelessBasic(), Customizer.withDefaults())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .build();
    }

    @Bean
    @Order(4)
    SecurityFilterChain actuatorChain(HttpSecurity http) throws Exception {
        return http.securityMatcher(withDefaults().matcher("/actuator/**"))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(withDefaults().matcher(HttpMethod.GET, "/actuator/health"),
                                withDefaults().matcher(HttpMethod.GET, "/actuator/health/**"))
                        .permitAll()
                        .anyRequest().hasAnyRole(Role.MANAGER.springRole(), Role.ADMINISTRATOR.springRole()))
                .with(new StatelessBasic(), Customizer.withDefaults())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .build();
    }

    @Bean
    @Order(5)
    SecurityFilterChain webappChain(HttpSecurity http) throws Exception {
        return http
                .authorizeHttpRequests(auth -> auth
                        // CVE-2026-77226: the first-run setup must never create a user, whoever calls it.
                        .requestMatchers(withDefaults().matcher("/camunda/api/admin/setup/**")).denyAll()
                        .anyRequest().permitAll())
                .exceptionHandling(e -> e.authenticationEntryPoint(ProblemAuthenticationHandlers.unauthorized())
                        .accessDeniedHandler(ProblemAuthenticationHandlers.forbidden()))
                // The webapps run their own session login and their own CSRF filter (X-XSRF-TOKEN).
                .csrf(AbstractHttpConfigurer::disable)
                // Camunda's HeaderSecurityFilter sets CSP, HSTS and nosniff for the webapps; Spring the rest.
                .headers(SecurityHeaders.forWebapps())
                .build();
    }

    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
        FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
        registration.setName("engine-rest-authentication");
        registration.addUrlPatterns("/engine-rest/*");
        registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
                HttpBasicAuthenticationProvider.class.getName());
        registration.setOrder(Ordered.LOWEST_PRECEDENCE - 10);
        return registration;
    }

    @Bean
    FilterRegistrationBean<QueryExpressionGuard> queryExpressionGuard(IdentityService identityService,
            @Value("${buddyflow.security.max-multipart-bytes:20MB}") DataSize maxMultipart) {
        FilterRegistrationBean<QueryExpressionGuard> registration =
                new FilterRegistrationBean<>(new QueryExpressionGuard(identityService, maxMultipart.toBytes()));
        registration.setName("query-expression-guard");
        // The REST API and the API the webapps call (Tasklist sends its task queries there). After
        // engine REST's authentication (LOWEST_PRECEDENCE - 10): anonymous callers get 401 unread.
        registration.addUrlPatterns("/engine-rest/*", "/camunda/api/*");
        registration.setOrder(Ordered.LOWEST_PRECEDENCE - 9);
        return registration;
    }

    @Bean
    FilterRegistrationBean<VariableFilterGuard> variableFilterGuard(ProcessEngine processEngine) {
        FilterRegistrationBean<VariableFilterGuard> registration =
                new FilterRegistrationBean<>(new VariableFilterGuard(processEngine));
        registration.setName("variable-filter-guard");
        // Cockpit's plugin queries only: every other query is held by security.engine.UserCommandGuard.
        registration.addUrlPatterns("/camunda/api/cockpit/*");
        // After the engine REST authentication, which tells it the caller.
        registration.setOrder(Ordered.LOWEST_PRECEDENCE);
        return registration;
    }

    /**
     * Machine-to-machine calls with Basic credentials: no CSRF token to check (and no session: each
     * chain says so itself, a session policy set here comes too late); 401 and 403 as problem bodies.
     */
    static final class StatelessBasic extends AbstractHttpConfigurer<StatelessBasic, HttpSecurity> {

        @Override
        public void init(HttpSecurity http) throws Exception {
            http.httpBasic(basic -> basic.authenticationEntryPoint(ProblemAuthenticationHandlers.unauthorized()))
                    .exceptionHandling(e -> e.authenticationEntryPoint(ProblemAuthenticationHandlers.unauthorized())
                            .accessDeniedHandler(ProblemAuthenticationHandlers.forbidden()))
                    .headers(SecurityHeaders.forApis())
                    .csrf(AbstractHttpConfigurer::disable);
        }
    }
}
