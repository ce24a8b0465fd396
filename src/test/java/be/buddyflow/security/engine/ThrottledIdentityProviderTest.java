package be.buddyflow.security.engine;

import be.buddyflow.security.LoginThrottle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import org.camunda.bpm.engine.impl.digest.PasswordManager;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** The password check's own paths; over HTTP, HardeningIT. */
class ThrottledIdentityProviderTest {

    private final PasswordManager passwords = mock(PasswordManager.class);
    private final LoginThrottle throttle = new LoginThrottle();

    @Test
    void anUnknownUserCostsAPasswordHashLikeAKnownOne() {
        when(passwords.encrypt(anyString())).thenReturn("{SHA-512}dummy");

        boolean answer = provider(null).checkPassword("nobody-here", "Some-Guess-1!");

        assertThat(answer).isFalse();
        // The dummy hash is made once, then the guess is checked against it as against a stored hash.
        verify(passwords).check(anyString(), org.mockito.ArgumentMatchers.eq("{SHA-512}dummy"));
    }

    @Test
    void aThrottledAddressIsRefusedWithoutLookingTheUserUp() {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr("203.0.113.7");
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        try {
            for (int i = 0; i < LoginThrottle.PAIR_LOCKOUT_FAILURES; i++) {
                throttle.recordFailure("sofie", "203.0.113.7");
            }
            Lookups provider = provider(null);

            assertThat(provider.checkPassword("sofie", "The-Right-One-1!")).isFalse();
            assertThat(provider.lookups).isZero();
            verify(passwords, never()).check(anyString(), anyString());
        } finally {
            RequestContextHolder.resetRequestAttributes();
        }
    }

    @Test
    void aWrongPasswordForAnUnknownUserCountsForTheThrottle() {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr("203.0.113.7");
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        try {
            when(passwords.encrypt(anyString())).thenReturn("{SHA-512}dummy");
            Lookups provider = provider(null);
            for (int i = 0; i < LoginThrottle.PAIR_FREE_FAILURES + 1; i++) {
                provider.checkPassword("nobody-here", "Some-Guess-1!");
            }
            assertThat(throttle.isBlocked("nobody-here", "203.0.113.7")).isTrue();
            verify(passwords, times(LoginThrottle.PAIR_FREE_FAILURES + 1)).check(anyString(), anyString());
        } finally {
            RequestContextHolder.resetRequestAttributes();
        }
    }

    private Lookups provider(UserEntity user) {
        return new Lookups(throttle, passwords, user);
    }

    private static final class Lookups extends ThrottledIdentityProvider {

        private final PasswordManager passwords;
        private final UserEntity user;
        int lookups;

        Lookups(LoginThrottle throttle, PasswordManager passwords, UserEntity user) {
            super(throttle);
            this.passwords = passwords;
            this.user = user;
        }

        @Override
        public UserEntity findUserById(String userId) {
            lookups++;
            return user;
        }

        @Override
        protected PasswordManager passwordManager() {
            return passwords;
        }
    }
}
