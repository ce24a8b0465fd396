package be.buddyflow.volunteers;

import java.time.Instant;
import java.util.List;

/** Cases whose matching waits on the waiting list (the engine adapter lives in volunteers.process). */
public interface WaitingList {

    List<WaitingCase> waitingCases();

    /** Whether this case's matching waits on the waiting list now. */
    boolean isWaiting(String caseId);

    /** Sends an approved cohort pair to the case's matching; false when the case no longer waits. */
    boolean approve(String caseId, String volunteerId);

    record WaitingCase(String caseId, Instant since) {
    }
}
