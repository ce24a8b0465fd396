package be.buddyflow.casefile;

/** The case cannot take this event now; the message says why, the field names what is missing. */
public class CaseEventRejected extends RuntimeException {

    public enum Kind {
        /** A required field for this event type is missing (400). */
        MISSING_FIELD,
        /** The case is not in a state where this event means something (409). */
        NOT_WAITING
    }

    private final Kind kind;
    private final String field;

    public CaseEventRejected(Kind kind, String field, String message) {
        super(message);
        this.kind = kind;
        this.field = field;
    }

    public Kind kind() {
        return kind;
    }

    public String field() {
        return field;
    }
}
