package vn.chuan.security;

import vn.chuan.shared.Messages;

/** Where and how often a user wants the digest of what falls due in their scope; no address means in the application only. */
public record ReminderContact(String username, String email, Frequency frequency) {

    public enum Frequency {
        HANG_NGAY, HANG_TUAN, KHONG;

        public String label() {
            return Messages.text(switch (this) {
                case HANG_NGAY -> "security.reminders.daily";
                case HANG_TUAN -> "security.reminders.weekly";
                case KHONG -> "security.reminders.never";
            });
        }
    }
}
