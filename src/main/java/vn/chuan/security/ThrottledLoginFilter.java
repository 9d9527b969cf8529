package vn.chuan.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * In front of the password check: an attempt the {@link LoginThrottle} does not allow is counted
 * and answered exactly like a wrong password, without checking the password at all.
 */
class ThrottledLoginFilter extends OncePerRequestFilter {

    private final LoginThrottle throttle;

    ThrottledLoginFilter(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("POST".equals(request.getMethod()) && (request.getContextPath() + "/dang-nhap").equals(request.getRequestURI()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String username = request.getParameter("username");
        if (username != null && !throttle.allows(username, request.getRemoteAddr())) {
            throttle.failed(username, request.getRemoteAddr());
            refuse(request, response);
            return;
        }
        chain.doFilter(request, response);
    }

    /** The one answer of a failed login; the name typed is offered again (from the session), only the password is retyped. */
    static void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        LastUsername.remember(request);
        response.sendRedirect(request.getContextPath() + "/dang-nhap?loi=sai");
    }
}
