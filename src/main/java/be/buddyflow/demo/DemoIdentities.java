package be.buddyflow.demo;

import be.buddyflow.security.IdentitySeed;
import be.buddyflow.security.IdentityStore;
import be.buddyflow.security.Role;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/** The demo people of the README, one per role, all with the demo password. Demo profile only. */
@Component
@Profile("demo")
class DemoIdentities implements IdentitySeed {

    private final IdentityStore identities;
    private final String password;

    DemoIdentities(IdentityStore identities, @Value("${buddyflow.demo.password}") String password) {
        this.identities = identities;
        this.password = password;
    }

    @Override
    public void seed() {
        person("sofie", "Sofie", "Claes", Role.SOCIAL_WORKER, "ocmw-gent");
        person("samir", "Samir", "El Amrani", Role.SOCIAL_WORKER, "ocmw-leuven");
        person("cora", "Cora", "Van den Broeck", Role.COORDINATOR, null);
        person("victor", "Victor", "Peeters", Role.VOLUNTEER, null);
        person("vera", "Vera", "Janssens", Role.VOLUNTEER, null);
        person("mona", "Mona", "Willems", Role.MANAGER, null);
        person("dora", "Dora", "Maes", Role.DATA_PROTECTION_OFFICER, null);
        person("intake-system", "Intake", "System", Role.INTEGRATION, null);
        person("admin", "Demo", "Administrator", Role.ADMINISTRATOR, null);
    }

    private void person(String id, String firstName, String lastName, Role role, String organisation) {
        identities.ensureUser(id, firstName, lastName, id + "@demo.buddyflow.be", password);
        identities.ensureMembership(id, role.groupId());
        if (organisation != null) {
            identities.ensureMembership(id, organisation);
        }
    }
}
