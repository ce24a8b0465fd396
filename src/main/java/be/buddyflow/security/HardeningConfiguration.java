package be.buddyflow.security;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** Filters of the hardening beyond SecurityConfiguration's five doors (docs/security.md). */
@Configuration(proxyBeanMethods = false)
class HardeningConfiguration {

    /** Shared by every door through the engine's password check (docs/operations.md, "Login throttling"). */
    @Bean
    LoginThrottle loginThrottle() {
        return new LoginThrottle();
    }

    /** First of all filters: every door's password check knows the client's address. */
    @Bean
    FilterRegistrationBean<jakarta.servlet.Filter> clientAddressFilter() {
        FilterRegistrationBean<jakarta.servlet.Filter> registration =
                new FilterRegistrationBean<>(LoginThrottle.clientAddressFilter());
        registration.setName("client-address");
        registration.addUrlPatterns("/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Bean
    FilterRegistrationBean<PasswordPolicyGuard> passwordPolicyGuard(IdentityService identityService) {
        FilterRegistrationBean<PasswordPolicyGuard> registration =
                new FilterRegistrationBean<>(new PasswordPolicyGuard(identityService));
        registration.setName("password-policy-guard");
        // Engine REST and the API the Admin webapp calls; after engine REST's authentication. The
        // verdict depends on the request alone, never on stored users, so it tells a caller nothing.
        registration.addUrlPatterns("/engine-rest/*", "/camunda/api/*");
        registration.setOrder(Ordered.LOWEST_PRECEDENCE - 5);
        return registration;
    }
}
