package be.buddyflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private Instant now = Instant.parse("2026-12-01T10:00:00Z");
    private final LoginThrottle throttle = new LoginThrottle(Clock.fixed(now, ZoneOffset.UTC));

    private void advance(Duration duration) {
        now = now.plus(duration);
        throttle.setClock(Clock.fixed(now, ZoneOffset.UTC));
    }

    @Test
    void theFirstWrongPasswordsAreFreeThenDelaysGrowUpToAMinute() {
        for (int i = 0; i < LoginThrottle.PAIR_FREE_FAILURES; i++) {
            throttle.recordFailure("sofie", "203.0.113.7");
            assertThat(throttle.isBlocked("sofie", "203.0.113.7")).as("failure " + (i + 1)).isFalse();
        }
        throttle.recordFailure("sofie", "203.0.113.7");
        assertThat(throttle.isBlocked("sofie", "203.0.113.7")).isTrue();
        advance(Duration.ofSeconds(1));
        assertThat(throttle.isBlocked("sofie", "203.0.113.7")).isFalse();

        assertThat(LoginThrottle.delay(1)).hasSeconds(1);
        assertThat(LoginThrottle.delay(2)).hasSeconds(2);
        assertThat(LoginThrottle.delay(6)).hasSeconds(32);
        assertThat(LoginThrottle.delay(7)).hasSeconds(60);
        assertThat(LoginThrottle.delay(40)).hasSeconds(60);
    }

    @Test
    void theLockoutHoldsOneAddressBackFromOneUserAndEndsOnItsOwn() {
        lockOut("sofie", "203.0.113.7");

        assertThat(throttle.isBlocked("sofie", "203.0.113.7")).isTrue();
        assertThat(throttle.isBlocked("sofie", "198.51.100.20")).as("sofie from her office").isFalse();
        assertThat(throttle.isBlocked("samir", "203.0.113.7")).as("another user from the attacker").isFalse();

        advance(LoginThrottle.LOCKOUT.minusSeconds(1));
        assertThat(throttle.isBlocked("sofie", "203.0.113.7")).isTrue();
        advance(Duration.ofSeconds(1));
        assertThat(throttle.isBlocked("sofie", "203.0.113.7")).isFalse();
    }

    @Test
    void aRightPasswordResetsTheUserAndAddressCounter() {
        for (int i = 0; i < LoginThrottle.PAIR_FREE_FAILURES; i++) {
            throttle.recordFailure("sofie", "203.0.113.7");
        }
        throttle.recordSuccess("sofie", "203.0.113.7");
        throttle.recordFailure("sofie", "203.0.113.7");

        assertThat(throttle.isBlocked("sofie", "203.0.113.7")).isFalse();
    }

    @Test
    void sprayingManyUsersFromOneAddressIsThrottledPerAddress() {
        for (int i = 0; i < LoginThrottle.ADDRESS_FREE_FAILURES; i++) {
            throttle.recordFailure("user-" + i, "203.0.113.7");
        }
        assertThat(throttle.isBlocked("someone-else", "203.0.113.7")).isFalse();
        throttle.recordFailure("user-x", "203.0.113.7");
        assertThat(throttle.isBlocked("someone-else", "203.0.113.7")).isTrue();
        assertThat(throttle.isBlocked("someone-else", "198.51.100.20")).isFalse();

        for (int i = LoginThrottle.ADDRESS_FREE_FAILURES + 1; i < LoginThrottle.ADDRESS_LOCKOUT_FAILURES; i++) {
            throttle.recordFailure("user-" + i, "203.0.113.7");
        }
        advance(LoginThrottle.MAX_DELAY);
        assertThat(throttle.isBlocked("someone-else", "203.0.113.7")).as("locked out, not just delayed").isTrue();
        advance(LoginThrottle.LOCKOUT);
        assertThat(throttle.isBlocked("someone-else", "203.0.113.7")).isFalse();
    }

    @Test
    void callsWithoutAClientAddressAreNeverThrottled() {
        for (int i = 0; i < 50; i++) {
            throttle.recordFailure("sofie", null);
        }
        assertThat(throttle.isBlocked("sofie", null)).isFalse();
    }

    @Test
    void failuresAreForgottenAfterAQuietQuarterOfAnHour() {
        for (int i = 0; i < LoginThrottle.PAIR_LOCKOUT_FAILURES - 1; i++) {
            throttle.recordFailure("sofie", "203.0.113.7");
        }
        advance(LoginThrottle.MAX_DELAY.plus(LoginThrottle.LOCKOUT));
        throttle.recordFailure("sofie", "203.0.113.7");

        assertThat(throttle.isBlocked("sofie", "203.0.113.7")).isFalse();
    }

    @Test
    void theLockoutComesAfterTheCountEvenWhenTheAttackerWaitsOutEveryDelay() {
        for (int i = 0; i < LoginThrottle.PAIR_LOCKOUT_FAILURES; i++) {
            assertThat(throttle.isBlocked("sofie", "203.0.113.7")).as("failure " + i).isFalse();
            throttle.recordFailure("sofie", "203.0.113.7");
            advance(LoginThrottle.MAX_DELAY);
        }
        assertThat(throttle.isBlocked("sofie", "203.0.113.7")).isTrue();
    }

    private void lockOut(String user, String address) {
        for (int i = 0; i < LoginThrottle.PAIR_LOCKOUT_FAILURES; i++) {
            throttle.recordFailure(user, address);
        }
    }
}
