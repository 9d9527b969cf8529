package vn.chuan.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.APIRequest;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;
import com.microsoft.playwright.options.SelectOption;
import org.assertj.core.api.Assertions;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;

import vn.chuan.evaluation.Conduct;
import vn.chuan.evaluation.DisciplineForm;
import vn.chuan.people.PersonId;
import vn.chuan.people.PersonRegistry;
import vn.chuan.reports.QualityColumn;
import vn.chuan.security.NewUserAccount;
import vn.chuan.security.Role;
import vn.chuan.security.UserAccounts;
import vn.chuan.shared.Dates;
import vn.chuan.shared.Dimension;
import vn.chuan.shared.StaffCategory;
import vn.chuan.succession.Succession;
import vn.chuan.succession.SuccessionPool;
import vn.chuan.support.TestProvince;
import vn.chuan.units.Units;
import vn.chuan.support.Chromium;
import vn.chuan.support.OnTheDayWritten;

/**
 * Through a real browser (Debian's Chromium): log in, search without diacritics, correct a
 * qualification; open the dashboard, drill into a commune, open a count's list, download the form.
 */
@Tag("browser")
@OnTheDayWritten
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BrowserTest {

    @Autowired
    Clock clock;

    static Chromium chromium;
    static Playwright playwright;
    static Browser browser;

    @LocalServerPort
    int port;
    @Autowired
    Units units;
    @Autowired
    PersonRegistry registry;
    @Autowired
    UserAccounts accounts;
    @Autowired
    TransactionTemplate transaction;

    @BeforeAll
    static void launch() {
        // Wait on what the page shows, for as long as a busy machine needs: a short timeout fails a test only because CI is slow.
        com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(120_000);
        chromium = Chromium.launch();
        playwright = chromium.playwright();
        browser = chromium.browser();
    }

    @AfterAll
    static void close() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void anOfficerFindsAPersonWithoutDiacriticsCorrectsAQualificationAndSeesItInTheHistory() {
        String prefix = TestProvince.uniquePrefix("B");
        TestProvince province = TestProvince.create(units, registry, transaction, prefix);
        PersonId tuan = province.person("Nguyễn Văn Tuấn", province.communeB1, StaffCategory.CB, "BI_THU_DU", LocalDate.of(2010, 1, 1));
        province.person("Trần Thị Lan", province.communeB1, StaffCategory.CC, "VP_TK", LocalDate.of(2012, 1, 1));
        province.grant(tuan, Dimension.POLITICAL_THEORY, "SO_CAP", LocalDate.of(2015, 6, 1));
        accounts.create(new NewUserAccount(prefix + "xa", "Công chức xã thử", "matkhau-1", Role.COMMUNE, province.communeB1.code()));

        Page page = logIn("/can-bo", prefix + "xa");

        page.getByPlaceholder("Tìm theo họ tên hoặc mã (không cần dấu)").fill("nguyen van tuan");
        // The list also updates as one types; Enter is what a user does when it has not yet.
        page.getByPlaceholder("Tìm theo họ tên hoặc mã (không cần dấu)").press("Enter");
        assertThat(page.locator("#result-count")).hasText("1 người");
        page.getByText("Nguyễn Văn Tuấn").click();
        assertThat(page.locator("#person-name")).hasText("Nguyễn Văn Tuấn");

        page.locator("#qualifications").getByText("Sửa").first().click();
        page.getByLabel("Trình độ", new Page.GetByLabelOptions().setExact(true)).selectOption("TRUNG_CAP");
        page.getByLabel("Văn bằng, chứng chỉ (số, ngày)").fill("Bằng số 123/TCCT");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu")).click();

        assertThat(page.locator(".alert-success")).containsText("Đã sửa trình độ");
        assertThat(page.locator("[data-dimension=POLITICAL_THEORY]")).hasText("Trung cấp");
        assertThat(page.locator("#history .history-entry").first()).containsText("Sửa trình độ Lý luận chính trị");
        assertThat(page.locator("#history .history-entry").first()).containsText(prefix + "xa");
        page.close();
    }

    @Test
    void aProvinceOfficerDrillsFromTheDashboardToACommuneOpensACountsListAndDownloadsTheForm() throws Exception {
        String prefix = TestProvince.uniquePrefix("D");
        TestProvince province = TestProvince.create(units, registry, transaction, prefix);
        PersonId tuan = province.person("Nguyễn Văn Tuấn", province.communeB1, StaffCategory.CB, "BI_THU_DU", LocalDate.of(2010, 1, 1));
        province.grant(tuan, Dimension.PROFESSIONAL, "DAI_HOC", LocalDate.of(2009, 6, 1));
        province.person("Trần Thị Lan", province.communeB1, StaffCategory.CC, "VP_TK", LocalDate.of(2012, 1, 1));
        province.person("Lò Văn Sơn", province.communeB2, StaffCategory.CC, "TC_KT", LocalDate.of(2012, 1, 1));
        accounts.create(new NewUserAccount(prefix + "so", "Sở Nội vụ thử", "matkhau-1", Role.PROVINCE, province.province.code()));

        Page page = logIn("/", prefix + "so");

        assertThat(page.locator("#unit-path")).containsText(province.province.name());
        assertThat(page.locator("#compliance-chart canvas")).hasCount(1);
        assertThat(page.locator("#trend-chart canvas")).hasCount(1);
        // The picker submits from a deferred script: let the page finish loading before choosing.
        page.waitForLoadState(LoadState.LOAD);
        page.locator("#unit-picker").selectOption(String.valueOf(province.districtB.id().value()));
        assertThat(page.locator("#unit-path")).containsText(province.districtB.name());
        page.waitForLoadState(LoadState.LOAD);
        page.locator("#unit-picker").selectOption(String.valueOf(province.communeB1.id().value()));
        assertThat(page.locator("#unit-path")).containsText(province.communeB1.name());
        assertThat(page.locator("#total-people")).hasText("2");

        page.locator("#open-form").click();
        assertThat(page.locator("#quality-form")).containsText("Tổng cộng");
        page.locator("#quality-form tbody tr").last().locator("a.count").nth(QualityColumnIndex.DAI_HOC).click();
        assertThat(page.locator("#result-count")).hasText("1 người");
        assertThat(page.locator("body")).containsText("Nguyễn Văn Tuấn");
        page.goBack();

        Download download = page.waitForDownload(() -> page.locator("#report-xlsx").click());
        Path file = Files.createTempFile("chat-luong", ".xlsx");
        download.saveAs(file);
        try (var workbook = new ReadableWorkbook(file.toFile())) {
            var rows = workbook.getFirstSheet().read();
            var total = rows.stream().filter(r -> "Tổng cộng".equals(r.getCellText(0))).findFirst().orElseThrow();
            assertThat(total.getCell(1).asNumber().intValue()).isEqualTo(2);
        } finally {
            Files.deleteIfExists(file);
        }
        page.close();
    }

    @Test
    void aProvinceOfficerDefinesAnIndicatorSetsATargetAndDownloadsWhoIsMissing() throws Exception {
        String prefix = TestProvince.uniquePrefix("M");
        TestProvince province = TestProvince.create(units, registry, transaction, prefix);
        PersonId lan = province.person("Trần Thị Lan", province.communeB1, StaffCategory.CC, "VP_TK", LocalDate.of(2012, 1, 1));
        province.grant(lan, Dimension.PROFESSIONAL, "DAI_HOC", LocalDate.of(2015, 1, 1));
        province.person("Lò Văn Sơn", province.communeB2, StaffCategory.CC, "TC_KT", LocalDate.of(2012, 1, 1));
        accounts.create(new NewUserAccount(prefix + "so", "Sở Nội vụ thử", "matkhau-1", Role.PROVINCE, province.province.code()));
        String indicator = "Công chức xã có đại học hoặc ngoại ngữ " + prefix;

        Page page = logIn("/muc-tieu/chi-tieu", prefix + "so");
        page.locator("#name").fill(indicator);
        page.locator("#cat-CB").uncheck();
        page.locator("#yeuCau0-0").selectOption("chuyen_mon>=DAI_HOC");
        page.locator("#yeuCau0-1").selectOption("ngoai_ngu>=B1");
        page.locator("#indicator-form button[type=submit]").click();
        assertThat(page.locator("body")).containsText("Đã thêm chỉ tiêu");
        assertThat(page.locator("#indicators")).containsText("Trình độ chuyên môn từ Đại học trở lên hoặc Ngoại ngữ từ B1 trở lên");

        page.navigate("http://localhost:" + port + "/muc-tieu/moi");
        page.locator("#indicatorId").selectOption(new SelectOption().setLabel(indicator));
        page.locator("#unitId").selectOption(String.valueOf(province.districtB.id().value()));
        page.locator("#threshold").fill("120");
        page.locator("#target-form button[type=submit]").click();
        assertThat(page.locator("#target-problems")).containsText("Ngưỡng phải lớn hơn 0% và không quá 100%");
        page.locator("#threshold").fill("90");
        page.locator("#milestones").fill("2028: 40");
        page.locator("#target-form button[type=submit]").click();

        assertThat(page.locator(".target-card")).containsText(indicator);
        assertThat(page.locator(".target-card")).containsText("1 người");
        assertThat(page.locator(".target-card .chart canvas")).hasCount(1);
        // For a reviewer's eye: what the page looks like (not asserted), once the lines are drawn.
        page.waitForTimeout(1500);
        page.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("target/screenshots/targets.png")).setFullPage(true));
        page.locator(".target-card .lacking-link").click();
        assertThat(page.locator("#lacking")).containsText("Lò Văn Sơn");
        assertThat(page.locator("#lacking")).not().containsText("Trần Thị Lan");
        Download download = page.waitForDownload(() -> page.locator("#lacking-xlsx").click());
        Path file = Files.createTempFile("con-thieu", ".xlsx");
        download.saveAs(file);
        try (var workbook = new ReadableWorkbook(file.toFile())) {
            var rows = workbook.getFirstSheet().read();
            assertThat(rows).filteredOn(r -> r.getCellCount() > 2 && r.getCell(2) != null).extracting(r -> r.getCellText(2))
                    .contains("Lò Văn Sơn").doesNotContain("Trần Thị Lan");
        } finally {
            Files.deleteIfExists(file);
        }
        page.close();
    }

    @Test
    void anOfficerOpensAClassSendsPeopleCompletesAPlaceAndSeesItOnThePersonAndInTheTable() throws Exception {
        String prefix = TestProvince.uniquePrefix("T");
        TestProvince province = TestProvince.create(units, registry, transaction, prefix);
        PersonId hai = province.person("Lương Văn Hải", province.communeB1, StaffCategory.CB, "CT_UBND", LocalDate.of(2015, 1, 1));
        PersonId tam = province.person("Vi Thị Tâm", province.communeB2, StaffCategory.CC, "VP_TK", LocalDate.of(2015, 1, 1));
        accounts.create(new NewUserAccount(prefix + "so", "Sở Nội vụ thử", "matkhau-1", Role.PROVINCE, province.province.code()));
        String haiCode = registry.get(TestProvince.EVERYTHING, hai).code();
        String tamCode = registry.get(TestProvince.EVERYTHING, tam).code();

        Page page = logIn("/dao-tao/lop/moi", prefix + "so");
        page.locator("#programmeId").selectOption(new SelectOption()
                .setLabel("Sơ cấp lý luận chính trị (Lý luận chính trị)"));
        page.locator("#code").fill(prefix + "-SC");
        page.locator("#startsOn").fill("02/03/2026");
        page.locator("#endsOn").fill("01/02/2026");
        page.locator("#seats").fill("1");
        page.locator("#class-form button[type=submit]").click();
        assertThat(page.locator("#class-problem")).containsText("Ngày kết thúc phải không trước ngày khai giảng");
        page.locator("#endsOn").fill("03/04/2026");
        page.locator("#class-form button[type=submit]").click();

        page.locator("#maCanBo").fill(haiCode + ", " + tamCode);
        page.locator("#enrol-form button[type=submit]").click();
        assertThat(page.locator(".alert-danger")).containsText("Lớp chỉ còn 1 chỗ trên 1, không đủ cho 2 người");
        assertThat(page.locator("#maCanBo")).hasValue(haiCode + ", " + tamCode); // what was typed comes back
        page.locator("#maCanBo").fill(haiCode);
        page.locator("#enrol-form button[type=submit]").click();
        assertThat(page.locator("#enrolments")).containsText("Lương Văn Hải");
        page.locator(".complete-form input[name=soChungChi]").fill("SC-77");
        page.locator(".complete-form input[name=ngayCap]").fill("03/04/2026");
        page.locator(".complete-form button").click();
        assertThat(page.locator("#enrolments .status")).hasText("Hoàn thành");

        page.locator("#enrolments a").first().click();
        assertThat(page.locator("#training-history")).containsText("Sơ cấp lý luận chính trị");
        assertThat(page.locator("body")).containsText("Chứng chỉ số SC-77");

        page.navigate("http://localhost:" + port + "/dao-tao/thong-ke?donVi=" + province.province.id().value() + "&tu=2026-01-01");
        assertThat(page.locator("#places-total")).hasText("1");
        page.locator("#places-total").click();
        assertThat(page.locator("#place-list")).containsText("Lương Văn Hải");
        page.close();
    }

    @Test
    void aDistrictOfficerEntersACommunesGradesAndIsWarnedByTheQuota() {
        String prefix = TestProvince.uniquePrefix("G");
        TestProvince province = TestProvince.create(units, registry, transaction, prefix);
        for (int i = 1; i <= 3; i++) {
            province.person("Cán Bộ Số " + i, province.communeB1, StaffCategory.CC, "VP_TK", LocalDate.of(2015, 1, 1));
        }
        accounts.create(new NewUserAccount(prefix + "pnv", "Phòng Nội vụ thử", "matkhau-1", Role.DISTRICT, province.districtB.code()));

        Page page = logIn("/danh-gia", prefix + "pnv");
        page.locator("#nam").fill("2025");
        page.locator("#round-form button[type=submit]").click();
        page.locator("#round-units a", new Page.LocatorOptions().setHasText(province.communeB1.name())).click();
        // Keyboard entry: a grade's letter (X, T, H, K) chooses it and goes to the next person, so "xtt" grades three people.
        page.locator("#grid select.grade").first().focus();
        page.keyboard().type("xtt");
        assertThat(page.locator("#grid select.grade").nth(0)).hasValue("HTXS");
        assertThat(page.locator("#grid select.grade").nth(1)).hasValue("HTT");
        assertThat(page.locator("#grid select.grade").nth(2)).hasValue("HTT");
        assertThat(page.locator("#quota-live")).containsText("1 người, tối đa 0 trên 2 người hoàn thành tốt");
        page.locator("#submit-grid").click();
        // Refused at saving: the grid comes back as typed, with the rule and the numbers.
        assertThat(page.locator(".alert-danger")).containsText("Không lưu: Vượt tỷ lệ hoàn thành xuất sắc nhiệm vụ");
        assertThat(page.locator("#quota-warning")).containsText("1 người, tối đa 0 trên 2 người hoàn thành tốt");
        assertThat(page.locator("#grid select.grade").nth(1)).hasValue("HTT");
        page.locator("#grid select.grade").first().selectOption("HT");
        page.locator("#submit-grid").click();
        assertThat(page.locator(".alert-success")).containsText("Đã lưu và nộp");
        page.close();
    }

    @Test
    void anAdministratorGivesAProgramAKeyThatReadsTheApiAndRevokesIt() {
        String prefix = TestProvince.uniquePrefix("K");
        TestProvince province = TestProvince.create(units, registry, transaction, prefix);
        province.person("Nguyễn Văn Tuấn", province.communeB1, StaffCategory.CB, "BI_THU_DU", LocalDate.of(2010, 1, 1));
        accounts.create(new NewUserAccount(prefix + "qt", "Quản trị thử", "matkhau-1", Role.ADMIN, null));

        Page page = logIn("/quan-tri/ung-dung", prefix + "qt");
        page.getByLabel("Tên ứng dụng").fill("Một cửa " + prefix);
        page.getByLabel("Mã đơn vị phạm vi").fill(province.communeB1.code());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Cấp khóa")).click();
        assertThat(page.locator(".alert-success")).containsText("chỉ hiện một lần");
        String token = page.locator("#new-token code").textContent().strip();
        Assertions.assertThat(token).startsWith("chuan_");

        var api = playwright.request().newContext(new APIRequest.NewContextOptions()
                .setBaseURL("http://localhost:" + port).setExtraHTTPHeaders(Map.of("Authorization", "Bearer " + token)));
        var people = api.get("/api/v1/people");
        Assertions.assertThat(people.status()).isEqualTo(200);
        Assertions.assertThat(people.text()).contains("Nguyễn Văn Tuấn").contains("\"total\":1");

        page.locator("#api-clients tr", new Page.LocatorOptions().setHasText("Một cửa " + prefix))
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Thu hồi")).click();
        assertThat(page.locator(".alert-success")).containsText("Đã thu hồi");
        Assertions.assertThat(api.get("/api/v1/people").status()).isEqualTo(401);
        api.dispose();

        // The API's documentation is a page a programmer can browse.
        page.navigate("http://localhost:" + port + "/api/docs");
        assertThat(page.locator(".swagger-ui .title").first()).containsText("Chuẩn");
        assertThat(page.getByText("/api/v1/people/{id}").first()).isVisible();
        page.close();
    }

    @Test
    void anOfficerSeesWhichRecordsCannotGoToTheNationalDatabaseAndDownloadsTheFile() throws Exception {
        String prefix = TestProvince.uniquePrefix("Q");
        TestProvince province = TestProvince.create(units, registry, transaction, prefix);
        province.person("Lò Văn Thiếu", province.communeB1, StaffCategory.CC, "TC_KT", LocalDate.of(2012, 1, 1));
        accounts.create(new NewUserAccount(prefix + "xa", "Công chức xã thử", "matkhau-1", Role.COMMUNE, province.communeB1.code()));

        Page page = logIn("/nhap-du-lieu", prefix + "xa");
        page.getByText("Tệp cho CSDL quốc gia").click();
        assertThat(page.locator("#missing-count")).containsText("1 hồ sơ");
        assertThat(page.locator("#missing")).containsText("Lò Văn Thiếu");
        assertThat(page.locator("#missing")).containsText("Số định danh cá nhân");
        Download download = page.waitForDownload(() -> page.locator("#download").click());
        String file = Files.readString(download.path(), StandardCharsets.UTF_8);
        Assertions.assertThat(file).contains("\"format\":\"chuan/csdl-quoc-gia/1\"");
        Assertions.assertThat(download.suggestedFilename()).startsWith("csdl-quoc-gia-");
        page.close();
    }

    @Autowired
    Succession succession;
    @Autowired
    Conduct conduct;

    @Test
    void aProvinceOfficerRunsAPoolsAnnualReviewApprovesItThenRecordsARotationAndPlacesSomeoneInAPosition() {
        String prefix = TestProvince.uniquePrefix("S");
        TestProvince province = TestProvince.create(units, registry, transaction, prefix);
        PersonId disciplined = province.person("Lã Văn Kỷ", province.communeB1, StaffCategory.CC, "TC_KT", LocalDate.of(2016, 1, 1));
        PersonId qualified = province.person("Đỗ Minh Đạt", province.communeB1, StaffCategory.CC, "VP_TK", LocalDate.of(2016, 1, 1));
        for (PersonId id : List.of(disciplined, qualified)) {
            province.grant(id, Dimension.GENERAL_EDUCATION, "THPT", LocalDate.of(2003, 6, 1));
            province.grant(id, Dimension.PROFESSIONAL, "DAI_HOC", LocalDate.of(2007, 6, 1));
            province.grant(id, Dimension.POLITICAL_THEORY, "TRUNG_CAP", LocalDate.of(2016, 6, 1));
        }
        long pool = succession.createPool(TestProvince.EVERYTHING, province.communeB1.id().value(), "CT_UBND", 2026, 2031);
        succession.addMember(TestProvince.EVERYTHING, pool, registry.get(TestProvince.EVERYTHING, disciplined).code(), "Có triển vọng");
        conduct.recordDiscipline(TestProvince.EVERYTHING, disciplined.value(), DisciplineForm.CANH_CAO, "7/QĐ-UBND",
                LocalDate.now(clock).minusMonths(1), "UBND huyện", null);
        accounts.create(new NewUserAccount(prefix + "snv", "Sở Nội vụ thử", "matkhau-1", Role.PROVINCE, province.province.code()));

        Page page = logIn("/quy-hoach/" + pool + "/ra-soat", prefix + "snv");
        assertThat(page.locator("#leaving")).containsText("Lã Văn Kỷ");
        assertThat(page.locator("#leaving")).containsText("bị kỷ luật Cảnh cáo");
        assertThat(page.locator("#joining")).containsText("Đỗ Minh Đạt");
        page.getByLabel("Đỗ Minh Đạt").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Duyệt kết quả rà soát")).click();
        assertThat(page.locator(".alert-success")).containsText("Đã duyệt kết quả rà soát");
        Assertions.assertThat(succession.pool(TestProvince.EVERYTHING, pool).orElseThrow().members().stream()
                .filter(SuccessionPool.Member::active).map(SuccessionPool.Member::personName))
                .containsExactly("Đỗ Minh Đạt");

        String code = registry.get(TestProvince.EVERYTHING, qualified).code();
        page.navigate("http://localhost:" + port + "/luan-chuyen");
        page.getByLabel("Mã cán bộ").fill(code);
        page.getByLabel("Hình thức").selectOption("LUAN_CHUYEN");
        page.getByLabel("Đơn vị đến (mã)").fill(province.districtB.code());
        page.getByLabel("Chức danh nơi đến").selectOption("VP_TK");
        page.locator("#tuNgay").fill("01/03/2026");
        page.locator("#denNgay").fill("28/02/2026");
        page.getByLabel("Quyết định").fill("QĐ 15/QĐ-UBND");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ghi").setExact(true)).click();
        assertThat(page.locator(".alert-danger")).containsText("trước ngày bắt đầu");
        page.locator("#denNgay").fill("");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ghi").setExact(true)).click();
        assertThat(page.locator(".alert-success")).containsText("Đã ghi luân chuyển");
        assertThat(page.locator("#by-direction tr[data-direction=UP] td[data-kind=LUAN_CHUYEN]")).hasText("1");

        page.navigate("http://localhost:" + port + "/vi-tri-viec-lam?donVi=" + province.districtB.id().value());
        page.getByLabel("Mã", new Page.GetByLabelOptions().setExact(true)).fill("VP");
        page.getByLabel("Tên vị trí").fill("Văn phòng tổng hợp");
        page.getByLabel("Số lượng").fill("1");
        page.getByLabel("Chuyên ngành phù hợp").fill("hành chính, luật");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Thêm vị trí")).click();
        assertThat(page.locator("#position-name")).hasText("Văn phòng tổng hợp");
        page.getByLabel("Mã cán bộ").fill(code);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bố trí").setExact(true)).click();
        assertThat(page.locator(".alert-success")).containsText("Đã bố trí");
        assertThat(page.locator("#headcount")).containsText("đã bố trí 1, còn trống 0");
        page.locator("#soLuong").fill("0");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu")).click();
        assertThat(page.locator(".alert-danger")).containsText("đang có 1 người");
        // The staffing pages are under one menu. Bootstrap's deferred script opens it: wait until it
        // has run, or a click made as soon as the page shows does nothing.
        page.waitForLoadState(LoadState.DOMCONTENTLOADED);
        page.locator("#staffing-menu").click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Tuyển dụng").setExact(true)).click();
        assertThat(page.locator("h1")).hasText("Tuyển dụng");
        page.close();
    }

    @Test
    void anOfficerOpensTheImportPageFromTheDataMenuAndLogsOutFromTheMenuUnderTheirName() {
        String prefix = TestProvince.uniquePrefix("N");
        TestProvince province = TestProvince.create(units, registry, transaction, prefix);
        accounts.create(new NewUserAccount(prefix + "xa", "Cán bộ xã thử menu", "matkhau-1", Role.COMMUNE, province.communeB1.code()));

        Page page = logIn("/", prefix + "xa");
        page.waitForLoadState(LoadState.DOMCONTENTLOADED);
        page.locator("#data-menu").click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Nhập, xuất").setExact(true)).click();
        assertThat(page.locator("h1")).hasText("Nhập danh sách cán bộ, công chức");

        page.waitForLoadState(LoadState.DOMCONTENTLOADED);
        page.locator("#user-menu").click();
        assertThat(page.locator("[aria-labelledby=user-menu]")).containsText(province.communeB1.name());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đăng xuất")).click();
        assertThat(page.getByLabel("Tên đăng nhập")).isVisible();
        page.close();
    }

    /** The browser's own date field would show mm/dd/yyyy in an English browser: dates are typed and shown as dd/mm/yyyy. */
    @Test
    void anOfficerTypesTheDateOfTheListAsDayMonthYearAndSeesWhoHeldAPostThen() {
        String prefix = TestProvince.uniquePrefix("D");
        TestProvince province = TestProvince.create(units, registry, transaction, prefix);
        province.person("Nông Văn Cũ", province.communeB1, StaffCategory.CB, "BI_THU_DU", LocalDate.of(2010, 1, 1));
        province.person("Lò Thị Mới", province.communeB1, StaffCategory.CC, "VP_TK", LocalDate.of(2020, 1, 1));
        accounts.create(new NewUserAccount(prefix + "xa", "Cán bộ xã thử ngày", "matkhau-1", Role.COMMUNE, province.communeB1.code()));

        Page page = logIn("/can-bo", prefix + "xa");
        assertThat(page.locator("#result-count")).hasText("2 người");
        assertThat(page.locator("#ngay")).hasValue(Dates.format(LocalDate.now(clock)));
        page.locator("#ngay").fill("31/12/2015");
        page.locator("#ngay").press("Enter");
        assertThat(page.locator("#result-count")).hasText("1 người");
        assertThat(page.locator("table")).containsText("Nông Văn Cũ");
        assertThat(page.locator("#ngay")).hasValue("31/12/2015");
        page.locator("#ngay").fill("31/02/2015");
        page.locator("#ngay").press("Enter");
        assertThat(page.locator("#results-problem")).containsText("Không đọc được ngày “31/02/2015”");
        page.close();
    }

    /**
     * A yearly list with a title the catalogue lacks: the administrator follows the error's link,
     * adds the province's title, uploads the list again with its date typed as dd/mm/yyyy, and the
     * preview names the date and creates the person.
     */
    @Test
    void anAdministratorAddsTheTitleAListUsesFromItsPreviewThenImportsTheListOfItsDate() {
        String prefix = TestProvince.uniquePrefix("Y");
        TestProvince province = TestProvince.create(units, registry, transaction, prefix);
        accounts.create(new NewUserAccount(prefix + "qt", "Quản trị danh mục", "matkhau-1", Role.ADMIN, null));
        String title = "Trưởng bản " + prefix;
        byte[] list = ("Mã cán bộ,Họ và tên,Ngày sinh,Giới tính,Dân tộc,Mã đơn vị,Loại,Chức danh\n"
                + prefix + "-1,Lò Văn Bản,02/07/1980,Nam,Thái," + province.communeB1.code() + ",KCT," + title + "\n")
                .getBytes(StandardCharsets.UTF_8);
        var file = new com.microsoft.playwright.options.FilePayload("ds-2016.csv", "text/csv", list);

        Page page = logIn("/nhap-du-lieu", prefix + "qt");
        page.locator("#file").setInputFiles(file);
        page.getByLabel("Danh sách tại ngày").fill("31/12/2016");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đọc và kiểm tra")).click();
        assertThat(page.locator("#import-errors")).containsText("không có trong danh mục chức danh");
        page.locator("#import-errors a.add-title").click();
        assertThat(page.locator("h1")).hasText("Danh mục chức danh");
        assertThat(page.locator("#name")).hasValue(title);
        page.locator("#code").fill("KCT_TRUONG_BAN_" + prefix.replaceAll("[^A-Za-z0-9]", "").toUpperCase());
        page.locator("#source").fill("Nghị quyết 12/2023/NQ-HĐND tỉnh");
        page.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("target/screenshots/titles.png")));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Thêm vào danh mục")).click();
        assertThat(page.locator(".alert-success")).containsText("Đã thêm chức danh " + title);

        page.navigate("http://localhost:" + port + "/nhap-du-lieu");
        page.locator("#file").setInputFiles(file);
        page.getByLabel("Danh sách tại ngày").fill("31/12/2016");
        page.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("target/screenshots/upload.png")));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đọc và kiểm tra")).click();
        assertThat(page.locator("#import-list-date")).hasText("Danh sách tại ngày 31/12/2016");
        assertThat(page.locator("#count-create")).hasText("1");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Xác nhận nhập")).click();
        assertThat(page.locator("#import-result")).containsText("Đã nhập: 1 tạo mới");
        page.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("target/screenshots/yearly-list.png")).setFullPage(true));
        Assertions.assertThat(registry.findByCodes(List.of(prefix + "-1")).get(prefix + "-1").assignments().get(0).startedOn())
                .isEqualTo(LocalDate.of(2016, 12, 31));
        page.close();
    }

    /** A new page that asked for {@code path} and logged in on the way (password matkhau-1). */
    private Page logIn(String path, String username) {
        Page page = browser.newPage();
        page.navigate("http://localhost:" + port + path);
        page.getByLabel("Tên đăng nhập").fill(username);
        page.getByLabel("Mật khẩu").fill("matkhau-1");
        page.getByRole(AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Đăng nhập")).click();
        return page;
    }

    /** The position of a column's link in a row of the form (every column links to its list). */
    private static final class QualityColumnIndex {
        static final int DAI_HOC = QualityColumn.DAI_HOC.ordinal();
    }
}
