package vn.chuan.security;

import java.util.Objects;

import vn.chuan.shared.Messages;
import vn.chuan.shared.VietnameseText;

/** A command to create a user; it checks itself. {@code scopeUnitCode} may be empty only for an administrator. */
public record NewUserAccount(String username, String displayName, String password, Role role, String scopeUnitCode) {

    public NewUserAccount {
        if (VietnameseText.isBlank(username) || !username.strip().matches("[A-Za-z0-9._-]{3,60}")) {
            throw new InvalidAccountException("username",
                    Messages.text("security.users.usernameCharacters"));
        }
        if (VietnameseText.isBlank(displayName)) {
            throw new InvalidAccountException("displayName", Messages.text("security.users.nameRequired"));
        }
        Objects.requireNonNull(role, "role");
        if (role != Role.ADMIN && VietnameseText.isBlank(scopeUnitCode)) {
            throw new InvalidAccountException("scopeUnitCode", Messages.text("security.users.unitRequired"));
        }
        PasswordPolicy.check(password);
        username = username.strip();
        displayName = displayName.strip();
    }
}
