package vn.chuan.security;

import vn.chuan.shared.Messages;

final class PasswordPolicy {

    static final int MIN_LENGTH = 8;

    private PasswordPolicy() {
    }

    static void check(String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            throw new InvalidAccountException("password", Messages.text("security.users.passwordLength", MIN_LENGTH));
        }
        if (password.chars().allMatch(Character::isDigit) || password.chars().allMatch(Character::isLetter)) {
            throw new InvalidAccountException("password", Messages.text("security.users.passwordMix"));
        }
    }
}
