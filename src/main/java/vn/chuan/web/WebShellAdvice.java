package vn.chuan.web;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.ui.Model;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.context.request.async.AsyncRequestNotUsableException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.databind.json.JsonMapper;

import vn.chuan.people.PersonNotFoundException;
import vn.chuan.security.ChuanUser;
import vn.chuan.shared.DatabaseUnreachable;
import vn.chuan.shared.Messages;
import vn.chuan.shared.NotFoundException;
import vn.chuan.shared.Refusal;

/** Errors shown as Vietnamese pages instead of stack traces (what every page shows besides: {@link PageShell}). */
@ControllerAdvice
class WebShellAdvice {

    private static final Logger log = LoggerFactory.getLogger(WebShellAdvice.class);

    private final Clock clock;
    private final DataSize uploadLimit;
    private final JsonMapper json;

    WebShellAdvice(Clock clock, @Value("${spring.servlet.multipart.max-file-size:200MB}") DataSize uploadLimit, JsonMapper json) {
        this.clock = clock;
        this.uploadLimit = uploadLimit;
        this.json = json;
    }

    /** The user signed in, null for none. */
    static ChuanUser signedIn() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof ChuanUser user ? user : null;
    }

    /**
     * A date the page cannot read (typed by hand: "31/02/2024"). A page's filter shows its default
     * date instead, at an address without the unreadable one, and says so rather than silently
     * showing figures of another day; a form goes back to the page it was sent from with the reason.
     * Any other unreadable address part (a letter for an id) names nothing: 404.
     */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    String unreadable(MethodArgumentTypeMismatchException e, HttpServletRequest request, HttpServletResponse response, Model model,
            RedirectAttributes redirect) {
        if (e.getRequiredType() != LocalDate.class || e.getValue() == null) {
            return notFound(e, response, model);
        }
        boolean page = "GET".equals(request.getMethod());
        String problem = Messages.text(page ? "web.date.unreadableShowingDefault" : "web.date.unreadableNotSaved",
                e.getValue().toString().strip());
        Optional<String> back = page ? Optional.of(without(e.getName(), request)) : pageOfThisSite(request.getHeader("Referer"), request);
        return sendBack(problem, back, request, response, model, redirect);
    }

    @ExceptionHandler({PersonNotFoundException.class, NotFoundException.class, NoResourceFoundException.class, NoHandlerFoundException.class})
    String notFound(Exception e, HttpServletResponse response, Model model) {
        model.addAttribute("message", e instanceof PersonNotFoundException || e instanceof NotFoundException ? e.getMessage() : null);
        return errorPage(404, response, model);
    }

    /** A form sent without a field or file it requires, or with one that cannot be read as its type. */
    @ExceptionHandler({MissingServletRequestParameterException.class, MissingServletRequestPartException.class})
    String badRequest(HttpServletResponse response, Model model) {
        return errorPage(400, response, model);
    }

    /** A file over the upload limit, on any form: the page says so with the limit (413), whichever form sent it. */
    @ExceptionHandler(MaxUploadSizeExceededException.class)
    String tooLarge(HttpServletResponse response, Model model) {
        model.addAttribute("message", UploadTooLargeErrorView.message(uploadLimit));
        return errorPage(413, response, model);
    }

    /**
     * A refusal no controller caught. An action sent from one of our pages (a POST whose referrer is
     * a page of this site) goes back to that page with the reason, as a page shows a refused action;
     * anything else is the 400 page with the reason. Only the referrer's path is used: never a redirect
     * elsewhere.
     */
    @ExceptionHandler(Refusal.class)
    String refused(Refusal e, HttpServletRequest request, HttpServletResponse response, Model model, RedirectAttributes redirect) {
        Optional<String> back = "POST".equals(request.getMethod()) ? pageOfThisSite(request.getHeader("Referer"), request)
                : Optional.empty();
        return sendBack(e.getMessage(), back, request, response, model, redirect);
    }

    /**
     * To {@code back} with the problem (a form sent there keeps what was typed in it, {@link TypedForm};
     * a filter's address already does), or the 400 page with it when there is nowhere to go back to.
     */
    private String sendBack(String problem, Optional<String> back, HttpServletRequest request, HttpServletResponse response, Model model,
            RedirectAttributes redirect) {
        if (back.isEmpty()) {
            model.addAttribute("message", problem);
            return errorPage(400, response, model);
        }
        redirect.addFlashAttribute("problem", problem);
        if ("POST".equals(request.getMethod())) {
            TypedForm typed = TypedForm.of(request, json);
            if (typed != null) {
                redirect.addFlashAttribute("typedForm", typed);
            }
        }
        return "redirect:" + back.get();
    }

    /** The path and query of {@code request} without the parameter {@code name}. */
    static String without(String name, HttpServletRequest request) {
        String query = request.getQueryString() == null ? "" : Arrays.stream(request.getQueryString().split("&"))
                .filter(pair -> !parameterName(pair).equals(name))
                .collect(Collectors.joining("&"));
        return request.getRequestURI().substring(request.getContextPath().length()) + (query.isEmpty() ? "" : "?" + query);
    }

    private static String parameterName(String pair) {
        String raw = pair.split("=", 2)[0];
        try {
            return URLDecoder.decode(raw, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return raw;
        }
    }

    /** The path and query of {@code referrer} when it is a page of the site that received {@code request}. */
    static Optional<String> pageOfThisSite(String referrer, HttpServletRequest request) {
        if (referrer == null || referrer.isBlank()) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(referrer);
            boolean sameSite = request.getServerName().equalsIgnoreCase(uri.getHost())
                    && (uri.getPort() == -1 ? List.of(80, 443).contains(request.getServerPort()) : uri.getPort() == request.getServerPort());
            String path = uri.getRawPath();
            if (!sameSite || path == null || !path.startsWith(request.getContextPath() + "/") || path.startsWith("//")) {
                return Optional.empty();
            }
            String local = path.substring(request.getContextPath().length());
            return Optional.of(local + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()));
        } catch (URISyntaxException ignored) {
            return Optional.empty();
        }
    }

    @ExceptionHandler(AccessDeniedException.class)
    String forbidden(HttpServletResponse response, Model model) {
        return errorPage(403, response, model);
    }

    /** The browser went away (a page left while a script loaded): nothing to answer, nothing to report. */
    @ExceptionHandler(AsyncRequestNotUsableException.class)
    void clientGone(Exception e) {
        log.debug("Client went away: {}", e.getMessage());
    }

    @ExceptionHandler(Exception.class)
    String unexpected(Exception e, HttpServletRequest request, HttpServletResponse response, Model model) throws IOException {
        if (e.getClass().getName().endsWith("ClientAbortException")) {
            log.debug("Client went away: {}", e.getMessage());
            return null;
        }
        // A module's "no such round / class / pool" says so with @ResponseStatus; this catch-all must not hide it.
        ResponseStatus declared = AnnotatedElementUtils.findMergedAnnotation(e.getClass(), ResponseStatus.class);
        if (declared != null && declared.code() == HttpStatus.NOT_FOUND
                || e instanceof ResponseStatusException status && status.getStatusCode().value() == 404) {
            return notFound(e, response, model);
        }
        if (UploadTooLargeErrorView.isTooLarge(e)) {
            model.addAttribute("message", UploadTooLargeErrorView.message(uploadLimit));
            return errorPage(413, response, model);
        }
        if (DatabaseUnreachable.isCause(e)) {
            // Lost midway through the request (the page's shell would need the database too): the plain page.
            log.warn("Database unreachable during {}: {}", request.getRequestURI(), e.getMessage());
            DatabaseUnreachablePage.answer(request, response);
            return null;
        }
        log.error("Unexpected error", e);
        return errorPage(500, response, model);
    }

    /**
     * The error page (the same view Spring Boot shows for errors outside a controller), with the
     * status's sentence. Exception handlers get a fresh model: the page shell still needs the user for its menu.
     */
    private String errorPage(int status, HttpServletResponse response, Model model) {
        response.setStatus(status);
        model.addAttribute("status", status);
        model.addAttribute("currentUser", signedIn());
        model.addAttribute("today", LocalDate.now(clock));
        return "error";
    }
}
