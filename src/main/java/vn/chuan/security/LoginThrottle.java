package vn.chuan.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Slows password guessing without letting a stranger lock anyone out (ASVS 2.2.1):
 * <ul>
 * <li>a user name with {@value #MAX_FAILURES} wrong passwords within {@link #WINDOW} is refused for
 * the rest of the window, <em>except from an address that name has logged in from before</em>: the
 * officer at their usual computer still gets in with the right password (which lifts the lock),
 * while the attacker who caused it does not;</li>
 * <li>an address with {@value #MAX_ADDRESS_FAILURES} failures within the window, whatever the names,
 * is refused for the rest of it (one password tried across many names).</li>
 * </ul>
 * Names that do not exist are counted like the others, and every refusal is answered like a wrong
 * password, so the answers tell nothing about which names exist. Kept in memory: a restart forgets
 * it, which for a throttle is acceptable.
 */
@Component
class LoginThrottle {

    static final int MAX_FAILURES = 5;
    static final int MAX_ADDRESS_FAILURES = 20;
    static final Duration WINDOW = Duration.ofMinutes(15);
    /** Addresses remembered per name: a few offices and homes, not every address a phone ever had. */
    private static final int KNOWN_ADDRESSES = 10;

    private final Map<String, Failures> byName = new ConcurrentHashMap<>();
    private final Map<String, Failures> byAddress = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> knownAddresses = new ConcurrentHashMap<>();
    private final Clock clock;

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    private record Failures(int count, Instant first) {
    }

    @EventListener
    void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        failed(event.getAuthentication().getName(), address(event.getAuthentication().getDetails()));
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        // Only a password login names an address; an API key or a test's injected user does not count.
        if (event.getAuthentication().getDetails() instanceof WebAuthenticationDetails details) {
            succeeded(event.getAuthentication().getName(), details.getRemoteAddress());
        }
    }

    private static String address(Object details) {
        return details instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
    }

    /** Whether this attempt may be checked at all; a refused one is answered as a wrong password. */
    boolean allows(String username, String address) {
        String name = key(username);
        if (over(byAddress.get(address), MAX_ADDRESS_FAILURES)) {
            return false;
        }
        return !over(byName.get(name), MAX_FAILURES) || knownAddresses.getOrDefault(name, Set.of()).contains(address);
    }

    void failed(String username, String address) {
        Instant now = clock.instant();
        byName.compute(key(username), (k, old) -> add(old, now));
        if (address != null) {
            byAddress.compute(address, (k, old) -> add(old, now));
        }
    }

    void succeeded(String username, String address) {
        String name = key(username);
        byName.remove(name);
        if (address != null) {
            knownAddresses.compute(name, (k, old) -> {
                Set<String> known = old == null ? new LinkedHashSet<>() : new LinkedHashSet<>(old);
                known.remove(address);
                known.add(address);
                while (known.size() > KNOWN_ADDRESSES) {
                    known.remove(known.iterator().next());
                }
                return known;
            });
        }
    }

    /** An administrator reset the password: the name starts afresh. */
    void reset(String username) {
        byName.remove(key(username));
    }

    private Failures add(Failures old, Instant now) {
        return old == null || old.first.plus(WINDOW).isBefore(now) ? new Failures(1, now) : new Failures(old.count + 1, old.first);
    }

    private boolean over(Failures failures, int max) {
        return failures != null && failures.count >= max && failures.first.plus(WINDOW).isAfter(clock.instant());
    }

    private static String key(String username) {
        return String.valueOf(username).strip().toLowerCase();
    }
}
