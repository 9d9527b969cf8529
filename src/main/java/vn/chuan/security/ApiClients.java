package vn.chuan.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.chuan.audit.AuditEvent;
import vn.chuan.audit.AuditLog;
import vn.chuan.shared.Messages;
import vn.chuan.units.Unit;
import vn.chuan.units.UnitId;
import vn.chuan.units.Units;

/**
 * API tokens per client program. The token is shown once at creation and kept only as its SHA-256;
 * a token is 32 random bytes, so a fast hash is as safe as a slow one and lets every request be
 * checked cheaply. Authenticated clients are remembered for a short while; revoking forgets at once.
 */
@Service
public class ApiClients {

    static final String ACTOR_PREFIX = Messages.text("security.apiClients.actorPrefix");
    private static final String TOKEN_PREFIX = "chuan_";
    private static final Duration REMEMBER = Duration.ofSeconds(30);
    private static final Duration LAST_USED_PRECISION = Duration.ofMinutes(1);
    private static final String SELECT = """
            select c.id, c.name, c.token_hint, c.can_write, c.created_at, c.created_by, c.revoked_at, c.last_used_at,
                   s.id as scope_id, s.code as scope_code, s.name as scope_name, s.path as scope_path
            from api_client c left join unit s on s.id = c.scope_unit_id
            """;

    private final JdbcClient jdbc;
    private final Units units;
    private final AuditLog audit;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Remembered> remembered = new ConcurrentHashMap<>();

    ApiClients(JdbcClient jdbc, Units units, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.units = units;
        this.audit = audit;
        this.clock = clock;
    }

    /** A client just created, with its token in clear: the only time anyone sees it. */
    public record CreatedClient(ApiClient client, String token) {
    }

    /** A token found valid, remembered for a while and until the next commit (a revocation through another instance). */
    private record Remembered(ChuanUser user, Instant until, long commit) {
    }

    @Transactional
    public CreatedClient create(String name, String scopeUnitCode, boolean canWrite, String createdBy) {
        String cleanName = name == null ? "" : name.strip();
        if (!cleanName.matches("[\\p{L}0-9 ._-]{3,100}")) {
            throw new InvalidAccountException("name", Messages.text("security.apiClients.nameCharacters"));
        }
        if (jdbc.sql("select count(*) from api_client where lower(name) = lower(:name)").param("name", cleanName)
                .query(Long.class).single() > 0) {
            throw new InvalidAccountException("name", Messages.text("security.apiClients.exists", cleanName));
        }
        Unit scope = null;
        if (scopeUnitCode != null && !scopeUnitCode.isBlank()) {
            scope = units.findByCode(scopeUnitCode.strip(), LocalDate.now(clock)).orElseThrow(() ->
                    new InvalidAccountException("scopeUnitCode", Messages.text("security.apiClients.unitNotFound", scopeUnitCode.strip())));
        }
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String token = TOKEN_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        String hint = token.substring(0, TOKEN_PREFIX.length() + 4) + "…";
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into api_client (name, token_hash, token_hint, scope_unit_id, can_write, created_at, created_by)
                values (:name, :hash, :hint, :scope, :write, :at, :by)
                """)
                .param("name", cleanName).param("hash", hash(token)).param("hint", hint)
                .param("scope", scope == null ? null : scope.id().value()).param("write", canWrite)
                .param("at", Timestamp.valueOf(LocalDateTime.now(clock))).param("by", createdBy)
                .update(keys, "id");
        long id = keys.getKey().longValue();
        audit.record(AuditEvent.of("API_CLIENT", id, "API_CLIENT_CREATED")
                .summary(Messages.text("security.apiClients.created", cleanName,
                        scope == null ? Messages.text("security.apiClients.scopeEverything") : Messages.text("security.apiClients.scopeOf",
                                scope.name()),
                        Messages.text(canWrite ? "security.apiClients.readWrite" : "security.apiClients.readOnly")))
                .build());
        return new CreatedClient(find(id).orElseThrow(), token);
    }

    @Transactional
    public void revoke(long id) {
        ApiClient client = find(id).orElseThrow(() -> new InvalidAccountException("id", Messages.text("security.apiClients.notFound")));
        if (!client.active()) {
            return;
        }
        jdbc.sql("update api_client set revoked_at = :at where id = :id")
                .param("at", Timestamp.valueOf(LocalDateTime.now(clock))).param("id", id).update();
        remembered.clear();
        audit.record(AuditEvent.of("API_CLIENT", id, "API_CLIENT_REVOKED").summary(Messages.text("security.apiClients.revoked",
                client.name())).build());
    }

    public List<ApiClient> list() {
        return jdbc.sql(SELECT + " order by c.revoked_at nulls first, c.name").query((rs, n) -> client(rs)).list();
    }

    public Optional<ApiClient> find(long id) {
        return jdbc.sql(SELECT + " where c.id = :id").param("id", id).query((rs, n) -> client(rs)).optional();
    }

    /** The user a bearer token stands for; empty when the token is unknown or revoked. */
    public Optional<ChuanUser> authenticate(String token) {
        if (token == null || !token.startsWith(TOKEN_PREFIX) || token.length() > 100) {
            return Optional.empty();
        }
        String hash = hash(token);
        Instant now = clock.instant();
        Remembered known = remembered.get(hash);
        long commit = audit.lastCommit();
        if (known != null && known.until().isAfter(now) && known.commit() == commit) {
            return Optional.of(known.user());
        }
        Optional<Authenticated> found = jdbc.sql(SELECT + " where c.token_hash = :hash and c.revoked_at is null")
                .param("hash", hash)
                .query((rs, n) -> {
                    ApiClient client = client(rs);
                    String path = rs.getString("scope_path");
                    // A program acts with the narrowest role (ChuanUser.apiClient): never a province-wide setting.
                    UserScope scope = (path == null ? UserScope.everything(client.canWrite())
                            : new UserScope(new UnitId(rs.getLong("scope_id")), path, client.canWrite()))
                            .as(client.canWrite() ? Role.COMMUNE : Role.VIEWER);
                    return new Authenticated(client, scope);
                })
                .optional();
        if (found.isEmpty()) {
            remembered.remove(hash);
            return Optional.empty();
        }
        ApiClient client = found.get().client();
        if (client.lastUsedAt() == null
                || Duration.between(client.lastUsedAt(), LocalDateTime.now(clock)).compareTo(LAST_USED_PRECISION) > 0) {
            jdbc.sql("update api_client set last_used_at = :at where id = :id")
                    .param("at", Timestamp.valueOf(LocalDateTime.now(clock))).param("id", client.id()).update();
        }
        ChuanUser user = ChuanUser.apiClient(client, found.get().scope());
        remembered.put(hash, new Remembered(user, now.plus(REMEMBER), commit));
        return Optional.of(user);
    }

    private record Authenticated(ApiClient client, UserScope scope) {
    }

    private static ApiClient client(ResultSet rs) throws SQLException {
        Timestamp revoked = rs.getTimestamp("revoked_at");
        Timestamp used = rs.getTimestamp("last_used_at");
        return new ApiClient(rs.getLong("id"), rs.getString("name"), rs.getString("token_hint"), rs.getString("scope_code"),
                rs.getString("scope_name"), rs.getBoolean("can_write"), rs.getTimestamp("created_at").toLocalDateTime(),
                rs.getString("created_by"), revoked == null ? null : revoked.toLocalDateTime(),
                used == null ? null : used.toLocalDateTime());
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
