package vn.chuan.security;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
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
 * password, so the answers tell nothing about which names exist. Kept in the database
 * ({@code login_failure}, {@code login_address}): with several instances behind a load balancer, guesses spread
 * over them count together. Each statement commits on its own (a login is not inside a transaction).
 */
@Component
class LoginThrottle {

    static final int MAX_FAILURES = 5;
    static final int MAX_ADDRESS_FAILURES = 20;
    static final Duration WINDOW = Duration.ofMinutes(15);
    /** Addresses remembered per name: a few offices and homes, not every address a phone ever had. */
    private static final int KNOWN_ADDRESSES = 10;
    private static final String NAME = "NAME";
    private static final String ADDRESS = "ADDRESS";

    private final JdbcClient jdbc;
    private final Clock clock;

    LoginThrottle(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    private record Failures(int count, LocalDateTime first) {
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
        if (address != null && over(failures(ADDRESS, address(address)), MAX_ADDRESS_FAILURES)) {
            return false;
        }
        return !over(failures(NAME, name), MAX_FAILURES) || (address != null && jdbc.sql(
                "select count(*) from login_address where username = :name and address = :address")
                .param("name", name).param("address", address(address)).query(Integer.class).single() > 0);
    }

    void failed(String username, String address) {
        count(NAME, key(username));
        if (address != null) {
            count(ADDRESS, address(address));
        }
    }

    void succeeded(String username, String addressOrNull) {
        String name = key(username);
        reset(name);
        if (addressOrNull != null) {
            String address = address(addressOrNull);
            LocalDateTime now = now();
            if (jdbc.sql("update login_address set last_at = :now where username = :name and address = :address")
                    .param("now", now).param("name", name).param("address", address).update() == 0) {
                insertOrIgnore(jdbc.sql("insert into login_address (username, address, last_at) values (:name, :address, :now)")
                        .param("name", name).param("address", address).param("now", now));
                jdbc.sql("""
                        delete from login_address where username = :name and address not in (select address from login_address
                        where username = :name order by last_at desc, address fetch first %d rows only)
                        """.formatted(KNOWN_ADDRESSES)).param("name", name).update();
            }
        }
    }

    /** An administrator reset the password: the name starts afresh. */
    void reset(String username) {
        jdbc.sql("delete from login_failure where kind = :kind and subject = :subject").param("kind", NAME)
                .param("subject", key(username)).update();
    }

    private Optional<Failures> failures(String kind, String subject) {
        return jdbc.sql("select failures, first_at from login_failure where kind = :kind and subject = :subject")
                .param("kind", kind).param("subject", subject)
                .query((rs, n) -> new Failures(rs.getInt("failures"), rs.getObject("first_at", LocalDateTime.class))).optional();
    }

    /** One more failure of the subject; the count starts again once the window since the first has passed. */
    private void count(String kind, String subject) {
        LocalDateTime now = now();
        LocalDateTime windowStart = now.minus(WINDOW);
        int counted = jdbc.sql("""
                update login_failure set failures = case when first_at < :windowStart then 1 else failures + 1 end,
                                         first_at = case when first_at < :windowStart then :now else first_at end
                where kind = :kind and subject = :subject
                """).param("windowStart", windowStart).param("now", now).param("kind", kind).param("subject", subject).update();
        if (counted == 0) {
            // A subject's first failure in a while: the passed windows of others go at the same time.
            jdbc.sql("delete from login_failure where first_at < :windowStart").param("windowStart", windowStart).update();
            if (!insertOrIgnore(jdbc.sql("insert into login_failure (kind, subject, failures, first_at) values (:kind, :subject, 1, :now)")
                    .param("kind", kind).param("subject", subject).param("now", now))) {
                count(kind, subject);
            }
        }
    }

    /** Inserts the row; false when another instance inserted it first. */
    private static boolean insertOrIgnore(JdbcClient.StatementSpec insert) {
        try {
            insert.update();
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    private boolean over(Optional<Failures> failures, int max) {
        return failures.isPresent() && failures.get().count() >= max && failures.get().first().plus(WINDOW).isAfter(now());
    }

    private LocalDateTime now() {
        return LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    /** An address as kept: an IPv6 address with its zone fits; anything longer is cut (the column holds 64). */
    private static String address(String address) {
        return address.length() > 64 ? address.substring(0, 64) : address;
    }

    private static String key(String username) {
        String name = String.valueOf(username).strip().toLowerCase();
        return name.length() > 200 ? name.substring(0, 200) : name;
    }
}
