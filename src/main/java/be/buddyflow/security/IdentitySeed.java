package be.buddyflow.security;

/** Users and memberships a profile adds at start-up (the demo identities). */
public interface IdentitySeed {

    void seed();
}
