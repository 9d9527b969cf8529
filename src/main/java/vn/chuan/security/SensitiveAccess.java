package vn.chuan.security;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.chuan.audit.AuditEvent;
import vn.chuan.audit.AuditLog;
import vn.chuan.shared.Messages;
import vn.chuan.shared.Refusal;

/**
 * Which roles see a person's sensitive data — religion, health, family (NĐ 13/2023 Art. 2 cl. 4) —
 * as a table an administrator changes. Every module that shows a person asks it; administrators
 * always keep the right.
 */
@Service
public class SensitiveAccess {

    private final JdbcClient jdbc;
    private final AuditLog audit;

    SensitiveAccess(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    public boolean allows(Role role) {
        return role != null && roles().contains(role);
    }

    public boolean allows(UserScope scope) {
        return allows(scope.role());
    }

    public Set<Role> roles() {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        jdbc.sql("select role from sensitive_access").query(String.class).list().stream()
                .filter(r -> Arrays.stream(Role.values()).anyMatch(v -> v.name().equals(r))).map(Role::valueOf).forEach(roles::add);
        return roles;
    }

    /** Sets the roles that see sensitive data: an administrator's decision, audited. */
    @Transactional
    public void setRoles(UserScope scope, Set<Role> allowed) {
        if (scope.role() != Role.ADMIN || !scope.canWrite()) {
            throw new Refusal(Messages.text("dossier.sensitive.adminOnly"));
        }
        Set<Role> before = roles();
        Set<Role> after = EnumSet.of(Role.ADMIN);
        after.addAll(allowed);
        jdbc.sql("delete from sensitive_access").update();
        after.forEach(r -> jdbc.sql("insert into sensitive_access (role) values (:r)").param("r", r.name()).update());
        audit.record(AuditEvent.of("SENSITIVE_ACCESS", null, "UPDATE").summary(Messages.text("dossier.sensitive.rolesChanged"))
                .change(Messages.text("dossier.sensitive.roles"), labels(before), labels(after)).build());
    }

    private static String labels(Set<Role> roles) {
        return String.join(", ", roles.stream().map(Role::label).toList());
    }
}
