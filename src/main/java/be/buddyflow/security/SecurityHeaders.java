package be.buddyflow.security;

import org.springframework.security.config.Customizer;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.HeaderWriterFilter;
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
        return headers -> eagerly(headers)
                .contentSecurityPolicy(csp -> csp.policyDirectives(API_CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER));
    }

    /**
     * The webapps: Camunda's HeaderSecurityFilter sets their CSP (with its per-response script nonce),
     * nosniff and, in production, HSTS; Spring adds only what Camunda has no setting for. Its cache
     * headers stay off, the webapps cache their static assets.
     */
    static Customizer<HeadersConfigurer<HttpSecurity>> forWebapps() {
        return headers -> eagerly(headers).defaultsDisabled()
                .frameOptions(HeadersConfigurer.FrameOptionsConfig::deny)
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN));
    }

    /**
     * CVE-2026-22732 (Spring Security 6.5.0 to 6.5.8; we run 6.5.6): headers written lazily, when the
     * response commits, can be lost when something commits it early (our guards write whole problem
     * bodies). Written before the rest of the chain runs, they cannot be.
     */
    private static HeadersConfigurer<HttpSecurity> eagerly(HeadersConfigurer<HttpSecurity> headers) {
        headers.addObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
            @Override
            public <O extends HeaderWriterFilter> O postProcess(O filter) {
                filter.setShouldWriteHeadersEagerly(true);
                return filter;
            }
        });
        return headers;
    }
}
