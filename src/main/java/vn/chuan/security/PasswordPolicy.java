package vn.chuan.security;

final class PasswordPolicy {

    static final int MIN_LENGTH = 8;

    private PasswordPolicy() {
    }

    static void check(String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            throw new InvalidAccountException("password", "Mật khẩu phải có ít nhất " + MIN_LENGTH + " ký tự");
        }
        if (password.chars().allMatch(Character::isDigit) || password.chars().allMatch(Character::isLetter)) {
            throw new InvalidAccountException("password", "Mật khẩu phải có cả chữ và số hoặc ký tự đặc biệt");
        }
    }
}
