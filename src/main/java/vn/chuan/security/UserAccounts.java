package vn.chuan.security;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.chuan.audit.AuditEvent;
import vn.chuan.audit.AuditLog;
import vn.chuan.shared.Messages;
import vn.chuan.shared.PaperHeading;
import vn.chuan.units.Unit;
import vn.chuan.units.UnitId;
import vn.chuan.units.Units;

/** The security module's facade: user accounts, their role and scope unit. */
@Service
public class UserAccounts implements UserDetailsService {

    /** Enough of an address to send to: something@domain.tld, no spaces. */
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private static final String SELECT = """
            select u.id, u.username, u.display_name, u.password_hash, u.role, u.scope_unit_id, u.enabled, u.version,
                   u.created_at, s.name as scope_name, s.code as scope_code, s.path as scope_path
            from app_user u left join unit s on s.id = u.scope_unit_id
            """;

    private final JdbcClient jdbc;
    private final PasswordEncoder passwordEncoder;
    private final Units units;
    private final AuditLog audit;
    private final LoginThrottle throttle;
    private final Clock clock;

    UserAccounts(JdbcClient jdbc, PasswordEncoder passwordEncoder, Units units, AuditLog audit, LoginThrottle throttle,
            Clock clock) {
        this.jdbc = jdbc;
        this.passwordEncoder = passwordEncoder;
        this.units = units;
        this.audit = audit;
        this.throttle = throttle;
        this.clock = clock;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return jdbc.sql(SELECT + " where u.username = :username")
                .param("username", username)
                .query((rs, row) -> {
                    Role role = Role.valueOf(rs.getString("role"));
                    String path = rs.getString("scope_path");
                    long scopeId = rs.getLong("scope_unit_id");
                    UserScope scope = path == null
                            ? UserScope.everything(role.canWrite()).as(role)
                            : new UserScope(new UnitId(scopeId), path, role.canWrite(), role);
                    String scopeName = rs.getString("scope_name");
                    return (UserDetails) new ChuanUser(rs.getLong("id"), rs.getString("username"),
                            rs.getString("display_name"), rs.getString("password_hash"), role, scope,
                            scopeName == null ? Messages.text("security.scope.everything") : scopeName,
                            rs.getBoolean("enabled"), false);
                })
                .optional()
                .orElseThrow(() -> new UsernameNotFoundException(username));
    }

