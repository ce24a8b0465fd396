package be.buddyflow.erasure;

import java.util.Optional;

/** Erasure requests awaiting the second person's approval (process {@code case-erasure}). */
public interface ErasureRequests {

    /** Starts the approval; returns the request id. */
    String request(String caseId, ErasureReason reason, String requestedBy);

    /** The request id of an erasure of this case awaiting approval or running, if any. */
    Optional<String> pending(String caseId);
}
