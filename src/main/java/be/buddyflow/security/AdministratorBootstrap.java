package be.buddyflow.security;

import java.util.Locale;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Makes sure the administrators group has a member. Besides letting someone in on a fresh database,
 * this closes the door Camunda's first-run setup would otherwise leave open (CVE-2026-77226).
 */
@Component
class AdministratorBootstrap {

    static final int MINIMUM_PASSWORD_LENGTH = 12;

    private static final Logger log = LoggerFactory.getLogger(AdministratorBootstrap.class);
    private static final Set<String> KNOWN_PASSWORDS = Set.of("buddyflow-demo", "password", "admin", "camunda",
            "changeme", "demo");

    private final AdministratorProperties properties;
    private final IdentityStore identities;

    AdministratorBootstrap(AdministratorProperties properties, IdentityStore identities) {
        this.properties = properties;
        this.identities = identities;
    }

    void ensureAdministrator() {
        String id = properties.id();
        String password = properties.password();
        boolean configured = id != null && !id.isBlank();
        if (!configured) {
            if (properties.required()) {
                throw new InsecureAdministratorException("No first administrator is configured: "
                        + "BUDDYFLOW_ADMIN_USER and BUDDYFLOW_ADMIN_PASSWORD must be set.");
            }
            return;
        }
        String weakness = weakness(id, password);
        if (weakness != null) {
            throw new InsecureAdministratorException("The first administrator's password is refused: " + weakness);
        }
        if (!identities.userExists(id)) {
            identities.ensureUser(id, "Buddyflow", "Administrator", null, password);
            log.info("Created the first administrator '{}'", id);
        }
        identities.ensureMembership(id, Role.ADMINISTRATOR.groupId());
    }

    private String weakness(String id, String password) {
        if (password == null || password.isBlank()) {
            return "BUDDYFLOW_ADMIN_PASSWORD is empty.";
        }
        if (password.length() < MINIMUM_PASSWORD_LENGTH) {
            return "it is shorter than " + MINIMUM_PASSWORD_LENGTH + " characters.";
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (lower.contains(id.toLowerCase(Locale.ROOT)) || KNOWN_PASSWORDS.stream().anyMatch(lower::contains)) {
            return "it contains the user id or a well-known password.";
        }
        if (!identities.meetsPasswordPolicy(id, password)) {
            return "it does not meet the password policy (upper and lower case, a digit and a symbol).";
        }
        return null;
    }
}
