package vn.chuan.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcPrint;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every page, export, form and API address of the application, discovered from Spring's handler
 * mappings (a page written tomorrow is covered the day it is written), called as each demo role
 * with ids and unit codes from inside and outside the role's scope. Fails on a person code or
 * citizen ID of someone who never held a post in the scope in any answer (pages, CSV, xlsx, PDF,
 * JSON), on any answer 500 or above, and on any change written outside the scope.
 */
@Tag("db")
@SpringBootTest(properties = {"chuan.demo.load-on-empty=true", "chuan.demo.persons=400"})
@AutoConfigureMockMvc(print = MockMvcPrint.NONE)
class ScopeMatrixTest {

    private static final Pattern VARIABLE = Pattern.compile("\\{([^}:]+)(?::([^}]*))?}");
    private static final Pattern PERSON_CODE = Pattern.compile("TM\\d{6}");
    private static final Pattern CITIZEN_ID = Pattern.compile("(?<!\\d)099\\d{9}(?!\\d)");
    /** Addresses that end the session or wait on a long job: they are exercised by their own tests. */
    private static final Set<String> SKIPPED = Set.of("/dang-xuat", "/error");

    @Autowired
    MockMvc mvc;
    /** The pages' mappings and the API's (two handler mappings). */
    @Autowired
    List<RequestMappingHandlerMapping> mappings;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserAccounts accounts;
    @Autowired
    Clock clock;

    private record Actor(String name, UserDetails details, String scopePrefix) {
    }

    private final List<String> failures = new ArrayList<>();
    private int requests;

    @Test
    void everyAddressAnswersEachRoleWithinItsScopeAndNeverWithAServerError() throws Exception {
        ChuanUser communeOfficer = (ChuanUser) accounts.loadUserByUsername("canboxa");
        String inside = communeOfficer.scope().path();
        String otherCommune = jdbc.sql("""
                select code from unit where unit_level = 'COMMUNE' and valid_to is null and path not like :p order by id
                fetch first 1 rows only""").param("p", inside + "%").query(String.class).single();
        accounts.create(new NewUserAccount("xemxa", "Người xem một xã khác", "matkhau-xem-1", Role.VIEWER, otherCommune));
        ChuanUser otherViewer = (ChuanUser) accounts.loadUserByUsername("xemxa");

        List<Actor> confined = List.of(new Actor("canboxa", communeOfficer, inside),
                new Actor("xemxa", otherViewer, otherViewer.scope().path()));
        List<Actor> everyone = new ArrayList<>(confined);
        everyone.add(new Actor("sonoivu", accounts.loadUserByUsername("sonoivu"), "/"));
        everyone.add(new Actor("xem", accounts.loadUserByUsername("xem"), "/"));
        everyone.add(new Actor("quantri", accounts.loadUserByUsername("quantri"), "/"));

        Map<String, Set<String>> outsideMarks = new LinkedHashMap<>();
        for (Actor actor : confined) {
            outsideMarks.put(actor.name(), outsideMarks(actor.scopePrefix()));
        }
        Map<String, List<String>> ids = idValues(communeOfficer.scope().path());

        Set<String> covered = new TreeSet<>();
        // The confined roles first, so that the others' writes (a set put in force, a class closed) do not hide their answers.
        List<Map.Entry<RequestMappingInfo, HandlerMethod>> all = mappings.stream().flatMap(m -> m.getHandlerMethods().entrySet().stream()).toList();
        for (Actor actor : everyone) {
            for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping : all) {
                for (String pattern : mapping.getKey().getPatternValues()) {
                    if (SKIPPED.contains(pattern) || pattern.contains("**") || pattern.startsWith("/api/swagger")) {
                        continue;
                    }
                    Set<HttpMethod> methods = new LinkedHashSet<>();
                    mapping.getKey().getMethodsCondition().getMethods().forEach(m -> methods.add(HttpMethod.valueOf(m.name())));
                    if (methods.isEmpty()) {
                        methods.add(HttpMethod.GET);
                    }
                    for (HttpMethod method : methods) {
                        covered.add(method + " " + pattern);
                        for (String path : expand(pattern, ids)) {
                            call(actor, method, path, mapping.getValue(), outsideMarks.get(actor.name()), ids);
                        }
                    }
                }
            }
        }

