package be.buddyflow.volunteers;

import java.time.LocalDate;

import org.springframework.stereotype.Service;

/** The steps of onboarding as they change a volunteer's record in the pool. */
@Service
public class VolunteerOnboarding {

    private final VolunteerPool pool;

    VolunteerOnboarding(VolunteerPool pool) {
        this.pool = pool;
    }

    public void startScreening(String volunteerId, boolean contactWithMinors, int capacity) {
        pool.startScreening(volunteerId, contactWithMinors, capacity);
    }

    public void recordCriminalRecordCheck(String volunteerId, LocalDate checkedOn, String checkedBy,
            LocalDate validUntil) {
        if (validUntil.isBefore(checkedOn)) {
            throw new IllegalArgumentException("A 596.2 check cannot expire before it was made");
        }
        pool.recordScreeningCheck(volunteerId, checkedOn, checkedBy, validUntil);
    }

    public void activate(String volunteerId, LocalDate trainingCompletedOn, LocalDate agreementSignedOn) {
        pool.activate(volunteerId, trainingCompletedOn, agreementSignedOn);
    }

    public void recordSupervision(String volunteerId, LocalDate heldOn, VolunteerStatus status) {
        pool.recordSupervision(volunteerId, heldOn, status);
    }

    public void archive(String volunteerId, ArchiveReason reason) {
        pool.archive(volunteerId, reason);
    }
}
