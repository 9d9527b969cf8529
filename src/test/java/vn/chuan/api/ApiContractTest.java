package vn.chuan.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

import vn.chuan.audit.AuditLog;
import vn.chuan.evaluation.Evaluations;
import vn.chuan.people.PersonId;
import vn.chuan.people.PersonRegistry;
import vn.chuan.people.PersonStanding;
import vn.chuan.security.ApiClients;
import vn.chuan.security.NewUserAccount;
import vn.chuan.security.Role;
import vn.chuan.security.UserAccounts;
import vn.chuan.shared.Dimension;
import vn.chuan.shared.StaffCategory;
import vn.chuan.support.TestProvince;
import vn.chuan.units.Units;

/**
 * The API as a program sees it: status codes, problem details, paging, and scope (a token of one
 * commune reads and writes nothing else).
 */
@Tag("db")
@SpringBootTest
@AutoConfigureMockMvc
class ApiContractTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Units units;
    @Autowired
    PersonRegistry registry;
    @Autowired
    ApiClients clients;
    @Autowired
    AuditLog audit;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    Evaluations evaluations;
    @Autowired
    UserAccounts accounts;

    TestProvince province;
    String prefix;
    PersonId inB1;
    PersonId inB2;
    String communeWriter;
    String provinceReader;

    @BeforeEach
    void setUp() {
        prefix = TestProvince.uniquePrefix("P");
        province = TestProvince.create(units, registry, transaction, prefix);
        inB1 = province.person("Nguyễn Văn Tuấn", province.communeB1, StaffCategory.CB, "BI_THU_DU", LocalDate.of(2010, 1, 1));
        inB2 = province.person("Lý Thị Đào", province.communeB2, StaffCategory.CC, "TC_KT", LocalDate.of(2010, 1, 1));
        communeWriter = clients.create("Một cửa " + prefix, province.communeB1.code(), true, "test").token();
        provinceReader = clients.create("Báo cáo " + prefix, province.province.code(), false, "test").token();
        accounts.create(new NewUserAccount(prefix + "qt", "Sở Nội vụ", "mat-khau-dai-1", Role.PROVINCE,
                province.province.code()));
    }

    private static MockHttpServletRequestBuilder as(String token, MockHttpServletRequestBuilder request) {
        return request.header("Authorization", "Bearer " + token);
    }

    @Test
    void withoutAValidTokenTheApiAnswers401AsAProblem() throws Exception {
        mvc.perform(get("/api/v1/people"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Chưa xác thực"));
        mvc.perform(as("chuan_khong-co-khoa-nay", get("/api/v1/people")))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail").value(containsString("thu hồi")));
    }

    @Test
    void aRevokedTokenStopsWorkingAtOnce() throws Exception {
        var created = clients.create("Tạm " + prefix, null, false, "test");
        mvc.perform(as(created.token(), get("/api/v1/units"))).andExpect(status().isOk());
        clients.revoke(created.client().id());
        mvc.perform(as(created.token(), get("/api/v1/units"))).andExpect(status().isUnauthorized());
        assertThat(clients.find(created.client().id()).orElseThrow().active()).isFalse();
    }

    @Test
    void aCommuneTokenReadsOnlyItsCommune() throws Exception {
        mvc.perform(as(communeWriter, get("/api/v1/people")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].fullName").value("Nguyễn Văn Tuấn"));
        mvc.perform(as(communeWriter, get("/api/v1/people/" + inB2.value())))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(as(communeWriter, get("/api/v1/units")))
                .andExpect(jsonPath("$[*].code").value(hasItem(province.communeB1.code())))
                .andExpect(jsonPath("$[*].code").value(not(hasItem(province.communeB2.code()))));
        mvc.perform(as(communeWriter, get("/api/v1/reports/chat-luong").param("unit", province.province.code())))
                .andExpect(status().isNotFound());
        mvc.perform(as(provinceReader, get("/api/v1/people").param("unit", province.province.code())))
                .andExpect(jsonPath("$.total").value(2));
    }

    @Test
    void aPersonReadsWithPostsLevelsAndVerdict() throws Exception {
        province.grant(inB1, Dimension.PROFESSIONAL, "DAI_HOC", LocalDate.of(2005, 6, 1));
        PersonStanding standing = registry.standingOf(inB1).orElseThrow();
        mvc.perform(as(provinceReader, get("/api/v1/people/" + inB1.value())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.currentPost.titleCode").value("BI_THU_DU"))
                .andExpect(jsonPath("$.currentPost.unitCode").value(province.communeB1.code()))
                .andExpect(jsonPath("$.qualifications[0].level").value("DAI_HOC"))
                // The verdict read with the person's row is the one stored for them, with its set.
                .andExpect(jsonPath("$.standing.verdict").value(standing.verdict()))
                .andExpect(jsonPath("$.standing.standardSet").value(standing.standardSet()));
    }

    @Test
    void listsArePagedAndFilteredLikeThePeoplePage() throws Exception {
        for (int i = 0; i < 4; i++) {
            province.person("Trần Văn Bốn " + i, province.communeB1, StaffCategory.CC, "TC_KT", LocalDate.of(2012, 1, 1));
        }
        mvc.perform(as(provinceReader, get("/api/v1/people").param("unit", province.communeB1.code()).param("size", "2").param("page", "1")))
                .andExpect(jsonPath("$.items.length()").value(2))
                .andExpect(jsonPath("$.total").value(5))
                .andExpect(jsonPath("$.totalPages").value(3))
                .andExpect(jsonPath("$.page").value(1));
        // Searching ignores case and diacritics.
        mvc.perform(as(provinceReader, get("/api/v1/people").param("unit", province.province.code()).param("q", "TRAN VAN BON")))
                .andExpect(jsonPath("$.total").value(4));
        mvc.perform(as(provinceReader, get("/api/v1/people").param("asOf", "31/02/2026")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("asOf"));
    }

    private String newPerson(String code, String unitCode, String citizenId) {
        return """
                {"code":"%s","fullName":"Hoàng Thị Mai","birthDate":"1991-03-04","gender":"Nữ","ethnicity":"Tày",
                 "citizenId":"%s","firstPost":{"unit":"%s","category":"CC","title":"TC_KT","startedOn":"2026-01-05","reason":"TUYEN_DUNG"}}
                """.formatted(code, citizenId, unitCode);
    }

    @Test
    void aWriteGoesThroughTheSameRulesAndIsAuditedUnderTheClientsName() throws Exception {
        String location = mvc.perform(as(communeWriter, post("/api/v1/people").contentType(MediaType.APPLICATION_JSON)
                        .content(newPerson(prefix + "-api", province.communeB1.code(), "001191000123"))))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", containsString("/api/v1/people/")))
                .andExpect(jsonPath("$.currentPost.unitCode").value(province.communeB1.code()))
                .andReturn().getResponse().getHeader("Location");
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        assertThat(audit.historyOfPerson(id)).extracting(r -> r.actor()).contains("ứng dụng:Một cửa " + prefix);

        // Same rule as the form: a citizen ID has 12 digits; the field is named.
        mvc.perform(as(communeWriter, post("/api/v1/people").contentType(MediaType.APPLICATION_JSON)
                        .content(newPerson(prefix + "-bad", province.communeB1.code(), "12345"))))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("citizenId"))
                .andExpect(jsonPath("$.errors[0].message").value("Số CCCD phải gồm đúng 12 chữ số"));
        // Not JSON: 415 with what to send, not a server error.
        mvc.perform(as(communeWriter, post("/api/v1/people").contentType(MediaType.TEXT_PLAIN).content("Nguyễn Văn A")))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(jsonPath("$.detail").value("Hãy gửi nội dung JSON với tiêu đề Content-Type: application/json."));
        // Outside the token's commune: nothing is written.
        mvc.perform(as(communeWriter, post("/api/v1/people").contentType(MediaType.APPLICATION_JSON)
                        .content(newPerson(prefix + "-out", province.communeB2.code(), "001191000124"))))
                .andExpect(status().isNotFound());
        assertThat(registry.findByCodes(List.of(prefix + "-out", prefix + "-bad"))).isEmpty();
        // A read-only token cannot write.
        mvc.perform(as(provinceReader, post("/api/v1/people").contentType(MediaType.APPLICATION_JSON)
                        .content(newPerson(prefix + "-ro", province.communeB1.code(), "001191000125"))))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        // A correction based on an old version is refused with 409.
        mvc.perform(as(communeWriter, put("/api/v1/people/" + id).contentType(MediaType.APPLICATION_JSON).content("""
                        {"code":"%s-api","fullName":"Hoàng Thị Mai Anh","birthDate":"1991-03-04","gender":"Nữ","ethnicity":"Tày","version":0}
                        """.formatted(prefix))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.fullName").value("Hoàng Thị Mai Anh"));
        mvc.perform(as(communeWriter, put("/api/v1/people/" + id).contentType(MediaType.APPLICATION_JSON).content("""
                        {"code":"%s-api","fullName":"Hoàng Mai","birthDate":"1991-03-04","gender":"Nữ","ethnicity":"Tày","version":0}
                        """.formatted(prefix))))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.title").value("Xung đột phiên bản"));
        mvc.perform(as(communeWriter, post("/api/v1/people").contentType(MediaType.APPLICATION_JSON).content("{\"code\":")))
                .andExpect(status().isBadRequest());
        // A browser session writes with its CSRF header; without it the answer says so.
        var officer = SecurityMockMvcRequestPostProcessors.user(
                accounts.loadUserByUsername(prefix + "qt"));
        mvc.perform(post("/api/v1/people").with(officer).contentType(MediaType.APPLICATION_JSON)
                        .content(newPerson(prefix + "-web", province.communeB1.code(), "001191000126")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.title").value(containsString("CSRF")));
        mvc.perform(post("/api/v1/people").with(officer).with(org.springframework.security.test.web.servlet.request
                        .SecurityMockMvcRequestPostProcessors.csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content(newPerson(prefix + "-web", province.communeB1.code(), "001191000126")))
                .andExpect(status().isCreated());
    }

    @Test
    void theChangesFeedPagesWithACursorAndKeepsToTheScope() throws Exception {
        String start = cursorNow();
        province.grant(inB1, Dimension.IT, "CO_BAN", LocalDate.of(2020, 1, 1));
        province.grant(inB2, Dimension.IT, "CO_BAN", LocalDate.of(2020, 1, 1));
        province.grant(inB1, Dimension.FOREIGN_LANGUAGE, "B1", LocalDate.of(2021, 1, 1));
        String body = mvc.perform(as(communeWriter, get("/api/v1/changes").param("after", start).param("limit", "1")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items.length()").value(1))
                .andExpect(jsonPath("$.items[0].personId").value(inB1.value()))
                .andExpect(jsonPath("$.items[0].action").value("QUALIFICATION_GRANTED"))
                .andExpect(jsonPath("$.items[0].fields[*].newValue").value(hasItem("Cơ bản")))
                .andExpect(jsonPath("$.more").value(true))
                .andReturn().getResponse().getContentAsString();
        String next = JsonPath.read(body, "$.nextCursor");
        // The commune's token skips the other commune's change and finds the second one of its own.
        mvc.perform(as(communeWriter, get("/api/v1/changes").param("after", next).param("limit", "5")))
                .andExpect(jsonPath("$.items.length()").value(1))
                .andExpect(jsonPath("$.items[0].fields[*].newValue").value(hasItem("B1")))
                .andExpect(jsonPath("$.more").value(false));
        mvc.perform(as(provinceReader, get("/api/v1/changes").param("after", start)))
                .andExpect(jsonPath("$.items.length()").value(3));
        mvc.perform(as(provinceReader, get("/api/v1/changes").param("after", "abc")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("after"));
    }

    private String cursorNow() throws Exception {
        // Read to the end of the feed: the cursor after everything written so far.
        String cursor = "0.0";
        boolean more = true;
        while (more) {
            String body = mvc.perform(as(provinceReader, get("/api/v1/changes").param("after", cursor).param("limit", "500")))
                    .andReturn().getResponse().getContentAsString();
            cursor = JsonPath.read(body, "$.nextCursor");
            more = JsonPath.read(body, "$.more");
        }
        return cursor;
    }

    @Test
    void reportsTargetsAndEvaluationsReadAsData() throws Exception {
        mvc.perform(as(provinceReader, get("/api/v1/reports/chat-luong").param("unit", province.province.code())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total.counts.TOTAL").value(2))
                .andExpect(jsonPath("$.rows[*].unitCode").value(hasItem(province.districtB.code())));
        mvc.perform(as(provinceReader, get("/api/v1/reports/co-cau").param("unit", province.province.code())))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("by"));
        mvc.perform(as(provinceReader, get("/api/v1/reports/khong-co")))
                .andExpect(status().isNotFound());
        mvc.perform(as(provinceReader, get("/api/v1/targets").param("unit", province.province.code()))).andExpect(status().isOk());
        mvc.perform(as(provinceReader, get("/api/v1/evaluations/rounds"))).andExpect(status().isOk());
        mvc.perform(as(provinceReader, get("/api/v1/training/classes"))).andExpect(status().isOk());
        mvc.perform(as(provinceReader, get("/api/v1/nothing-here"))).andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void movesAreRecordedAndReadWithTheSameRulesAsTheRotationPage() throws Exception {
        String provinceWriter = clients.create("Sở Nội vụ " + prefix, province.province.code(), true, "test").token();
        String code = registry.get(TestProvince.EVERYTHING, inB1).code();
        String move = """
                {"personCode":"%s","kind":"BIET_PHAI","toUnit":"%s","toTitle":"BI_THU_DU","startedOn":"2026-03-01","endedOn":"%s",
                 "decision":"QĐ 5/QĐ-UBND"}
                """;
        mvc.perform(as(provinceWriter, post("/api/v1/rotations").contentType(MediaType.APPLICATION_JSON)
                        .content(move.formatted(code, province.communeB2.code(), "2026-02-01"))))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value(containsString("trước ngày bắt đầu")));
        // The commune's key cannot send someone to another commune.
        mvc.perform(as(communeWriter, post("/api/v1/rotations").contentType(MediaType.APPLICATION_JSON)
                        .content(move.formatted(code, province.communeB2.code(), "2026-08-31"))))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value(containsString("ngoài phạm vi")));
        mvc.perform(as(provinceWriter, post("/api/v1/rotations").contentType(MediaType.APPLICATION_JSON)
                        .content(move.formatted(code, province.communeB2.code(), "2026-08-31"))))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.direction").value("BETWEEN_COMMUNES"));
        mvc.perform(as(provinceReader, get("/api/v1/rotations").param("year", "2026")))
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].decision").value("QĐ 5/QĐ-UBND"));
        mvc.perform(as(provinceReader, get("/api/v1/positions/figures"))).andExpect(status().isOk());
        mvc.perform(as(provinceReader, get("/api/v1/recruitment/figures"))).andExpect(status().isOk());
    }

    @Test
    void gradesAreSavedLikeTheGridAndTheNationalFileListsWhoCannotBeSentYet() throws Exception {
        long round = evaluations.openRound(TestProvince.EVERYTHING, 2025, province.districtB.id().value());
        String sheet = """
                {"unit":"%s","grades":[{"personId":%d,"grade":"%s","comment":"Hoàn thành tốt"}]}
                """;
        mvc.perform(as(communeWriter, put("/api/v1/evaluations/rounds/" + round + "/grades").contentType(MediaType.APPLICATION_JSON)
                        .content(sheet.formatted(province.communeB1.code(), inB1.value(), "XYZ"))))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("grade"));
        mvc.perform(as(communeWriter, put("/api/v1/evaluations/rounds/" + round + "/grades").contentType(MediaType.APPLICATION_JSON)
                        .content(sheet.formatted(province.communeB1.code(), inB1.value(), "HTT"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.grades[?(@.personId == " + inB1.value() + ")].grade").value(hasItem("HTT")));
        // One excellent for one good is over the cap (20% of 1 is 0): refused with the rule and the numbers.
        mvc.perform(as(communeWriter, put("/api/v1/evaluations/rounds/" + round + "/grades").contentType(MediaType.APPLICATION_JSON)
                        .content(sheet.formatted(province.communeB1.code(), inB1.value(), "HTXS"))))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value(containsString("NĐ 335/2025: không quá 20%")))
                .andExpect(jsonPath("$.detail").value(containsString("1 người, tối đa 0 trên 0 người hoàn thành tốt")));
        // The commune's key cannot grade the other commune.
        mvc.perform(as(communeWriter, put("/api/v1/evaluations/rounds/" + round + "/grades").contentType(MediaType.APPLICATION_JSON)
                        .content(sheet.formatted(province.communeB2.code(), inB2.value(), "HTT"))))
                .andExpect(status().isNotFound());

        // Neither person has a personal ID: nobody can be sent yet, and the check says why.
        mvc.perform(as(provinceReader, get("/api/v1/national-export/problems")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].fullName").value(hasItem("Nguyễn Văn Tuấn")))
                .andExpect(jsonPath("$[0].fields[0]").value(containsString("Số định danh")));
        mvc.perform(as(communeWriter, get("/api/v1/national-export")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.format").value("chuan/csdl-quoc-gia/1"))
                .andExpect(jsonPath("$.records.length()").value(0))
                .andExpect(jsonPath("$.leftOut.length()").value(1));
        mvc.perform(as(communeWriter, get("/api/v1/national-export").param("changedSince", "hôm qua")))
                .andExpect(status().isUnprocessableContent());
    }

    @Test
    void theOpenApiDocumentIsServedAndDescribesEveryResource() throws Exception {
        String document = mvc.perform(get("/api/openapi")).andExpect(status().isOk())
                .andExpect(jsonPath("$.openapi").value(Matchers.startsWith("3.")))
                .andExpect(jsonPath("$.components.securitySchemes.khoaApi.scheme").value("bearer"))
                .andReturn().getResponse().getContentAsString();
        for (String path : List.of("/api/v1/people", "/api/v1/people/{id}", "/api/v1/units", "/api/v1/reports/{form}",
                "/api/v1/targets", "/api/v1/training/classes", "/api/v1/evaluations/rounds", "/api/v1/changes", "/api/v1/national-export",
                "/api/v1/rotations", "/api/v1/positions/figures", "/api/v1/recruitment/figures")) {
            assertThat((Object) JsonPath.read(document, "$.paths['" + path + "']")).as(path).isNotNull();
        }
        // Parsed by the OpenAPI parser without errors.
        var parsed = new io.swagger.v3.parser.OpenAPIV3Parser().readContents(document);
        assertThat(parsed.getMessages()).isEmpty();
        mvc.perform(get("/api/docs")).andExpect(status().is3xxRedirection());
    }
}
