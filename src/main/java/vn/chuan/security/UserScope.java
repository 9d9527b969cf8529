package vn.chuan.security;

import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

import vn.chuan.shared.Messages;
import vn.chuan.units.Unit;
import vn.chuan.units.UnitId;

/**
 * The part of the unit tree a user sees: every unit whose path starts with {@code path}, and the
 * role they act in there. Queries take it as a parameter, so that scope is enforced where the data
 * is read; facades ask the role for province-wide settings ({@link ProvinceSetting}).
 */
public record UserScope(UnitId unitId, String path, boolean canWrite, Role role) implements Serializable {

    public UserScope {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(role, "role");
    }

    /**
     * A scope of a unit with the narrowest role that matches {@code canWrite} (a commune officer or a
     * viewer): it may change nothing province-wide.
     */
    public UserScope(UnitId unitId, String path, boolean canWrite) {
        this(unitId, path, canWrite, canWrite ? Role.COMMUNE : Role.VIEWER);
    }

    /** The whole database (an administrator without a scope unit, or a batch command). */
    public static UserScope everything(boolean canWrite) {
        return new UserScope(null, "/", canWrite, canWrite ? Role.ADMIN : Role.VIEWER);
    }

    /**
     * The whole database, read-only, for work no user asked for (re-assessment, kept figures, the
     * demo): what such work reads never leaves the server as a person's data.
     */
    public static UserScope system() {
        return everything(false);
    }

    public static UserScope of(Unit unit, boolean canWrite) {
        return new UserScope(unit.id(), unit.path(), canWrite);
    }

    /** This scope acting in {@code role} (the role of the account or key it belongs to). */
    public UserScope as(Role actingRole) {
        return new UserScope(unitId, path, canWrite, actingRole);
    }

    /** Refuses a change of a province-wide setting by a role the table does not allow. */
    public void requireSetting(ProvinceSetting setting, Function<String, ? extends RuntimeException> refusal) {
        requireWrite(refusal);
        if (!setting.allows(role)) {
            throw refusal.apply(setting.refusal());
        }
    }

    public boolean maySet(ProvinceSetting setting) {
        return canWrite && setting.allows(role);
    }

    public boolean covers(String unitPath) {
        return unitPath != null && unitPath.startsWith(path);
    }

    public boolean covers(Unit unit) {
        return covers(unit.path());
    }

    /** Refuses a write with a read-only scope, with {@code refusal} (the module's own exception) of the reason. */
    public void requireWrite(Function<String, ? extends RuntimeException> refusal) {
        if (!canWrite) {
            throw refusal.apply(Messages.text("security.readOnlyAccount"));
        }
    }

    /**
     * The unit a write goes to: it must exist, the scope must allow writing and cover it; otherwise
     * {@code refusal} (the module's own exception) of the reason, in Vietnamese.
     */
    public Unit writableUnit(Optional<Unit> unit, Function<String, ? extends RuntimeException> refusal) {
        requireWrite(refusal);
        Unit found = unit.orElseThrow(() -> refusal.apply(Messages.text("security.unitNotFound")));
        if (!covers(found)) {
            throw refusal.apply(Messages.text("security.unitOutOfScope", found.name()));
        }
        return found;
    }

    /** For SQL: {@code unit.path like :scopePrefix}. */
    public String likePrefix() {
        return path + "%";
    }

    public boolean isWholeDatabase() {
        return unitId == null;
    }
}
