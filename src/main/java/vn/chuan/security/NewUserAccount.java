package vn.chuan.security;

import java.util.Objects;

import vn.chuan.shared.VietnameseText;

/** A command to create a user; it checks itself. {@code scopeUnitCode} may be empty only for an administrator. */
public record NewUserAccount(String username, String displayName, String password, Role role, String scopeUnitCode) {

    public NewUserAccount {
        if (VietnameseText.isBlank(username) || !username.strip().matches("[A-Za-z0-9._-]{3,60}")) {
            throw new InvalidAccountException("username",
                    "Tên đăng nhập gồm 3 đến 60 ký tự: chữ không dấu, số, dấu chấm, gạch dưới hoặc gạch ngang");
        }
        if (VietnameseText.isBlank(displayName)) {
            throw new InvalidAccountException("displayName", "Họ và tên không được để trống");
        }
        Objects.requireNonNull(role, "role");
        if (role != Role.ADMIN && VietnameseText.isBlank(scopeUnitCode)) {
            throw new InvalidAccountException("scopeUnitCode", "Người dùng không phải quản trị phải có đơn vị phạm vi");
        }
        PasswordPolicy.check(password);
        username = username.strip();
        displayName = displayName.strip();
    }
}
