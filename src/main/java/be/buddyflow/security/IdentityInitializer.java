package be.buddyflow.security;

import java.util.List;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Seeds groups, authorizations, the Tasklist filter and the first administrator once all beans
 * exist and before the web server accepts requests, so no request meets a half-seeded store.
 */
@Component
class IdentityInitializer implements SmartInitializingSingleton {

    private final AccessSeeder accessSeeder;
    private final AdministratorBootstrap administratorBootstrap;
    private final List<IdentitySeed> additionalSeeds;

    IdentityInitializer(AccessSeeder accessSeeder, AdministratorBootstrap administratorBootstrap,
            List<IdentitySeed> additionalSeeds) {
        this.accessSeeder = accessSeeder;
        this.administratorBootstrap = administratorBootstrap;
        this.additionalSeeds = additionalSeeds;
    }

    @Override
    public void afterSingletonsInstantiated() {
        accessSeeder.seed();
        additionalSeeds.forEach(IdentitySeed::seed);
        administratorBootstrap.ensureAdministrator();
    }
}
