package be.buddyflow.security;

/** Start-up refused: the first administrator's credentials are missing or too weak. */
public class InsecureAdministratorException extends RuntimeException {

    InsecureAdministratorException(String message) {
        super(message);
    }
}
