package be.buddyflow.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The first administrator ({@code BUDDYFLOW_ADMIN_USER}, {@code BUDDYFLOW_ADMIN_PASSWORD} in the
 * postgres profile). Without it a fresh production database would have no one who can log in.
 */
@ConfigurationProperties("buddyflow.admin")
record AdministratorProperties(String id, String password, boolean required) {
}
