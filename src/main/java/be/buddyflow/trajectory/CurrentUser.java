package be.buddyflow.trajectory;

import java.util.Optional;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/** Who made the engine run this code: the user who completed a task, or nobody for jobs. */
public final class CurrentUser {

    private CurrentUser() {
    }

    public static Optional<String> of(DelegateExecution execution) {
        return of(execution.getProcessEngineServices().getIdentityService());
    }

    /** The same, for code that has no execution at hand (the access audit). */
    public static Optional<String> of(IdentityService identityService) {
        // The only engine API for this returns an impl type; it stays in this one place.
        var authentication = identityService.getCurrentAuthentication();
        return Optional.ofNullable(authentication).map(a -> a.getUserId());
    }
}