        for (Actor actor : confined) {
            List<String> written = jdbc.sql("""
                    select e.subject_type || ' ' || e.action || ': ' || coalesce(e.summary, '') from audit_entry e
                    where e.actor = :actor and (
                        (e.person_id is not null and not exists (select 1 from assignment a join unit u on u.id = a.unit_id
                                                                 where a.person_id = e.person_id and u.path like :p))
                        or (e.subject_type in ('TRAINING_CLASS', 'TRAINING_PROGRAMME', 'SENSITIVE_POST', 'INDICATOR', 'TARGET_PLAN',
                                               'STANDARD_SET', 'USER', 'API_CLIENT', 'UNIT')
                            -- their own account's settings (the heading of their papers, their reminders) are theirs to change
                            and not (e.subject_type = 'USER' and e.action in ('PAPER_HEADING_CHANGED', 'REMINDERS_CHANGED')
                                     and e.subject_id = (select id from app_user where username = :actor))))
                    """).param("actor", actor.name()).param("p", actor.scopePrefix() + "%").query(String.class).list();
            written.forEach(w -> failures.add(actor.name() + " changed outside the scope: " + w));
        }
        assertThat(jdbc.sql("select count(*) from audit_entry where actor = 'xemxa'").query(Long.class).single())
                .as("a read-only viewer changes nothing").isZero();

