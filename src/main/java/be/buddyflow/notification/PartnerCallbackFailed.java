package be.buddyflow.notification;

/** The partner did not confirm a callback: the job fails and is retried on its cycle. */
public class PartnerCallbackFailed extends RuntimeException {

    public PartnerCallbackFailed(String message) {
        super(message);
    }

    public PartnerCallbackFailed(String message, Throwable cause) {
        super(message, cause);
    }
}
