package vn.chuan.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Blocks a user name for a while after repeated wrong passwords, so that guessing is slow.
 * Kept in memory: a restart forgets it, which is acceptable for a throttle.
 */
@Component
class LoginThrottle {

    static final int MAX_FAILURES = 5;
    static final Duration BLOCK = Duration.ofMinutes(15);

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    private final Clock clock;

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    private record Failures(int count, Instant last) {
    }

    @EventListener
    void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        String name = String.valueOf(event.getAuthentication().getName()).toLowerCase();
        Instant now = clock.instant();
        failures.compute(name, (key, old) -> old == null || old.last.plus(BLOCK).isBefore(now)
                ? new Failures(1, now) : new Failures(old.count + 1, now));
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        reset(event.getAuthentication().getName());
    }

    boolean isBlocked(String username) {
        Failures f = failures.get(username.toLowerCase());
        return f != null && f.count >= MAX_FAILURES && f.last.plus(BLOCK).isAfter(clock.instant());
    }

    void reset(String username) {
        failures.remove(username.toLowerCase());
    }
}
