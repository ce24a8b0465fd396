package be.buddyflow.security.engine;

import org.camunda.bpm.engine.AuthorizationException;

/**
 * A 403 of UserCommandGuard: an AuthorizationException (engine REST answers 403) whose message is a
 * sentence for the person, in her language, naming no id and no permission. api.ApiResponses keeps
 * the message of this type, by its name, where it replaces other engine errors with generic ones.
 */
final class RefusedToPerson extends AuthorizationException {

    private static final long serialVersionUID = 1L;

    RefusedToPerson(String message) {
        super(message);
    }
}
