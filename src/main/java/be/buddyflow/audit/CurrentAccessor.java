package be.buddyflow.audit;

import be.buddyflow.audit.CaseAccess.Channel;
import be.buddyflow.trajectory.CurrentUser;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who is behind the code running on this thread. Our API authenticates with Spring Security; Tasklist
 * and the engine REST API authenticate with the engine, which runs a task's delegates on the
 * completing user's thread; the job executor has neither. Both contexts are thread-bound, so a
 * delegate run by an {@code /api} call (a referral starting its trajectory) counts as that call.
 */
@Component
class CurrentAccessor {

    private final IdentityService identityService;

    CurrentAccessor(IdentityService identityService) {
        this.identityService = identityService;
    }

    Accessor current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken)) {
            return new Accessor(authentication.getName(), Channel.API);
        }
        return CurrentUser.of(identityService)
                .map(user -> new Accessor(user, Channel.ENGINE))
                .orElse(Accessor.SYSTEM);
    }
}
