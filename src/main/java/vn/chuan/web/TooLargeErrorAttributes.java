package vn.chuan.web;

import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.context.request.WebRequest;

/**
 * The error answer a program (no {@code Accept: text/html}) gets for a file over the upload limit
 * says so with the limit, in Vietnamese, as the page does ({@link UploadTooLargeErrorView}).
 */
@Component
class TooLargeErrorAttributes extends DefaultErrorAttributes {

    private final DataSize uploadLimit;

    TooLargeErrorAttributes(@Value("${spring.servlet.multipart.max-file-size:200MB}") DataSize uploadLimit) {
        this.uploadLimit = uploadLimit;
    }

    @Override
    public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
        Map<String, Object> attributes = super.getErrorAttributes(request, options);
        if (UploadTooLargeErrorView.isTooLarge(getError(request))) {
            attributes.put("message", UploadTooLargeErrorView.message(uploadLimit));
        }
        return attributes;
    }
}
