package vn.chuan.web;

import vn.chuan.due.Reminders;

/** The bell of the menu bar: the count of unread reminders, read only when a page's layout asks for it. */
public record ReminderBell(Reminders reminders, String username) {

    public int unread() {
        return reminders == null || username == null ? 0 : reminders.unread(username);
    }
}
