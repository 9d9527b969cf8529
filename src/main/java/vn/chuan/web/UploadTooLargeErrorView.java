package vn.chuan.web;

import java.util.HashMap;
import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.servlet.ModelAndView;

import vn.chuan.shared.Messages;

/**
 * A file over the upload limit is usually found before any controller runs (the CSRF filter reads
 * the form, and the container refuses the part there), so it reaches the error page as a 500. This
 * resolver recognises it and answers 413 with the limit, in Vietnamese, as the controllers' handler does.
 */
@Component
class UploadTooLargeErrorView implements ErrorViewResolver {

    private final DataSize uploadLimit;

    UploadTooLargeErrorView(@Value("${spring.servlet.multipart.max-file-size:200MB}") DataSize uploadLimit) {
        this.uploadLimit = uploadLimit;
    }

    @Override
    public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
        Object error = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        if (!isTooLarge(error instanceof Throwable thrown ? thrown : null)) {
            return null;
        }
        Map<String, Object> page = new HashMap<>(model);
        page.put("status", 413);
        page.put("message", message(uploadLimit));
        return new ModelAndView("error", page, HttpStatus.PAYLOAD_TOO_LARGE);
    }

    /** True when the container or Spring refused a request for its size (the exception types differ by where it was read). */
    static boolean isTooLarge(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            String name = t.getClass().getSimpleName();
            if (name.equals("MaxUploadSizeExceededException") || name.contains("SizeLimitExceeded") || name.contains("SizeException")) {
                return true;
            }
        }
        return false;
    }

    static String message(DataSize limit) {
        return Messages.text("web.upload.tooLarge", limit.toMegabytes());
    }
}
