package vn.chuan.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import vn.chuan.shared.Messages;

/**
 * Reads {@code Authorization: Bearer <token>} on API requests. A valid token authenticates the
 * request as its client (nothing is kept in a session); a wrong one is answered 401 at once rather
 * than falling back to anonymous, so a program learns its token is revoked.
 */
class ApiTokenFilter extends OncePerRequestFilter {

    private final ApiClients clients;

    ApiTokenFilter(ApiClients clients) {
        this.clients = clients;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            chain.doFilter(request, response);
            return;
        }
        var user = clients.authenticate(header.substring(7).strip());
        if (user.isEmpty()) {
            ApiProblemResponses.write(response, HttpServletResponse.SC_UNAUTHORIZED, Messages.text("security.apiClients.invalidTitle"),
                    Messages.text("security.apiClients.invalidDetail"));
            return;
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user.get(), null, user.get().getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
