package vn.chuan.security;

import java.util.Collection;
import java.util.List;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import vn.chuan.shared.Messages;

/** The logged-in user: role and scope travel with the session. */
public final class ChuanUser implements UserDetails {

    private final long id;
    private final String username;
    private final String displayName;
    private final String passwordHash;
    private final Role role;
    private final UserScope scope;
    private final String scopeName;
    private final boolean enabled;
    private final boolean locked;

    ChuanUser(long id, String username, String displayName, String passwordHash, Role role, UserScope scope,
            String scopeName, boolean enabled, boolean locked) {
        this.id = id;
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.role = role;
        this.scope = scope;
        this.scopeName = scopeName;
        this.enabled = enabled;
        this.locked = locked;
    }

    /**
     * A program authenticated by an API token: it acts under the client's name (so the audit log
     * names it), with the narrowest writing role, or read-only.
     */
    static ChuanUser apiClient(ApiClient client, UserScope scope) {
        return new ChuanUser(-client.id(), client.actor(), client.name(), "", client.canWrite() ? Role.COMMUNE : Role.VIEWER,
                scope, client.scopeUnitName() == null ? Messages.text("security.scope.everything") : client.scopeUnitName(), true, false);
    }

    public long id() {
        return id;
    }

    public String displayName() {
        return displayName;
    }

    public Role role() {
        return role;
    }

    public UserScope scope() {
        return scope;
    }

    public String scopeName() {
        return scopeName;
    }

    public boolean canWrite() {
        return role.canWrite();
    }

    /** For pages: whether this user may change a province-wide setting (by the name of {@link ProvinceSetting}). */
    public boolean maySet(String setting) {
        return scope.maySet(ProvinceSetting.valueOf(setting));
    }

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(role.authority()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }
}
