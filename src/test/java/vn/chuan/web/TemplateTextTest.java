package vn.chuan.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every word a user reads comes from messages.properties: a template's literal text is only a
 * design-time placeholder, replaced by th:text (or th:utext, th:replace…). Fails on text that would
 * reach the page as written.
 */
class TemplateTextTest {

    private static final Pattern TEXT = Pattern.compile("<([a-zA-Z][a-zA-Z0-9]*)([^<>]*)>([^<>]*\\p{L}{2,}[^<>]*)<");
    private static final Pattern REPLACED = Pattern.compile("th:(text|utext|replace|insert|remove|errors)|th:fragment");

    @Test
    void noTemplateShowsHardCodedText() throws IOException {
        List<String> offenders = new ArrayList<>();
        try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path template : templates.filter(p -> p.toString().endsWith(".html")).toList()) {
                String html = Files.readString(template).replaceAll("(?s)<!--.*?-->", "");
                Matcher m = TEXT.matcher(html);
                while (m.find()) {
                    String tag = m.group(1);
                    if (tag.equals("title") || tag.equals("script") || tag.equals("style") || REPLACED.matcher(m.group(2)).find()) {
                        continue;
                    }
                    offenders.add(template.getFileName() + ": <" + tag + "> " + m.group(3).strip());
                }
            }
        }
        assertThat(offenders).isEmpty();
    }
}
