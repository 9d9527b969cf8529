package vn.chuan.api;

import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import vn.chuan.people.ConcurrentChangeException;
import vn.chuan.people.PersonNotFoundException;
import vn.chuan.shared.DatabaseUnreachable;
import vn.chuan.shared.Messages;
import vn.chuan.shared.NotFoundException;
import vn.chuan.shared.Refusal;

/**
 * Every refusal of the API as an RFC 9457 problem: a Vietnamese title and detail, and for invalid
 * input the field concerned ({@code errors: [{field, message}]}), as the forms show it beside the field.
 */
@RestControllerAdvice(basePackageClasses = ApiProblems.class)
class ApiProblems {

    private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

    /** Any module's refusal: 422 with every problem by field. */
    @ExceptionHandler(Refusal.class)
    ProblemDetail refused(Refusal e) {
        ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, Messages.text("api.problem.invalid"), e.getMessage());
        List<Map<String, String>> errors = e.problems().stream().filter(p -> p.field() != null)
                .map(p -> Map.of("field", p.field(), "message", p.message())).toList();
        if (!errors.isEmpty()) {
            problem.setProperty("errors", errors);
        }
        if (e.source() != null) {
            problem.setProperty("source", e.source());
        }
        return problem;
    }

    @ExceptionHandler(ApiInputException.class)
    ProblemDetail invalid(ApiInputException e) {
        return invalid(e.field(), e.getMessage());
    }

    static ProblemDetail invalid(String field, String message) {
        ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, Messages.text("api.problem.invalid"), message);
        if (field != null) {
            problem.setProperty("errors", List.of(Map.of("field", field, "message", message)));
        }
        return problem;
    }

    @ExceptionHandler({PersonNotFoundException.class, ApiNotFoundException.class, NotFoundException.class})
    ProblemDetail notFound(RuntimeException e) {
        return problem(HttpStatus.NOT_FOUND, Messages.text("api.problem.notFound"), e.getMessage());
    }

    @ExceptionHandler(ConcurrentChangeException.class)
    ProblemDetail conflict(ConcurrentChangeException e) {
        return problem(HttpStatus.CONFLICT, Messages.text("api.problem.conflict"),
                Messages.text("api.problem.conflictDetail"));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException e) {
        return problem(HttpStatus.BAD_REQUEST, Messages.text("api.problem.unreadable"),
                Messages.text("api.problem.unreadableDetail"));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail badParameter(MethodArgumentTypeMismatchException e) {
        ProblemDetail problem = invalid(e.getName(), Messages.text("api.problem.badParameter", e.getValue(), e.getName()));
        problem.setStatus(HttpStatus.BAD_REQUEST);
        return problem;
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ProblemDetail missingParameter(MissingServletRequestParameterException e) {
        ProblemDetail problem = invalid(e.getParameterName(), Messages.text("api.problem.missingParameter", e.getParameterName()));
        problem.setStatus(HttpStatus.BAD_REQUEST);
        return problem;
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ProblemDetail method(HttpRequestMethodNotSupportedException e) {
        return problem(HttpStatus.METHOD_NOT_ALLOWED, Messages.text("api.problem.methodNotAllowed"),
                Messages.text("api.problem.methodNotAllowedDetail", e.getMethod()));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail denied(RuntimeException e) {
        return problem(HttpStatus.FORBIDDEN, Messages.text("api.problem.forbidden"), Messages.text("api.problem.readOnly"));
    }

    private static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return problem;
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ProblemDetail mediaType(HttpMediaTypeNotSupportedException e) {
        return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, Messages.text("api.problem.mediaType"),
                Messages.text("api.problem.mediaTypeDetail"));
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e) {
        if (DatabaseUnreachable.isCause(e)) {
            log.warn("Database unreachable during an API request: {}", e.getMessage());
            return problem(HttpStatus.SERVICE_UNAVAILABLE, Messages.text("web.database.unreachable.title"),
                    Messages.text("web.database.unreachable.text"));
        }
        log.error("API request failed", e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, Messages.text("api.problem.serverError"),
                Messages.text("api.problem.serverErrorDetail"));
    }
}
