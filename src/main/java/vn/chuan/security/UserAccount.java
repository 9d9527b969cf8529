package vn.chuan.security;

import java.time.LocalDateTime;

/** A user as the administration page shows it. */
public record UserAccount(long id, String username, String displayName, Role role, Long scopeUnitId,
        String scopeUnitName, String scopeUnitCode, boolean enabled, int version, LocalDateTime createdAt) {
}
