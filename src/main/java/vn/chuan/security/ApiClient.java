package vn.chuan.security;

import java.time.LocalDateTime;

/** A program allowed to use the REST API: its scope unit (null: everything), read or read-write. */
public record ApiClient(long id, String name, String tokenHint, String scopeUnitCode, String scopeUnitName, boolean canWrite,
        LocalDateTime createdAt, String createdBy, LocalDateTime revokedAt, LocalDateTime lastUsedAt) {

    public boolean active() {
        return revokedAt == null;
    }

    /** The name the audit log shows for what this client writes. */
    public String actor() {
        return ApiClients.ACTOR_PREFIX + name;
    }
}
