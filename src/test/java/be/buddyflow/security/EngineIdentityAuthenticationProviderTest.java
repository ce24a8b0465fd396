package be.buddyflow.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.RETURNS_SELF;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.GroupQuery;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

class EngineIdentityAuthenticationProviderTest {

    private final IdentityService identities = mock(IdentityService.class);
    private final GroupQuery groups = mock(GroupQuery.class, RETURNS_SELF);
    private final MutableClock clock = new MutableClock();
    private final LoginThrottle throttle = new LoginThrottle();

    @BeforeEach
    void partnerInIntegration() {
        when(identities.checkPassword("partner", "Right-Secret-1")).thenReturn(true);
        when(identities.checkPassword("partner", "Wrong-Secret-1")).thenReturn(false);
        when(identities.createGroupQuery()).thenReturn(groups);
        Group integration = mock(Group.class);
        when(integration.getId()).thenReturn("integration");
        when(groups.list()).thenReturn(List.of(integration));
    }

    @Test
    void aSuccessfulCheckIsTrustedForTheConfiguredTimeThenAskedAgain() {
        EngineIdentityAuthenticationProvider provider = provider(Duration.ofSeconds(30));

        assertThat(roles(provider.authenticate(basic("partner", "Right-Secret-1")))).containsExactly("ROLE_integration");
        clock.advance(Duration.ofSeconds(29));
        assertThat(roles(provider.authenticate(basic("partner", "Right-Secret-1")))).containsExactly("ROLE_integration");
        verify(identities, times(1)).checkPassword(anyString(), anyString());
        verify(identities, times(1)).createGroupQuery();

        clock.advance(Duration.ofSeconds(2));
        provider.authenticate(basic("partner", "Right-Secret-1"));
        verify(identities, times(2)).checkPassword(anyString(), anyString());
        verify(identities, times(2)).createGroupQuery();
    }

    @Test
    void aWrongPasswordAlwaysGoesToTheStoreAndForgetsTheUser() {
        EngineIdentityAuthenticationProvider provider = provider(Duration.ofSeconds(30));
        provider.authenticate(basic("partner", "Right-Secret-1"));

        assertThatThrownBy(() -> provider.authenticate(basic("partner", "Wrong-Secret-1")))
                .isInstanceOf(BadCredentialsException.class);
        verify(identities, times(1)).checkPassword("partner", "Wrong-Secret-1");

        // The store refuses the old password now (changed in Admin): the next request is checked again.
        when(identities.checkPassword("partner", "Right-Secret-1")).thenReturn(false);
        assertThatThrownBy(() -> provider.authenticate(basic("partner", "Right-Secret-1")))
                .isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void aWrongPasswordAtAnotherDoorForgetsTheCachedSuccessToo() {
        EngineIdentityAuthenticationProvider provider = provider(Duration.ofSeconds(30));
        provider.authenticate(basic("partner", "Right-Secret-1"));

        // The engine's password check (webapp login, engine REST) reports a wrong password for her.
        throttle.recordFailure("partner", null);
        provider.authenticate(basic("partner", "Right-Secret-1"));

        verify(identities, times(2)).checkPassword("partner", "Right-Secret-1");
    }

    @Test
    void anAddressTheThrottleHoldsBackIsRefusedEvenWithACachedSuccess() {
        EngineIdentityAuthenticationProvider provider = provider(Duration.ofSeconds(30));
        provider.authenticate(basic("partner", "Right-Secret-1"));
        org.springframework.mock.web.MockHttpServletRequest request = new org.springframework.mock.web.MockHttpServletRequest();
        request.setRemoteAddr("203.0.113.7");
        org.springframework.web.context.request.RequestContextHolder.setRequestAttributes(
                new org.springframework.web.context.request.ServletRequestAttributes(request));
        try {
            for (int i = 0; i < LoginThrottle.PAIR_LOCKOUT_FAILURES; i++) {
                throttle.recordFailure("partner", "203.0.113.7");
            }
            assertThatThrownBy(() -> provider.authenticate(basic("partner", "Right-Secret-1")))
                    .isInstanceOf(BadCredentialsException.class);
        } finally {
            org.springframework.web.context.request.RequestContextHolder.resetRequestAttributes();
        }
        // Elsewhere (no request on this thread here): she is in.
        assertThat(provider.authenticate(basic("partner", "Right-Secret-1")).isAuthenticated()).isTrue();
    }

    @Test
    void anotherUserWithTheSamePasswordIsCheckedOnItsOwn() {
        EngineIdentityAuthenticationProvider provider = provider(Duration.ofSeconds(30));
        provider.authenticate(basic("partner", "Right-Secret-1"));

        assertThatThrownBy(() -> provider.authenticate(basic("intruder", "Right-Secret-1")))
                .isInstanceOf(BadCredentialsException.class);
        verify(identities).checkPassword("intruder", "Right-Secret-1");
    }

    @Test
    void zeroAsksTheStoreEveryTime() {
        EngineIdentityAuthenticationProvider provider = provider(Duration.ZERO);

        provider.authenticate(basic("partner", "Right-Secret-1"));
        provider.authenticate(basic("partner", "Right-Secret-1"));

        verify(identities, times(2)).checkPassword("partner", "Right-Secret-1");
        verify(identities, times(2)).createGroupQuery();
    }

    @Test
    void eachRequestGetsItsOwnToken() {
        EngineIdentityAuthenticationProvider provider = provider(Duration.ofSeconds(30));

        Authentication first = provider.authenticate(basic("partner", "Right-Secret-1"));
        Authentication second = provider.authenticate(basic("partner", "Right-Secret-1"));

        assertThat(second).isNotSameAs(first);
        assertThat(second.isAuthenticated()).isTrue();
        assertThat(second.getCredentials()).isNull();
    }

    private EngineIdentityAuthenticationProvider provider(Duration cacheFor) {
        return new EngineIdentityAuthenticationProvider(identities, throttle, cacheFor, clock);
    }

    private static Authentication basic(String user, String password) {
        return UsernamePasswordAuthenticationToken.unauthenticated(user, password);
    }

    private static List<String> roles(Authentication authentication) {
        return authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
    }

    private static final class MutableClock extends Clock {

        private Instant now = Instant.parse("2026-12-01T10:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
