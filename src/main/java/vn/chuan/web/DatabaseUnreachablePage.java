package vn.chuan.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.HtmlUtils;

import vn.chuan.shared.DatabaseUnreachable;
import vn.chuan.shared.Messages;

/**
 * While the database does not answer, every request fails before any page is drawn: the session itself is read from
 * the database. This filter, ahead of the session's, answers those with 503 and a page that needs nothing from the
 * database (a problem in JSON for the API), instead of the container's stack trace; the next request tries again, so
 * pages come back by themselves once the database (or its promoted replica) answers.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class DatabaseUnreachablePage extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(DatabaseUnreachablePage.class);

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException e) {
            if (!DatabaseUnreachable.isCause(e) || response.isCommitted()) {
                throw e;
            }
            log.warn("Database unreachable, {} {} answered 503: {}", request.getMethod(), request.getRequestURI(), e.getMessage());
            answer(request, response);
        }
    }

    static void answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.resetBuffer();
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", "30");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        String title = Messages.text("web.database.unreachable.title");
        String text = Messages.text("web.database.unreachable.text");
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            response.setContentType("application/problem+json");
            response.getWriter().write("{\"status\":503,\"title\":\"" + json(title) + "\",\"detail\":\"" + json(text) + "\"}");
            return;
        }
        // A page read is tried again at the same address; a form sent is not sent again by a link: the front page.
        boolean read = "GET".equals(request.getMethod());
        String again = read ? request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString())
                : request.getContextPath() + "/";
        response.setContentType("text/html");
        response.getWriter().write("<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>" + html(title)
                + "</title></head><body style=\"font-family:sans-serif;max-width:40em;margin:3em auto\"><h1>" + html(title)
                + "</h1><p>" + html(text) + "</p><p><a href=\"" + html(again) + "\">"
                + html(Messages.text(read ? "web.database.unreachable.again" : "error.home")) + "</a></p></body></html>");
    }

    private static String html(String text) {
        return HtmlUtils.htmlEscape(text, StandardCharsets.UTF_8.name());
    }

    private static String json(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