        System.out.printf("Scope matrix: %d requests, %d roles, %d mappings (method and address) covered%n", requests, everyone.size(),
                covered.size());
        assertThat(failures).isEmpty();
    }

    /** Codes and citizen IDs of the persons who never held a post in the scope. */
    private Set<String> outsideMarks(String prefix) {
        Set<String> marks = new HashSet<>();
        jdbc.sql("""
                select p.code, p.citizen_id from person p where not exists (
                    select 1 from assignment a join unit u on u.id = a.unit_id where a.person_id = p.id and u.path like :p)
                """).param("p", prefix + "%").query(rs -> {
            marks.add(rs.getString(1));
            if (rs.getString(2) != null) {
                marks.add(rs.getString(2));
            }
        });
        assertThat(marks).isNotEmpty();
        return marks;
    }

    /** For each kind of id: values inside the commune officer's scope, outside it, and the first rows of every table. */
    private Map<String, List<String>> idValues(String inside) {
        LocalDate today = LocalDate.now(clock);
        String personIn = jdbc.sql("""
                select a.person_id from assignment a join unit u on u.id = a.unit_id
                where u.path like :p and a.ended_on is null order by a.person_id fetch first 1 rows only""")
                .param("p", inside + "%").query(String.class).single();
        String personOut = jdbc.sql("""
                select a.person_id from assignment a join unit u on u.id = a.unit_id
                where u.path not like :p and a.ended_on is null order by a.person_id fetch first 1 rows only""")
                .param("p", inside + "%").query(String.class).single();
        String unitIn = jdbc.sql("select id from unit where path = :p").param("p", inside).query(String.class).single();
        String unitOut = jdbc.sql("""
                select id from unit where unit_level = 'COMMUNE' and valid_to is null and path not like :p order by id desc
                fetch first 1 rows only""").param("p", inside + "%").query(String.class).single();
        String codeOut = jdbc.sql("select code from unit where id = " + unitOut).query(String.class).single();
        String codeIn = jdbc.sql("select code from unit where id = " + unitIn).query(String.class).single();
        Map<String, List<String>> values = new LinkedHashMap<>();
        values.put("person", List.of(personIn, personOut));
        values.put("unit", List.of(unitIn, unitOut));
        values.put("code", List.of(codeIn, codeOut));
        values.put("any", List.of("1", "2", personOut, "99999999"));
        values.put("personCodeOut", List.of(jdbc.sql("select code from person where id = " + personOut).query(String.class).single()));
        values.put("year", List.of(String.valueOf(today.getYear() - 1)));
        return values;
    }

    /** The addresses a pattern is called with: each path variable with each of its values. */
    private List<String> expand(String pattern, Map<String, List<String>> ids) {
        Matcher m = VARIABLE.matcher(pattern);
        if (!m.find()) {
            return List.of(pattern);
        }
        String name = m.group(1);
        String regex = m.group(2);
        List<String> options;
        if (regex != null && regex.matches("[\\w|-]+")) {
            options = List.of(regex.split("\\|"));
        } else if (name.equals("personId")) {
            options = ids.get("person");
        } else if (name.equals("unitId")) {
            options = ids.get("unit");
        } else if (name.equals("code")) {
            options = ids.get("code");
        } else if (name.equals("form")) {
            options = List.of("chat-luong", "co-cau", "cong-chuc");
        } else {
            options = ids.get("any");
        }
        List<String> paths = new ArrayList<>();
        for (String option : options) {
            String replaced = pattern.substring(0, m.start()) + option + pattern.substring(m.end());
            paths.addAll(expand(replaced, ids));
        }
        return paths.size() > 12 ? paths.subList(0, 12) : paths;
    }

    private void call(Actor actor, HttpMethod method, String path, HandlerMethod handler, Set<String> outside,
            Map<String, List<String>> ids) throws Exception {
        List<Map<String, String>> variants = new ArrayList<>();
        variants.add(Map.of());
        variants.add(parameters(handler, ids));
        for (Map<String, String> parameters : variants) {
            AbstractMockHttpServletRequestBuilder<?> builder;
            boolean upload = false;
            for (MethodParameter p : handler.getMethodParameters()) {
                upload |= MultipartFile.class.isAssignableFrom(p.getParameterType());
            }
            if (upload && method == HttpMethod.POST) {
                var multipart = multipart(path);
                for (MethodParameter p : handler.getMethodParameters()) {
                    if (MultipartFile.class.isAssignableFrom(p.getParameterType())) {
                        multipart.file(new MockMultipartFile(name(p), "tep.xlsx", "application/octet-stream",
                                "không phải bảng tính".getBytes(StandardCharsets.UTF_8)));
                    }
                }
                builder = multipart;
            } else {
                builder = request(method, path);
            }
            if (hasBody(handler)) {
                builder.contentType("application/json").content("{}");
            }
            parameters.forEach(builder::param);
            String where = actor.name() + " " + method + " " + path + (parameters.isEmpty() ? "" : " " + parameters);
            requests++;
            MockHttpServletResponse response;
            try {
                response = mvc.perform(builder.with(user(actor.details())).with(csrf())).andReturn().getResponse();
            } catch (Exception e) {
                // What the servlet container would answer 500 (MockMvc hands the exception over instead of the error page).
                Throwable root = e;
                while (root.getCause() != null) {
                    root = root.getCause();
                }
                failures.add(where + " failed: " + root);
                continue;
            }
            if (response.getStatus() >= 500) {
                failures.add(where + " answered " + response.getStatus());
            }
            if (outside != null) {
                String text = readable(response);
                Set<String> leaked = new TreeSet<>();
                Matcher codes = PERSON_CODE.matcher(text);
                while (codes.find()) {
                    if (outside.contains(codes.group())) {
                        leaked.add(codes.group());
                    }
                }
                Matcher citizens = CITIZEN_ID.matcher(text);
                while (citizens.find()) {
                    if (outside.contains(citizens.group())) {
                        leaked.add(citizens.group());
                    }
                }
                // A code the request itself sent, echoed in a form field or a refusal, reveals nothing.
                leaked.removeAll(parameters.values());
                if (!leaked.isEmpty()) {
                    failures.add(where + " shows " + leaked.size() + " people outside the scope, e.g. " + leaked.iterator().next());
                }
            }
        }
    }

    private static boolean hasBody(HandlerMethod handler) {
        for (MethodParameter p : handler.getMethodParameters()) {
            if (p.hasParameterAnnotation(RequestBody.class)) {
                return true;
            }
        }
        return false;
    }

    /** Every request parameter and form field the handler reads, filled with values from outside the scope. */
    private Map<String, String> parameters(HandlerMethod handler, Map<String, List<String>> ids) {
        Map<String, String> values = new LinkedHashMap<>();
        for (MethodParameter p : handler.getMethodParameters()) {
            if (p.hasParameterAnnotation(PathVariable.class) || p.hasParameterAnnotation(RequestBody.class)
                    || MultipartFile.class.isAssignableFrom(p.getParameterType())) {
                continue;
            }
            if (p.hasParameterAnnotation(RequestParam.class)) {
                if (!Map.class.isAssignableFrom(p.getParameterType())) {
                    values.put(name(p), value(name(p), p.getParameterType(), ids));
                }
            } else if (p.getParameterType().isRecord()) {
                for (RecordComponent component : p.getParameterType().getRecordComponents()) {
                    values.put(component.getName(), value(component.getName(), component.getType(), ids));
                }
            }
        }
        values.putIfAbsent("donVi", ids.get("unit").get(1));
        values.putIfAbsent("maCanBo", ids.get("personCodeOut").get(0));
        return values;
    }

    private static String name(MethodParameter p) {
        RequestParam annotation = p.getParameterAnnotation(RequestParam.class);
        if (annotation != null && !annotation.name().isEmpty()) {
            return annotation.name();
        }
        if (annotation != null && !annotation.value().isEmpty()) {
            return annotation.value();
        }
        return p.getParameterName() == null ? "tep" : p.getParameterName();
    }

    private static String value(String name, Class<?> type, Map<String, List<String>> ids) {
        String lower = name.toLowerCase();
        if (lower.contains("version") || lower.contains("phienban")) {
            return "0";
        }
        if (lower.contains("nam") && !lower.contains("name") || lower.equals("year")) {
            return ids.get("year").get(0);
        }
        if (lower.contains("ngay") || lower.endsWith("on") || lower.contains("date") || lower.contains("from") || lower.contains("tu")) {
            return "01/01/2026";
        }
        if (lower.contains("canbo") || lower.contains("person") || lower.contains("codes")) {
            return type == String.class && !lower.endsWith("id") ? ids.get("personCodeOut").get(0) : ids.get("person").get(1);
        }
        if (lower.contains("donvi") || lower.contains("unit")) {
            return lower.contains("code") || lower.startsWith("ma") ? ids.get("code").get(1) : ids.get("unit").get(1);
        }
        if (type == int.class || type == long.class || type == Integer.class || type == Long.class || Number.class.isAssignableFrom(type)) {
            return "1";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true";
        }
        return "1";
    }

    /** The text a person would read in the answer: the page, or the cells of a workbook, or the text of a PDF. */
    private static String readable(MockHttpServletResponse response) throws IOException {
        byte[] body = response.getContentAsByteArray();
        String type = response.getContentType() == null ? "" : response.getContentType();
        if (body.length > 4 && body[0] == 'P' && body[1] == 'K') {
            // A workbook: its cells are in the XML parts (read from a file: the writer streams entries with data descriptors).
            Path file = Files.createTempFile("matrix", ".zip");
            try {
                Files.write(file, body);
                StringBuilder text = new StringBuilder();
                try (ZipFile zip = new ZipFile(file.toFile())) {
                    for (ZipEntry entry : Collections.list(zip.entries())) {
                        if (entry.getName().endsWith(".xml")) {
                            text.append(new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8)).append('\n');
                        }
                    }
                }
                return text.toString();
            } finally {
                Files.delete(file);
            }
        }
        if (type.contains("pdf") || body.length > 4 && body[0] == '%' && body[1] == 'P') {
            StringBuilder text = new StringBuilder();
            PdfReader reader = new PdfReader(body);
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page)).append('\n');
            }
            reader.close();
            return text.toString();
        }
        return new String(body, StandardCharsets.UTF_8);
    }
}
