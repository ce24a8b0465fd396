package be.buddyflow.trajectory;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * A form's input that a delegate refuses: the completion or start is rolled back and the person sees
 * the message. The engine REST API answers 400 only for this exception type (any other exception
 * from a submitted form is a 500), and it is an impl type, so it stays in this one place.
 */
public class FormRefusal extends FormFieldValidationException {

    public FormRefusal(String message, Throwable cause) {
        super(null, message, cause);
    }
}
