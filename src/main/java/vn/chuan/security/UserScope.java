package vn.chuan.security;

import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

import vn.chuan.units.Unit;
import vn.chuan.units.UnitId;

/**
 * The part of the unit tree a user sees: every unit whose path starts with {@code path}.
 * Queries take it as a parameter, so that scope is enforced where the data is read.
 */
public record UserScope(UnitId unitId, String path, boolean canWrite) implements Serializable {

    public UserScope {
        Objects.requireNonNull(path, "path");
    }

    /** The whole database (an administrator without a scope unit, or a batch command). */
    public static UserScope everything(boolean canWrite) {
        return new UserScope(null, "/", canWrite);
    }

    public static UserScope of(Unit unit, boolean canWrite) {
        return new UserScope(unit.id(), unit.path(), canWrite);
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
            throw refusal.apply("Tài khoản chỉ được xem, không được ghi");
        }
    }

    /**
     * The unit a write goes to: it must exist, the scope must allow writing and cover it; otherwise
     * {@code refusal} (the module's own exception) of the reason, in Vietnamese.
     */
    public Unit writableUnit(Optional<Unit> unit, Function<String, ? extends RuntimeException> refusal) {
        requireWrite(refusal);
        Unit found = unit.orElseThrow(() -> refusal.apply("Không có đơn vị này"));
        if (!covers(found)) {
            throw refusal.apply("Đơn vị " + found.name() + " nằm ngoài phạm vi được giao");
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