    @Transactional
    public UserAccount create(NewUserAccount account) {
        if (findByUsername(account.username()).isPresent()) {
            throw new InvalidAccountException("username", Messages.text("security.users.exists", account.username()));
        }
        Long scopeId = resolveScope(account.role(), account.scopeUnitCode());
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into app_user (username, display_name, password_hash, role, scope_unit_id, enabled, created_at)
                values (:username, :name, :hash, :role, :scope, true, :at)
                """)
                .param("username", account.username())
                .param("name", account.displayName())
                .param("hash", passwordEncoder.encode(account.password()))
                .param("role", account.role().name())
                .param("scope", scopeId)
                .param("at", Timestamp.valueOf(LocalDateTime.now(clock)))
                .update(keys, "id");
        long id = keys.getKey().longValue();
        audit.record(AuditEvent.of("USER", id, "USER_CREATED")
                .summary(Messages.text("security.users.created", account.username()))
                .change(Messages.text("security.field.role"), null, account.role().label())
                .change(Messages.text("security.field.scopeUnit"), null, account.scopeUnitCode())
                .build());
        return get(id);
    }

    @Transactional
    public void changeRoleAndScope(long id, Role role, String scopeUnitCode, boolean enabled) {
        UserAccount before = get(id);
        Long scopeId = resolveScope(role, scopeUnitCode);
        jdbc.sql("update app_user set role = :role, scope_unit_id = :scope, enabled = :enabled, version = version + 1 where id = :id")
                .param("role", role.name()).param("scope", scopeId).param("enabled", enabled).param("id", id).update();
        AuditEvent.Builder event = AuditEvent.of("USER", id, "USER_CHANGED").summary(Messages.text("security.users.changed", before.username()))
                .change(Messages.text("security.field.role"), before.role().label(), role.label())
                .change(Messages.text("security.field.scopeUnit"), before.scopeUnitCode(), scopeUnitCode)
                .change(Messages.text("security.field.enabled"),
                        before.enabled() ? Messages.text("security.yes") : Messages.text("security.no"),
                        enabled ? Messages.text("security.yes") : Messages.text("security.no"));
        if (event.hasChanges()) {
            audit.record(event.build());
        }
    }

    @Transactional
    public void resetPassword(long id, String newPassword) {
        PasswordPolicy.check(newPassword);
        UserAccount account = get(id);
        jdbc.sql("update app_user set password_hash = :hash, version = version + 1 where id = :id")
                .param("hash", passwordEncoder.encode(newPassword)).param("id", id).update();
        throttle.reset(account.username());
        audit.record(AuditEvent.of("USER", id, "PASSWORD_RESET").summary(Messages.text("security.users.passwordReset", account.username())).build());
    }

    public List<UserAccount> list() {
        return jdbc.sql(SELECT + " order by u.username").query(UserAccounts::map).list();
    }

    public UserAccount get(long id) {
        return jdbc.sql(SELECT + " where u.id = :id").param("id", id).query(UserAccounts::map).optional()
                .orElseThrow(() -> new InvalidAccountException("id", Messages.text("security.users.notFound")));
    }

    public Optional<UserAccount> findByUsername(String username) {
        return jdbc.sql(SELECT + " where u.username = :username").param("username", username)
                .query(UserAccounts::map).optional();
    }

    private static final String CONTACT = "select username, email, reminder_frequency from app_user";

    /** The reminder settings of the enabled users who may act (not the read-only viewers), by user name. */
    public List<ReminderContact> reminderContacts() {
        return jdbc.sql(CONTACT + " where enabled and role <> 'VIEWER' order by username").query(UserAccounts::contact).list();
    }

    public Optional<ReminderContact> reminderContact(String username) {
        return jdbc.sql(CONTACT + " where username = :u").param("u", username).query(UserAccounts::contact).optional();
    }

    private static ReminderContact contact(ResultSet rs, int row) throws SQLException {
        return new ReminderContact(rs.getString("username"), rs.getString("email"),
                ReminderContact.Frequency.valueOf(rs.getString("reminder_frequency")));
    }

    /** A user sets their own address (blank: none) and how often they want the digest. */
    @Transactional
    public void setReminderContact(String username, String email, ReminderContact.Frequency frequency) {
        ReminderContact before = reminderContact(username)
                .orElseThrow(() -> new InvalidAccountException("username", Messages.text("security.users.notFound")));
        String address = email == null || email.isBlank() ? null : email.strip();
        if (address != null && (address.length() > 200 || !EMAIL.matcher(address).matches())) {
            throw new InvalidAccountException("email", Messages.text("security.reminders.badEmail", address));
        }
        jdbc.sql("update app_user set email = :email, reminder_frequency = :f where username = :u")
                .param("email", address).param("f", frequency.name()).param("u", username).update();
        long id = findByUsername(username).orElseThrow().id();
        AuditEvent.Builder event = AuditEvent.of("USER", id, "REMINDERS_CHANGED")
                .summary(Messages.text("security.reminders.changed", username))
                .change(Messages.text("security.field.email"), before.email(), address)
                .change(Messages.text("security.field.reminders"), before.frequency().label(), frequency.label());
        if (event.hasChanges()) {
            audit.record(event.build());
        }
    }

    /** How the user's papers are headed; {@link PaperSettings#NONE} when they set nothing (or there is no such user). */
    public PaperSettings paperSettings(String username) {
        return jdbc.sql("select paper_superior, paper_agency, paper_place from app_user where username = :u").param("u", username)
                .query((rs, row) -> new PaperSettings(rs.getString(1), rs.getString(2), rs.getString(3))).optional()
                .orElse(PaperSettings.NONE);
    }

    /** The heading of a paper about {@code unitName} the user prints today: their own agency if they set one, else the unit's. */
    public PaperHeading paperHeading(String username, String unitName) {
        return paperSettings(username).heading(unitName, LocalDate.now(clock));
    }

    /** A user sets the heading of their papers (blank fields: the unit's People's Committee); audited. */
    @Transactional
    public void setPaperSettings(String username, String superior, String agency, String place) {
        long id = findByUsername(username)
                .orElseThrow(() -> new InvalidAccountException("username", Messages.text("security.users.notFound"))).id();
        PaperSettings before = paperSettings(username);
        PaperSettings after = new PaperSettings(blankless(superior, PaperSettings.AGENCY_LENGTH, "paperSuperior"),
                blankless(agency, PaperSettings.AGENCY_LENGTH, "paperAgency"), blankless(place, PaperSettings.PLACE_LENGTH, "paperPlace"));
        if (after.superior() != null && after.agency() == null) {
            throw new InvalidAccountException("paperAgency", Messages.text("security.paper.agencyRequired"));
        }
        jdbc.sql("update app_user set paper_superior = :s, paper_agency = :a, paper_place = :p where username = :u")
                .param("s", after.superior()).param("a", after.agency()).param("p", after.place()).param("u", username).update();
        AuditEvent.Builder event = AuditEvent.of("USER", id, "PAPER_HEADING_CHANGED")
                .summary(Messages.text("security.paper.changed", username))
                .change(Messages.text("security.field.paperSuperior"), before.superior(), after.superior())
                .change(Messages.text("security.field.paperAgency"), before.agency(), after.agency())
                .change(Messages.text("security.field.paperPlace"), before.place(), after.place());
        if (event.hasChanges()) {
            audit.record(event.build());
        }
    }

    private static String blankless(String text, int length, String field) {
        String value = text == null || text.isBlank() ? null : text.strip().replaceAll("\\s+", " ");
        if (value != null && value.length() > length) {
            throw new InvalidAccountException(field, Messages.text("security.paper.tooLong", length));
        }
        return value;
    }

    public boolean noneExist() {
        return jdbc.sql("select count(*) from app_user").query(Long.class).single() == 0;
    }

    private Long resolveScope(Role role, String scopeUnitCode) {
        if (scopeUnitCode == null || scopeUnitCode.isBlank()) {
            if (role != Role.ADMIN) {
                throw new InvalidAccountException("scopeUnitCode", Messages.text("security.users.unitRequired"));
            }
            return null;
        }
        Unit unit = units.findByCode(scopeUnitCode.strip(), LocalDate.now(clock))
                .orElseThrow(() -> new InvalidAccountException("scopeUnitCode",
                        Messages.text("security.users.unitNotFound", scopeUnitCode.strip())));
        return unit.id().value();
    }

    private static UserAccount map(ResultSet rs, int row) throws SQLException {
        long scope = rs.getLong("scope_unit_id");
        boolean noScope = rs.wasNull();
        return new UserAccount(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
                Role.valueOf(rs.getString("role")), noScope ? null : scope, rs.getString("scope_name"),
                rs.getString("scope_code"), rs.getBoolean("enabled"), rs.getInt("version"),
                rs.getTimestamp("created_at").toLocalDateTime());
    }
}
