package be.buddyflow.volunteers;

import java.util.Optional;

import be.buddyflow.api.RequestFingerprint;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes in an application and starts the volunteer's onboarding, once per application key; the pool
 * row and the process start commit together.
 */
@Service
public class ApplyAsVolunteer {

    private final VolunteerPool pool;
    private final Localities localities;
    private final OnboardingProcesses onboardings;

    ApplyAsVolunteer(VolunteerPool pool, Localities localities, OnboardingProcesses onboardings) {
        this.pool = pool;
        this.localities = localities;
        this.onboardings = onboardings;
    }

    /** {@code submittedBy}: the partner account that sends it; the application key is that account's. */
    @Transactional
    public Outcome apply(VolunteerApplication application, String submittedBy) {
        String fingerprint = RequestFingerprint.of(application);
        Optional<VolunteerPool.ExistingApplication> existing =
                pool.findByApplicationKey(submittedBy, application.source(), application.externalReference());
        if (existing.isPresent()) {
            return compare(existing.get(), fingerprint);
        }
        if (!localities.isKnown(application.postalCode())) {
            throw new UnknownPostalCode(application.postalCode());
        }
        Optional<String> added = pool.addIfAbsent(application, submittedBy, fingerprint);
        if (added.isEmpty()) {
            return compare(pool.findByApplicationKey(submittedBy, application.source(), application.externalReference())
                    .orElseThrow(), fingerprint);
        }
        onboardings.start(pool.findSummary(added.get()).orElseThrow());
        return new Outcome(added.get(), VolunteerStatus.APPLICANT, Result.ACCEPTED);
    }

    private static Outcome compare(VolunteerPool.ExistingApplication existing, String fingerprint) {
        return new Outcome(existing.volunteerId(), existing.status(),
                existing.requestFingerprint().equals(fingerprint) ? Result.ALREADY_RECEIVED : Result.CONFLICT);
    }

    public enum Result {
        ACCEPTED,
        ALREADY_RECEIVED,
        CONFLICT
    }

    public record Outcome(String volunteerId, VolunteerStatus status, Result result) {
    }

    /** Distances need coordinates: a postal code this installation does not know cannot be matched. */
    public static class UnknownPostalCode extends RuntimeException {

        private final String postalCode;

        UnknownPostalCode(String postalCode) {
            super("Unknown postal code " + postalCode);
            this.postalCode = postalCode;
        }

        public String postalCode() {
            return postalCode;
        }
    }
}
