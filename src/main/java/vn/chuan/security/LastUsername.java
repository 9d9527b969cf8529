package vn.chuan.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/** The user name of a failed login, kept in the session for the login page to offer again (once). */
public final class LastUsername {

    static final String ATTRIBUTE = "chuan.lastUsername";

    private LastUsername() {
    }

    static void remember(HttpServletRequest request) {
        String username = request.getParameter("username");
        if (username != null && !username.isBlank() && username.length() <= 100) {
            request.getSession(true).setAttribute(ATTRIBUTE, username.strip());
        }
    }

    /** The name typed at the last failed login of this session, forgotten once read; empty if none. */
    public static String take(HttpSession session) {
        if (session == null || !(session.getAttribute(ATTRIBUTE) instanceof String name)) {
            return "";
        }
        session.removeAttribute(ATTRIBUTE);
        return name;
    }
}
