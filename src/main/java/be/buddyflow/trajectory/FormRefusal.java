package be.buddyflow.trajectory;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * Refuses a submitted form: what a delegate throws when a start or task form's content cannot be
 * accepted. Engine REST (and so Tasklist) answers this exception type with 400 and its message,
 * where any other engine exception thrown while starting an instance becomes a 500.
 */
public final class FormRefusal {

    private FormRefusal() {
    }

    /** {@code fields} names the offending field(s); the message is shown to the user as is. */
    public static ProcessEngineException of(String fields, String message) {
        // The only public type engine REST maps to 400 lives in engine.impl; it stays in this one place.
        return new FormFieldValidationException(fields, message);
    }
}
