package be.buddyflow.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.List;

import be.buddyflow.audit.CaseAccess.Channel;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who the audit names: the API caller first, else the engine's user, else the system. */
class CurrentAccessorTest {

    private final IdentityService identityService = mock(IdentityService.class);
    private final CurrentAccessor accessor = new CurrentAccessor(identityService);

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void anApiCallerIsNamedWithTheApiChannel() {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "intake-system", null, AuthorityUtils.createAuthorityList("ROLE_integration")));
        when(identityService.getCurrentAuthentication()).thenReturn(new Authentication("sofie", List.of()));

        assertThat(accessor.current()).isEqualTo(new Accessor("intake-system", Channel.API));
    }

    @Test
    void theEngineUserCountsWhenSpringKnowsOnlyAnAnonymousCaller() {
        SecurityContextHolder.getContext().setAuthentication(new AnonymousAuthenticationToken("key", "anonymousUser",
                AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
        when(identityService.getCurrentAuthentication()).thenReturn(new Authentication("sofie", List.of()));

        assertThat(accessor.current()).isEqualTo(new Accessor("sofie", Channel.ENGINE));
    }

    @Test
    void withoutAnyoneItIsTheSystemAsAJob() {
        assertThat(accessor.current()).isEqualTo(Accessor.SYSTEM);
        assertThat(Accessor.SYSTEM).isEqualTo(new Accessor("system", Channel.JOB));
    }
}
