package vn.chuan.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import vn.chuan.people.PersonId;
import vn.chuan.people.PersonRegistry;
import vn.chuan.security.ApiClients;
import vn.chuan.shared.StaffCategory;
import vn.chuan.support.TestProvince;
import vn.chuan.units.Units;

/**
 * Every write of the API, sent what a careless or hostile program would send (no body, broken JSON,
 * wrong types, unreadable dates, unknown codes and ids, a huge field): each is answered 4xx as a
 * problem, never 500. The list of writes is checked against the API's own mappings, so a new write
 * without its bad inputs fails here.
 */
@Tag("db")
@SpringBootTest
@AutoConfigureMockMvc
class ApiBadInputTest {

    /** Each write of the API, its address with {person} and {assignment} to fill in. */
    private static final List<String[]> WRITES = List.of(
            new String[] {"POST", "/api/v1/people"},
            new String[] {"PUT", "/api/v1/people/{id}"},
            new String[] {"POST", "/api/v1/people/{id}/assignments"},
            new String[] {"POST", "/api/v1/people/{id}/assignments/{assignmentId}/end"},
            new String[] {"POST", "/api/v1/people/{id}/qualifications"},
            new String[] {"PUT", "/api/v1/people/{id}/file/profile"},
            new String[] {"PUT", "/api/v1/evaluations/rounds/{id}/grades"},
            new String[] {"POST", "/api/v1/rotations"});

    private static final List<String> BODIES = List.of("", "{", "[]", "null", "{}", "\"chuỗi\"",
            "{\"code\": 5, \"fullName\": [], \"birthDate\": \"31/02/1990\", \"gender\": \"X\", \"version\": \"một\"}",
            "{\"code\": \"CB-XYZ\", \"fullName\": \"Lò Văn Pá\", \"birthDate\": \"1990-13-45\", \"gender\": \"NAM\", \"ethnicity\": \"Sao Hỏa\","
                    + " \"unitCode\": \"KHONG-CO\", \"category\": \"ZZ\", \"titleCode\": \"KHONG_CO\", \"startedOn\": \"hôm qua\", \"version\": 1}",
            "{\"dimension\": \"khong-co\", \"level\": \"TRUNG_CAP\", \"acquiredOn\": \"2999-01-01\"}",
            "{\"endedOn\": \"ngày mai\", \"reason\": \"KHONG_CO\", \"version\": -1}",
            "{\"unitCode\": \"X\", \"grades\": [{\"personCode\": null, \"grade\": \"TUYET_VOI\"}]}",
            "{\"personCode\": \"KHONG-CO\", \"kind\": \"BAY\", \"toUnitCode\": \"\", \"from\": \"00/00/0000\"}",
            "{\"fullName\": \"" + "A".repeat(100_000) + "\"}");

    @Autowired
    MockMvc mvc;
    @Autowired
    Units units;
    @Autowired
    PersonRegistry registry;
    @Autowired
    ApiClients clients;
    @Autowired
    TransactionTemplate transaction;
    /** The pages' mappings and the API's (two handler mappings). */
    @Autowired
    List<RequestMappingHandlerMapping> mappings;

    String writer;
    PersonId person;
    long assignment;

    @BeforeEach
    void setUp() {
        String prefix = TestProvince.uniquePrefix("B");
        TestProvince province = TestProvince.create(units, registry, transaction, prefix);
        person = province.person("Nguyễn Văn Tuấn", province.communeB1, StaffCategory.CB, "BI_THU_DU", LocalDate.of(2010, 1, 1));
        assignment = registry.get(TestProvince.EVERYTHING, person).assignments().get(0).id();
        writer = clients.create("Ghi " + prefix, province.province.code(), true, "test").token();
    }

    @Test
    void theListOfWritesIsEveryWriteOfTheApi() {
        Set<String> mapped = new TreeSet<>();
        mappings.stream().flatMap(m -> m.getHandlerMethods().keySet().stream())
                .forEach(info -> info.getPatternValues().stream().filter(p -> p.startsWith("/api/v1/"))
                .filter(p -> !p.equals("/api/v1/**"))
                .forEach(p -> info.getMethodsCondition().getMethods().stream()
                        .filter(m -> m != RequestMethod.GET && m != RequestMethod.HEAD && m != RequestMethod.OPTIONS)
                        .forEach(m -> mapped.add(m + " " + p))));
        Set<String> walked = new TreeSet<>();
        WRITES.forEach(w -> walked.add(w[0] + " " + w[1]));
        assertThat(walked).isEqualTo(mapped);
    }

    @Test
    void noBadInputToAnyWriteIsAServerError() throws Exception {
        List<String> serverErrors = new ArrayList<>();
        for (String[] write : WRITES) {
            for (String[] ids : List.of(new String[] {String.valueOf(person.value()), String.valueOf(assignment)},
                    new String[] {"99999999", "99999999"}, new String[] {"-1", "0"})) {
                String address = write[1].replace("{id}", ids[0]).replace("{assignmentId}", ids[1]);
                for (String body : BODIES) {
                    MvcResult result = mvc.perform(request(HttpMethod.valueOf(write[0]), address)
                            .header("Authorization", "Bearer " + writer).contentType(MediaType.APPLICATION_JSON).content(body)).andReturn();
                    int status = result.getResponse().getStatus();
                    if (status >= 500 || status < 400) {
                        serverErrors.add(write[0] + " " + address + " " + body.substring(0, Math.min(body.length(), 60)) + " → " + status);
                    }
                    if (status >= 400) {
                        assertThat(result.getResponse().getContentType()).as(address).contains("json");
                    }
                }
            }
        }
        assertThat(serverErrors).isEmpty();
    }
}
