package be.buddyflow.trajectory;

import java.util.Optional;

import org.camunda.bpm.engine.delegate.DelegateExecution;

/** Who made the engine run this code: the user who completed a task, or nobody for jobs. */
public final class CurrentUser {

    private CurrentUser() {
    }

    public static Optional<String> of(DelegateExecution execution) {
        // The only engine API for this returns an impl type; it stays in this one place.
        var authentication = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        return Optional.ofNullable(authentication).map(a -> a.getUserId());
    }
}
