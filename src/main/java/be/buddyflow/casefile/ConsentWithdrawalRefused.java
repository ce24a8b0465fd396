package be.buddyflow.casefile;

/** A withdrawal that cannot be done as asked; the message says why, for the problem body. */
public class ConsentWithdrawalRefused extends RuntimeException {

    public ConsentWithdrawalRefused(String message) {
        super(message);
    }
}
