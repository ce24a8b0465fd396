package be.buddyflow.security;

import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Response headers per door (docs/security.md, "Security headers"). HSTS: Spring Security writes it
 * only on requests that arrived over TLS, which in production means behind the proxy (the postgres
 * profile trusts its X-Forwarded-Proto); the demo runs over plain HTTP and never sends it.
 */
final class SecurityHeaders {

    /** JSON only: nothing on these answers may load, run or be framed. */
    static final String API_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'";

    private SecurityHeaders() {
    }

    /** /api, /engine-rest and /actuator: Spring's defaults (nosniff, DENY, no-store, HSTS over TLS) plus these. */
    static Customizer<HeadersConfigurer<HttpSecurity>> forApis() {
        return headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(API_CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER));
    }

    /**
     * The webapps: Camunda's HeaderSecurityFilter sets their CSP (with its per-response script nonce),
     * nosniff and, in production, HSTS; Spring adds only what Camunda has no setting for. Its cache
     * headers stay off, the webapps cache their static assets.
     */
    static Customizer<HeadersConfigurer<HttpSecurity>> forWebapps() {
        return headers -> headers.defaultsDisabled()
                .frameOptions(HeadersConfigurer.FrameOptionsConfig::deny)
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN));
    }
}
