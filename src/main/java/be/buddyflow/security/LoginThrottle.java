package be.buddyflow.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import be.buddyflow.logging.LogSafe;
import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Password guessing is slowed down per client address, never per user alone, so that nobody can lock
 * someone else out (docs/operations.md, "Login throttling"). Two counters of wrong passwords, kept in
 * memory on each node:
 * <ul>
 * <li>per user and client address: {@link #PAIR_FREE_FAILURES} wrong passwords are free, then each
 * further one makes that address wait 1 s, 2 s, 4 s ... at most 60 s before it may try that user
 * again; after {@link #PAIR_LOCKOUT_FAILURES} the address is locked out of that user for
 * {@link #LOCKOUT}, which ends on its own. A right password resets the counter.</li>
 * <li>per client address, all users together (spraying one password over many ids):
 * {@link #ADDRESS_FREE_FAILURES} are free, then the same growing delays; after
 * {@link #ADDRESS_LOCKOUT_FAILURES} the address is locked out for {@link #LOCKOUT}. Right passwords do
 * not reset it (an attacker would interleave his own account), it is forgotten {@link #LOCKOUT} after
 * the last wrong password.</li>
 * </ul>
 * While an address has to wait, every attempt from it is refused without looking at the password
 * (the answer is the same as for a wrong password), so a guess made then is wasted. The same user
 * from another address is not affected. Every door (webapp login, Basic on /engine-rest and /api)
 * reaches it through {@link ThrottledIdentityProvider#checkPassword}, the engine's single password check.
 */
public class LoginThrottle {

    private static final Logger LOG = LoggerFactory.getLogger(LoginThrottle.class);

    public static final int PAIR_FREE_FAILURES = 3;
    public static final int PAIR_LOCKOUT_FAILURES = 10;
    static final int ADDRESS_FREE_FAILURES = 20;
    static final int ADDRESS_LOCKOUT_FAILURES = 100;
    static final Duration FIRST_DELAY = Duration.ofSeconds(1);
    static final Duration MAX_DELAY = Duration.ofSeconds(60);
    static final Duration LOCKOUT = Duration.ofMinutes(15);
    /** Beyond this many remembered entries, forgotten ones are purged; beyond twice, the oldest go. */
    static final int MAX_ENTRIES = 100_000;

    private final Map<String, Failures> pairs = new ConcurrentHashMap<>();
    private final Map<String, Failures> addresses = new ConcurrentHashMap<>();
    private final List<Consumer<String>> failureListeners = new CopyOnWriteArrayList<>();
    private volatile Clock clock;

    public LoginThrottle() {
        this(Clock.systemUTC());
    }

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** For tests: the throttle's notion of now. */
    void setClock(Clock clock) {
        this.clock = clock;
    }

    /** For tests: forget everything. */
    void reset() {
        pairs.clear();
        addresses.clear();
    }

    /** Told the user id of every wrong password, whatever the door (to drop cached successes). */
    void onFailure(Consumer<String> listener) {
        failureListeners.add(listener);
    }

    /**
     * Whether this address must wait before it may try this user's password again. Calls without a
     * client address (no HTTP request on this thread: start-up, jobs) are never throttled.
     */
    public boolean isBlocked(String userId, String address) {
        if (address == null) {
            return false;
        }
        Instant now = clock.instant();
        return blocked(pairs.get(pairKey(userId, address)), now) || blocked(addresses.get(address), now);
    }

    public void recordFailure(String userId, String address) {
        failureListeners.forEach(listener -> listener.accept(userId));
        if (address == null) {
            return;
        }
        Instant now = clock.instant();
        purgeIfFull(now);
        Failures pair = pairs.compute(pairKey(userId, address),
                (key, before) -> next(before, now, PAIR_FREE_FAILURES, PAIR_LOCKOUT_FAILURES));
        Failures all = addresses.compute(address,
                (key, before) -> next(before, now, ADDRESS_FREE_FAILURES, ADDRESS_LOCKOUT_FAILURES));
        if (pair.count() == 0) {
            // The user id may be anything a stranger typed.
            LOG.warn("Login lockout: address {} may not try user {} until {}", address, LogSafe.of(userId),
                    pair.blockedUntil());
        }
        if (all.count() == 0) {
            LOG.warn("Login lockout: address {} may not try any user until {}", address, all.blockedUntil());
        }
        LOG.debug("Wrong password from {}: {} for this user, {} in all", address, pair.count(), all.count());
    }

    public void recordSuccess(String userId, String address) {
        if (address != null) {
            pairs.remove(pairKey(userId, address));
        }
    }

    private static final ThreadLocal<String> CLIENT_ADDRESS = new ThreadLocal<>();

    /**
     * The address of the client on this thread's HTTP request, as Tomcat saw it (after its
     * RemoteIpValve, behind a proxy): set by {@link #clientAddressFilter()} for every request.
     */
    public static String currentClientAddress() {
        String address = CLIENT_ADDRESS.get();
        if (address != null) {
            return address;
        }
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        if (attributes instanceof ServletRequestAttributes servlet) {
            HttpServletRequest request = servlet.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }

    /** Binds the client address to the request's thread, before any door checks a password. */
    static Filter clientAddressFilter() {
        return (request, response, chain) -> {
            String before = CLIENT_ADDRESS.get();
            CLIENT_ADDRESS.set(request.getRemoteAddr());
            try {
                chain.doFilter(request, response);
            } finally {
                if (before == null) {
                    CLIENT_ADDRESS.remove();
                } else {
                    CLIENT_ADDRESS.set(before);
                }
            }
        };
    }

    private static String pairKey(String userId, String address) {
        // Lower-cased, so that "Sofie" and "sofie" share one counter and cannot double the allowance.
        return String.valueOf(userId).toLowerCase(Locale.ROOT) + "\u0000" + address;
    }

    private static boolean blocked(Failures failures, Instant now) {
        return failures != null && now.isBefore(failures.blockedUntil());
    }

    private static Failures next(Failures before, Instant now, int free, int lockoutAt) {
        int count = before == null || !now.isBefore(before.forgetAt()) ? 1 : before.count() + 1;
        Instant blockedUntil;
        if (count >= lockoutAt) {
            blockedUntil = now.plus(LOCKOUT);
        } else if (count > free) {
            blockedUntil = now.plus(delay(count - free));
        } else {
            blockedUntil = now;
        }
        if (before != null && before.blockedUntil().isAfter(blockedUntil)) {
            // A failure recorded while held back never shortens the wait.
            blockedUntil = before.blockedUntil();
        }
        // After a lockout the count starts again from zero; before, it is kept for LOCKOUT.
        if (count >= lockoutAt) {
            return new Failures(0, blockedUntil, blockedUntil.plus(LOCKOUT));
        }
        return new Failures(count, blockedUntil, blockedUntil.plus(LOCKOUT));
    }

    /** 1 s after the first failure beyond the free ones, then doubling, at most MAX_DELAY. */
    static Duration delay(int beyondFree) {
        long seconds = FIRST_DELAY.toSeconds() << Math.min(beyondFree - 1, 30);
        return Duration.ofSeconds(Math.min(seconds, MAX_DELAY.toSeconds()));
    }

    private void purgeIfFull(Instant now) {
        for (Map<String, Failures> map : List.of(pairs, addresses)) {
            if (map.size() > MAX_ENTRIES) {
                map.values().removeIf(failures -> !now.isBefore(failures.forgetAt()));
            }
            if (map.size() > 2 * MAX_ENTRIES) {
                // Flooded with distinct keys: keep memory bounded; the oldest entries go first.
                map.entrySet().stream()
                        .sorted(Map.Entry.comparingByValue((a, b) -> a.forgetAt().compareTo(b.forgetAt())))
                        .limit(map.size() - MAX_ENTRIES)
                        .map(Map.Entry::getKey)
                        .toList()
                        .forEach(map::remove);
            }
        }
    }

    private record Failures(int count, Instant blockedUntil, Instant forgetAt) {
    }
}
