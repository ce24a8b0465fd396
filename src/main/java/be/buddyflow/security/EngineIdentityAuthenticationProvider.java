package be.buddyflow.security;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * HTTP Basic on our own API against the engine's identity store: one set of users for Tasklist,
 * the engine REST API and {@code /api}. Each group becomes the authority {@code ROLE_<groupId>}.
 *
 * <p>A partner system sends its credentials with every request; asking the store each time costs
 * two engine commands (the password check and the group query, each its own transaction) on every
 * referral (docs/benchmarks.md, "Referral intake under load"). So a successful check is remembered
 * for {@code buddyflow.security.authentication-cache} (PT0S: never). Only successes are kept, one per
 * user, keyed by a keyed hash of the password, never the password itself: a wrong password always
 * goes to the store (and counts towards its lockout), and a changed password, a removed group
 * membership or a deleted user takes effect on {@code /api} after at most that long. A wrong password
 * for a user at any door drops her cached success at once, and a client address that the
 * {@link LoginThrottle} holds back is refused before the cache is consulted.
 */
@Component
class EngineIdentityAuthenticationProvider implements AuthenticationProvider {

    private final IdentityService identityService;
    private final Duration cacheFor;
    private final Clock clock;
    private final Map<String, Checked> checked = new ConcurrentHashMap<>();
    private final SecretKeySpec passwordKey;
    private final LoginThrottle throttle;

    @Autowired
    EngineIdentityAuthenticationProvider(IdentityService identityService, LoginThrottle throttle,
            @Value("${buddyflow.security.authentication-cache:PT30S}") Duration cacheFor) {
        this(identityService, throttle, cacheFor, Clock.systemUTC());
    }

    EngineIdentityAuthenticationProvider(IdentityService identityService, LoginThrottle throttle, Duration cacheFor,
            Clock clock) {
        if (cacheFor.isNegative()) {
            throw new IllegalArgumentException("buddyflow.security.authentication-cache must not be negative: " + cacheFor);
        }
        this.identityService = identityService;
        this.cacheFor = cacheFor;
        this.clock = clock;
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        this.passwordKey = new SecretKeySpec(key, "HmacSHA256");
        this.throttle = throttle;
        throttle.onFailure(checked::remove);
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String userId = authentication.getName();
        Object credentials = authentication.getCredentials();
        if (userId == null || userId.isBlank() || credentials == null) {
            throw new BadCredentialsException("Bad credentials");
        }
        String password = credentials.toString();
        boolean caching = !cacheFor.isZero();
        byte[] passwordHash = caching ? keyedHash(password) : null;
        Instant now = clock.instant();
        if (throttle.isBlocked(userId, LoginThrottle.currentClientAddress())) {
            // Held back: not even a cached success counts (it would let a guess through).
            throw new BadCredentialsException("Bad credentials");
        }
        if (caching) {
            Checked before = checked.get(userId);
            if (before != null && now.isBefore(before.until()) && MessageDigest.isEqual(before.passwordHash(), passwordHash)) {
                // A fresh token: Spring copies this request's details (remote address) into it.
                return UsernamePasswordAuthenticationToken.authenticated(userId, null, before.authorities());
            }
        }
        // The engine's check applies the throttle and records the outcome (ThrottledIdentityProvider).
        if (!identityService.checkPassword(userId, password)) {
            checked.remove(userId);
            throw new BadCredentialsException("Bad credentials");
        }
        List<SimpleGrantedAuthority> authorities = identityService.createGroupQuery().groupMember(userId).list()
                .stream()
                .map(Group::getId)
                .map(groupId -> new SimpleGrantedAuthority("ROLE_" + groupId))
                .toList();
        if (caching) {
            checked.put(userId, new Checked(passwordHash, authorities, now.plus(cacheFor)));
        }
        return UsernamePasswordAuthenticationToken.authenticated(userId, null, authorities);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private byte[] keyedHash(String password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(passwordKey);
            return mac.doFinal(password.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    private record Checked(byte[] passwordHash, List<SimpleGrantedAuthority> authorities, Instant until) {
    }
}
