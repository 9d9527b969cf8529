package vn.chuan.web;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the officer typed in a refused form, carried back to the page the form came from so that
 * nothing typed is lost: the address the form was sent to and its fields as JSON, which
 * {@code chuan.js} puts back into that form. The CSRF token and hidden fields stay the page's own;
 * files cannot be put back; a form of more than {@link #MAX_CHARACTERS} characters is not carried
 * (it would sit in the session).
 */
record TypedForm(String action, String values) implements Serializable {

    static final int MAX_CHARACTERS = 20_000;

    /** The form of {@code request}, or null when it is too large to carry. */
    static TypedForm of(HttpServletRequest request, JsonMapper json) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        int characters = 0;
        for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
            if (parameter.getKey().equals("_csrf")) {
                continue;
            }
            List<String> values = List.of(parameter.getValue());
            characters += parameter.getKey().length() + values.stream().mapToInt(String::length).sum();
            fields.put(parameter.getKey(), values);
        }
        if (fields.isEmpty() || characters > MAX_CHARACTERS) {
            return null;
        }
        return new TypedForm(request.getRequestURI(), json.writeValueAsString(fields));
    }
}
