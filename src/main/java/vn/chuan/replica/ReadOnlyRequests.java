package vn.chuan.replica;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Runs every page read (GET and HEAD) in one read-only transaction, so that its statements go to the replica: the lists,
 * reports, exports, person pages and the API's reads. Work a read starts that writes (the tallies' day change, a logged
 * look at sensitive data) runs in a transaction of its own and so on the primary. The import's pages (a job's progress
 * is written a moment ago by another instance), the login and logout, and the health checks are left on the primary.
 */
class ReadOnlyRequests extends OncePerRequestFilter {

    private static final List<String> ON_THE_PRIMARY = List.of("/nhap-du-lieu", "/dang-nhap", "/dang-xuat", "/actuator");

    private final TransactionTemplate readOnly;
    private final ReadYourWrites readYourWrites;

    ReadOnlyRequests(PlatformTransactionManager transactions, ReadYourWrites readYourWrites) {
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.readOnly.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRED);
        this.readYourWrites = readYourWrites;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean read = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
        if (!read || ON_THE_PRIMARY.stream().anyMatch(path::startsWith)) {
            chain.doFilter(request, response);
            if (read && path.startsWith("/nhap-du-lieu") && response.containsHeader("HX-Refresh")) {
                // An import is written on a worker thread, out of any request: when its progress says it ended (the page
                // is told to refresh), the officer's next report waits for what it wrote.
                readYourWrites.remember(request);
            }
            return;
        }
        try {
            readOnly.executeWithoutResult(status -> {
                // Ended by a rollback, nothing to commit: a handled refusal inside (a page not found) marks it so anyway.
                status.setRollbackOnly();
                try {
                    chain.doFilter(request, response);
                } catch (IOException | ServletException e) {
                    throw new Rethrown(e);
                }
            });
        } catch (Rethrown e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw (ServletException) e.getCause();
        }
    }

    /** Carries a servlet's checked exception through the transaction (which rolls back on it) to the container. */
    private static final class Rethrown extends RuntimeException {
        Rethrown(Exception cause) {
            super(cause);
        }
    }
}
