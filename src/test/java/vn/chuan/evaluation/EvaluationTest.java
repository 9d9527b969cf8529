package vn.chuan.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import vn.chuan.audit.AuditLog;
import vn.chuan.people.NewAssignment;
import vn.chuan.people.PersonDetails;
import vn.chuan.people.PersonId;
import vn.chuan.people.PersonNotFoundException;
import vn.chuan.people.PersonRegistry;
import vn.chuan.security.NewUserAccount;
import vn.chuan.security.Role;
import vn.chuan.security.UserAccounts;
import vn.chuan.security.UserScope;
import vn.chuan.shared.AssignmentReason;
import vn.chuan.shared.Dates;
import vn.chuan.shared.Gender;
import vn.chuan.shared.StaffCategory;
import vn.chuan.support.TestProvince;
import vn.chuan.units.Unit;
import vn.chuan.units.Units;

/** Rounds, the grid, the quota at its edges, locking and the audited change, the two-year rule across a transfer. */
@Tag("db")
@SpringBootTest
@AutoConfigureMockMvc
class EvaluationTest {

    @Autowired
    Evaluations evaluations;
    @Autowired
    PersonRegistry registry;
    @Autowired
    Units units;
    @Autowired
    UserAccounts accounts;
    @Autowired
    AuditLog audit;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    Conduct conduct;
    @Autowired
    GradeImport gradeImport;
    @Autowired
    CompetencyTests competency;
    @Autowired
    Surveys surveys;
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    TestProvince province;
    List<PersonId> b1 = new ArrayList<>();
    PersonId b2;

    @BeforeEach
    void setUp() {
        String prefix = TestProvince.uniquePrefix("E");
        province = TestProvince.create(units, registry, transaction, prefix);
        for (int i = 1; i <= 6; i++) {
            b1.add(province.person("Người Số " + i, province.communeB1, StaffCategory.CC, "VP_TK", LocalDate.of(2015, 1, 1)));
        }
        b2 = province.person("Người Xã Khác", province.communeB2, StaffCategory.CC, "TC_KT", LocalDate.of(2015, 1, 1));
    }

    private List<Evaluations.Entry> grades(Grade... grades) {
        List<Evaluations.Entry> entries = new ArrayList<>();
        for (int i = 0; i < grades.length; i++) {
            entries.add(new Evaluations.Entry(b1.get(i).value(), grades[i], null));
        }
        return entries;
    }

    @Test
    void aLeaderFailingTwoNonConsecutiveYearsOfOneAppointmentTermIsListed() {
        PersonId leader = registry.register(TestProvince.EVERYTHING, new PersonDetails(province.province.code() + "-ld",
                "Chủ Tịch Thử", LocalDate.of(1975, 1, 1), Gender.NAM, "Kinh", null, true, null),
                new NewAssignment(province.communeB1.id(), StaffCategory.CB, "CT_UBND", LocalDate.of(2021, 3, 1),
                        AssignmentReason.BO_NHIEM));
        // Appointed in 2015: that term ended in 2019, before the failed years.
        PersonId earlier = registry.register(TestProvince.EVERYTHING, new PersonDetails(province.province.code() + "-ct",
                "Nhiệm Kỳ Trước", LocalDate.of(1975, 1, 1), Gender.NAM, "Kinh", null, true, null),
                new NewAssignment(province.communeB1.id(), StaffCategory.CB, "PCT_UBND", LocalDate.of(2015, 1, 1),
                        AssignmentReason.BO_NHIEM));
        PersonId notLeader = b1.get(0);
        for (int year : List.of(2022, 2023, 2024)) {
            long round = evaluations.openRound(TestProvince.EVERYTHING, year, province.districtB.id().value());
            Grade grade = year == 2023 ? Grade.HT : Grade.KHT;
            evaluations.save(TestProvince.EVERYTHING, round, province.communeB1, List.of(new Evaluations.Entry(leader.value(), grade, null),
                    new Evaluations.Entry(earlier.value(), grade, null), new Evaluations.Entry(notLeader.value(), grade, null)));
        }
        assertThat(evaluations.leadersNotCompletedTwiceInTerm(TestProvince.EVERYTHING, 2024)).extracting(p -> p.fullName())
                .containsExactly("Chủ Tịch Thử");
        assertThat(evaluations.leadersNotCompletedTwiceInTerm(TestProvince.EVERYTHING, 2023)).as("only one failed year by 2023").isEmpty();
        assertThat(evaluations.notCompletedTwiceInThreeYears(TestProvince.EVERYTHING, 2024)).extracting(p -> p.fullName())
                .contains("Người Số 1");
        assertThat(evaluations.notCompletedTwoYears(TestProvince.EVERYTHING, 2024)).as("2022 and 2024 are not consecutive").isEmpty();
    }

    @Test
    void theQuotaAtItsEdges() {
        Map<Grade, Integer> counts = new EnumMap<>(Grade.class);
        counts.put(Grade.HTT, 5);
        counts.put(Grade.HTXS, 1);
        assertThat(Quota.check(counts)).as("1 of 5 good is 20%").isEmpty();
        counts.put(Grade.HTXS, 2);
        assertThat(Quota.check(counts)).hasValueSatisfying(w -> assertThat(w).contains("2 người, tối đa 1 trên 5 người hoàn thành tốt"));
        counts.put(Grade.HTT, 4);
        counts.put(Grade.HTXS, 1);
        assertThat(Quota.check(counts)).as("20% of 4 rounds down to 0").isPresent();
        assertThat(Grade.parse("hoan thanh tot nhiem vu")).contains(Grade.HTT);
    }

    @Test
    void aUnitFillsItsGridIsWarnedByTheQuotaSubmitsAndTheRoundIsLocked() {
        long round = evaluations.openRound(TestProvince.EVERYTHING, 2025, province.districtB.id().value());
        EvaluationRound r = evaluations.round(TestProvince.EVERYTHING, round).orElseThrow();
        assertThat(evaluations.grid(TestProvince.EVERYTHING, r, province.communeB1)).hasSize(6);

        assertThatThrownBy(() -> evaluations.save(TestProvince.EVERYTHING, round, province.communeB1,
                grades(Grade.HTXS, Grade.HTXS, Grade.HTT, Grade.HTT, Grade.HTT, Grade.HT))).as("2 excellent for 3 good")
                .isInstanceOf(InvalidEvaluationException.class)
                .hasMessageContaining("Không lưu: Vượt tỷ lệ hoàn thành xuất sắc nhiệm vụ (NĐ 335/2025: không quá 20%")
                .hasMessageContaining("2 người, tối đa 0 trên 3 người hoàn thành tốt");
        assertThat(evaluations.grid(TestProvince.EVERYTHING, r, province.communeB1)).as("nothing saved").allMatch(g -> g.grade() == null);
        assertThatThrownBy(() -> evaluations.submit(TestProvince.EVERYTHING, round, province.communeB1, "test"))
                .isInstanceOf(InvalidEvaluationException.class).hasMessageContaining("còn 6 người chưa được xếp loại");
        assertThatThrownBy(() -> evaluations.save(TestProvince.EVERYTHING, round, province.communeB1,
                List.of(new Evaluations.Entry(b2.value(), Grade.HTT, null))))
                .as("a person of another commune").isInstanceOf(InvalidEvaluationException.class).hasMessageContaining("không thuộc");
        assertThat(evaluations.save(TestProvince.EVERYTHING, round, province.communeB1,
                grades(Grade.HTXS, Grade.HTT, Grade.HTT, Grade.HTT, Grade.HTT, Grade.HTT))).isEmpty();
        evaluations.submit(TestProvince.EVERYTHING, round, province.communeB1, "test");

        assertThatThrownBy(() -> evaluations.approve(scopeOf(province.communeB1), round))
                .as("a commune does not approve its district's round").isInstanceOf(InvalidEvaluationException.class);
        evaluations.approve(TestProvince.EVERYTHING, round);
        assertThatThrownBy(() -> evaluations.save(TestProvince.EVERYTHING, round, province.communeB1, grades(Grade.HT)))
                .isInstanceOf(InvalidEvaluationException.class).hasMessageContaining("khóa");
        assertThatThrownBy(() -> evaluations.changeLocked(TestProvince.EVERYTHING, round, b1.get(1).value(), Grade.HT, " "))
                .isInstanceOf(InvalidEvaluationException.class).hasMessage("Sửa xếp loại đã khóa cần ghi lý do");
        evaluations.changeLocked(TestProvince.EVERYTHING, round, b1.get(1).value(), Grade.HT, "Phát hiện sai sót sau khi khóa");
        assertThat(audit.historyOfPerson(b1.get(1).value())).anySatisfy(entry -> {
            assertThat(entry.summary()).contains("Lý do: Phát hiện sai sót sau khi khóa");
        });
        assertThat(evaluations.grid(TestProvince.EVERYTHING, r, province.communeB1)).filteredOn(g -> g.personId() == b1.get(1).value())
                .singleElement().satisfies(g -> assertThat(g.grade()).isEqualTo(Grade.HT));
    }

    @Test
    void theQuotaHoldsAtEverySaveAfterSubmissionAndAtApprovalUnlessTheApproversAllowTheUnit() {
        long round = evaluations.openRound(TestProvince.EVERYTHING, 2025, province.districtB.id().value());
        // Exactly 20%: one excellent for five good.
        assertThat(evaluations.save(TestProvince.EVERYTHING, round, province.communeB1,
                grades(Grade.HTXS, Grade.HTT, Grade.HTT, Grade.HTT, Grade.HTT, Grade.HTT))).isEmpty();
        evaluations.submit(TestProvince.EVERYTHING, round, province.communeB1, "test");
        // One over, after submission: refused, the grid stays as it was.
        assertThatThrownBy(() -> evaluations.save(TestProvince.EVERYTHING, round, province.communeB1,
                List.of(new Evaluations.Entry(b1.get(1).value(), Grade.HTXS, null))))
                .isInstanceOf(InvalidEvaluationException.class).hasMessageContaining("2 người, tối đa 0 trên 4 người hoàn thành tốt");
        assertThat(evaluations.countsByUnit(round).get(province.communeB1.id().value())).containsEntry(Grade.HTXS, 1);

        // A commune cannot allow itself; the district that approves can, with a reason, audited.
        assertThatThrownBy(() -> evaluations.allowAboveQuota(scopeOf(province.communeB1), round, province.communeB1, "Tự cho phép", "xa"))
                .isInstanceOf(InvalidEvaluationException.class);
        assertThatThrownBy(() -> evaluations.allowAboveQuota(TestProvince.EVERYTHING, round, province.communeB1, " ", "huyen"))
                .hasMessage("Cho phép vượt tỷ lệ cần ghi lý do (thành tích nổi bật của đơn vị)");
        evaluations.allowAboveQuota(TestProvince.EVERYTHING, round, province.communeB1, "Dẫn đầu phong trào thi đua năm 2025", "huyen");
        assertThat(evaluations.save(TestProvince.EVERYTHING, round, province.communeB1,
                List.of(new Evaluations.Entry(b1.get(1).value(), Grade.HTXS, null))))
                .hasValueSatisfying(n -> assertThat(n).contains("được phép vượt tỷ lệ: Dẫn đầu phong trào thi đua năm 2025 (huyen"));

        // Grades written before the rule held (another unit, over the cap, not allowed): the approval names the unit.
        evaluations.save(TestProvince.EVERYTHING, round, province.communeB2, List.of(new Evaluations.Entry(b2.value(), Grade.HTT, null)));
        evaluations.submit(TestProvince.EVERYTHING, round, province.communeB2, "test");
        jdbc.sql("update evaluation_grade set grade = 'HTXS' where person_id = :p and eval_year = 2025").param("p", b2.value()).update();
        assertThatThrownBy(() -> evaluations.approve(TestProvince.EVERYTHING, round))
                .isInstanceOf(InvalidEvaluationException.class)
                .hasMessageContaining("Chưa duyệt được, đơn vị vượt tỷ lệ: Xã Yên Mỹ (Vượt tỷ lệ")
                .hasMessageNotContaining("Thị trấn Bằng Lũng");
        jdbc.sql("update evaluation_grade set grade = 'HTT' where person_id = :p and eval_year = 2025").param("p", b2.value()).update();
        evaluations.approve(TestProvince.EVERYTHING, round);
    }

    @Test
    void aPastYearRecordedAsDecidedKeepsItsBreachAndTheDataQualityPageNamesIt() throws Exception {
        long round = evaluations.openRound(TestProvince.EVERYTHING, 2023, province.districtB.id().value());
        int saved = evaluations.recordDecided(TestProvince.EVERYTHING, round, Map.of(province.communeB1,
                grades(Grade.HTXS, Grade.HTXS, Grade.HTT, Grade.HTT, Grade.HTT, Grade.HT)));
        assertThat(saved).isEqualTo(6);
        assertThat(evaluations.round(TestProvince.EVERYTHING, round).orElseThrow().locked()).isTrue();
        assertThat(evaluations.decidedBreaches(TestProvince.EVERYTHING)).singleElement().satisfies(b -> {
            assertThat(b.unitName()).isEqualTo("Thị trấn Bằng Lũng");
            assertThat(b.detail()).contains("Năm 2023", "2 người, tối đa 0 trên 3 người hoàn thành tốt");
        });
        mvc.perform(get("/chat-luong-du-lieu").with(user(accounts.loadUserByUsername("admin"))))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"unit-findings\"")))
                .andExpect(content().string(Matchers.containsString("Năm 2023: Vượt tỷ lệ")));
    }

    @Test
    void theGradeMixCountsEachUnitCategoryAndGenderAndEveryNumberOpensItsList() throws Exception {
        long round = evaluations.openRound(TestProvince.EVERYTHING, 2025, province.districtB.id().value());
        evaluations.save(TestProvince.EVERYTHING, round, province.communeB1,
                grades(Grade.HTXS, Grade.HTT, Grade.HTT, Grade.HTT, Grade.HTT, Grade.HTT));
        evaluations.save(TestProvince.EVERYTHING, round, province.communeB2, List.of(new Evaluations.Entry(b2.value(), Grade.KHT, null)));

        GradeMix byUnit = evaluations.mix(TestProvince.EVERYTHING, province.districtB, 2025, "don-vi");
        assertThat(byUnit.rows()).extracting(GradeMix.Row::label).containsExactly("Thị trấn Bằng Lũng", "Xã Yên Mỹ");
        assertThat(byUnit.rows().get(0).count(Grade.HTXS)).isEqualTo(1);
        assertThat(byUnit.rows().get(0).share(Grade.HTXS)).isEqualTo("16,67%");
        assertThat(byUnit.rows().get(1).count(Grade.KHT)).isEqualTo(1);
        assertThat(byUnit.total().total()).isEqualTo(7);
        GradeMix byCategory = evaluations.mix(TestProvince.EVERYTHING, province.districtB, 2025, "loai");
        assertThat(byCategory.rows()).filteredOn(r -> r.label().equals("Công chức")).singleElement()
                .satisfies(r -> assertThat(r.total()).isEqualTo(7));
        assertThat(byUnit.trend()).containsKey(2025);
        assertThat(evaluations.graded(TestProvince.EVERYTHING, province.districtB, 2025, Grade.HTT, "CC", null, 0).total()).isEqualTo(5);

        String officer = "mx" + province.province.code().toLowerCase();
        accounts.create(new NewUserAccount(officer, "Phòng Nội vụ", "mat-khau-dai-1", Role.DISTRICT, province.districtB.code()));
        var asOfficer = user(accounts.loadUserByUsername(officer));
        String mixPage = mvc.perform(get("/danh-gia/phan-bo").param("donVi", String.valueOf(province.districtB.id().value())).param("nam", "2025")
                        .with(asOfficer))
                .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("16,67%")))
                .andExpect(content().string(Matchers.containsString("id=\"grade-trend\"")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(mixPage.substring(mixPage.indexOf("id=\"grade-trend-table\""))).as("the trend's figures a click away")
                .contains("<td>2025</td>").contains("5 (71,43%)</td>");
        mvc.perform(get("/danh-gia/danh-sach").param("donVi", String.valueOf(province.districtB.id().value())).param("nam", "2025")
                        .param("xepLoai", "KHT").with(asOfficer))
                .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("Người Xã Khác")))
                .andExpect(content().string(Matchers.containsString("1 kết quả")));
        mvc.perform(get("/danh-gia/phan-bo.xlsx").param("donVi", String.valueOf(province.districtB.id().value())).param("nam", "2025")
                .with(asOfficer)).andExpect(status().isOk());
        byte[] paper = mvc.perform(get("/danh-gia/phan-bo.pdf").param("donVi", String.valueOf(province.districtB.id().value()))
                .param("nam", "2025").with(asOfficer)).andExpect(status().isOk())
                .andExpect(content().contentType("application/pdf")).andReturn().getResponse().getContentAsByteArray();
        PdfReader reader = new PdfReader(paper);
        String text = new PdfTextExtractor(reader).getTextFromPage(1);
        reader.close();
        assertThat(text).contains("KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI NĂM 2025", province.districtB.name(), byUnit.rows().get(0).label(),
                "16,67%", "Tổng cộng");
    }

    @Test
    void aDisciplineInTheYearLimitsTheGradeAndTheRecordShowsIt() throws Exception {
        assertThatThrownBy(() -> conduct.recordDiscipline(TestProvince.EVERYTHING, b1.get(0).value(), DisciplineForm.KHIEN_TRACH, " ",
                LocalDate.of(2025, 4, 3), "UBND huyện", 12)).isInstanceOf(InvalidEvaluationException.class)
                .hasMessage("Cần số quyết định, ngày quyết định và cơ quan ban hành");
        conduct.recordDiscipline(TestProvince.EVERYTHING, b1.get(0).value(), DisciplineForm.KHIEN_TRACH, "12/QĐ-UBND",
                LocalDate.of(2025, 4, 3), "UBND huyện Tây", 12);
        long round = evaluations.openRound(TestProvince.EVERYTHING, 2025, province.districtB.id().value());

        assertThatThrownBy(() -> evaluations.save(TestProvince.EVERYTHING, round, province.communeB1, grades(Grade.HTT)))
                .isInstanceOf(InvalidEvaluationException.class)
                .hasMessageContaining("bị kỷ luật trong năm 2025 (Khiển trách (12/QĐ-UBND ngày 03/04/2025, UBND huyện Tây, 12 tháng))")
                .hasMessageContaining("chỉ được xếp loại không hoàn thành nhiệm vụ");
        assertThat(evaluations.save(TestProvince.EVERYTHING, round, province.communeB1, grades(Grade.KHT))).isEmpty();
        assertThatThrownBy(() -> evaluations.openRound(TestProvince.EVERYTHING, 2025, province.districtB.id().value()))
                .isInstanceOf(InvalidEvaluationException.class).hasMessageContaining("Đã có đợt đánh giá năm 2025");

        String officer = "kl" + province.province.code().toLowerCase();
        accounts.create(new NewUserAccount(officer, "Phòng Nội vụ", "mat-khau-dai-1", Role.DISTRICT, province.districtB.code()));
        mvc.perform(get("/ky-luat-khen-thuong/can-bo/" + b1.get(0).value()).with(user(accounts.loadUserByUsername(officer))))
                .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("Khiển trách (12/QĐ-UBND")));
        mvc.perform(post("/ky-luat-khen-thuong/can-bo/" + b1.get(1).value() + "/khen-thuong").with(user(accounts.loadUserByUsername(officer)))
                        .with(csrf()).param("hinhThuc", "Giấy khen").param("soQuyetDinh", "5/QĐ-UBND").param("ngay", "01/12/2025")
                        .param("coQuan", "UBND huyện Tây"))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("notice", "Đã ghi khen thưởng."));
        assertThat(conduct.awards(TestProvince.EVERYTHING, b1.get(1).value())).singleElement()
                .satisfies(a -> assertThat(a.form()).isEqualTo("Giấy khen"));
    }

    /** Discipline and awards: each rule of the form refuses in Vietnamese and records nothing; out of scope is refused too. */
    @Test
    void aDisciplineOrAnAwardThatBreaksARuleIsRefusedAndNothingIsRecorded() {
        long person = b1.get(2).value();
        LocalDate decided = LocalDate.of(2025, 6, 1);
        assertThatThrownBy(() -> conduct.recordDiscipline(TestProvince.EVERYTHING, person, null, "1/QĐ", decided, "UBND xã", null))
                .isInstanceOf(InvalidEvaluationException.class).hasMessage("Chọn hình thức kỷ luật");
        assertThatThrownBy(() -> conduct.recordDiscipline(TestProvince.EVERYTHING, person, DisciplineForm.CANH_CAO, "1/QĐ", decided,
                "UBND xã", 121)).isInstanceOf(InvalidEvaluationException.class).hasMessage("Thời hạn kỷ luật phải từ 1 đến 120 tháng");
        assertThatThrownBy(() -> conduct.recordDiscipline(TestProvince.EVERYTHING, person, DisciplineForm.CANH_CAO, "1/QĐ",
                Dates.today().plusDays(1), "UBND xã", 12)).isInstanceOf(InvalidEvaluationException.class)
                .hasMessage("Ngày quyết định không thể sau hôm nay");
        assertThatThrownBy(() -> conduct.recordAward(TestProvince.EVERYTHING, person, " ", "2/QĐ", decided, "UBND huyện"))
                .isInstanceOf(InvalidEvaluationException.class)
                .hasMessage("Ghi hình thức khen thưởng (giấy khen, bằng khen, danh hiệu …)");
        assertThatThrownBy(() -> conduct.recordAward(UserScope.of(province.communeB2, true), person, "Giấy khen", "2/QĐ", decided,
                "UBND huyện")).isInstanceOf(PersonNotFoundException.class);
        assertThat(conduct.disciplinesOf(person)).isEmpty();
        assertThat(conduct.awards(TestProvince.EVERYTHING, person)).isEmpty();

        conduct.recordDiscipline(TestProvince.EVERYTHING, person, DisciplineForm.CANH_CAO, "3/QĐ-UBND", decided, "UBND huyện", null);
        assertThat(conduct.disciplinesOf(person)).singleElement()
                .satisfies(d -> assertThat(d.text()).isEqualTo("Cảnh cáo (3/QĐ-UBND ngày 01/06/2025, UBND huyện)"));
    }

    @Test
    void peopleWithoutAGradeForTheYearAreListed() throws Exception {
        long round = evaluations.openRound(TestProvince.EVERYTHING, 2025, province.districtB.id().value());
        evaluations.save(TestProvince.EVERYTHING, round, province.communeB1,
                grades(Grade.HTT, Grade.HTT, Grade.HTT, Grade.HTT, Grade.HTT, Grade.HTT));

        var missing = evaluations.missing(scopeOf(province.districtB), 2025, 0, 50);

        assertThat(missing.items()).extracting(p -> p.fullName()).containsExactly("Người Xã Khác");
        assertThat(missing.total()).isEqualTo(1);

        // The consequences page opens on the last year graded in the officer's scope, the ungraded as a table.
        String officer = province.province.code() + "hq";
        accounts.create(new NewUserAccount(officer, "Phòng Nội vụ", "mat-khau-dai-1", Role.DISTRICT, province.districtB.code()));
        mvc.perform(get("/danh-gia/he-qua").with(user(accounts.loadUserByUsername(officer)))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Năm 2025")))
                .andExpect(content().string(Matchers.containsString("<table class=\"table table-sm bg-white small w-auto\" id=\"missing-grades\">")))
                .andExpect(content().string(Matchers.containsString("Người Xã Khác")));
    }

    @Test
    void gradesImportFromASpreadsheetOnlyWhenEveryRowIsRight() throws Exception {
        long round = evaluations.openRound(TestProvince.EVERYTHING, 2025, province.districtB.id().value());
        StringBuilder csv = new StringBuilder("Mã cán bộ;Họ và tên;Xếp loại;Nhận xét\n");
        for (PersonId id : b1) {
            csv.append(registry.get(TestProvince.EVERYTHING, id).code()).append(";x;Hoàn thành tốt nhiệm vụ;Tốt\n");
        }
        String good = csv.toString();
        String bad = good + "KHONG-CO;y;HTT;\n" + registry.get(TestProvince.EVERYTHING, b2).code() + ";z;giỏi;\n";

        GradeImport.Result refused = gradeImport.importGrades(TestProvince.EVERYTHING, round,
                new ByteArrayInputStream(bad.getBytes(StandardCharsets.UTF_8)), "xep-loai.csv");
        assertThat(refused.saved()).isZero();
        assertThat(refused.errors()).containsExactly("Dòng 8: không có cán bộ mã KHONG-CO trong phạm vi được giao",
                "Dòng 9: xếp loại “giỏi” không hợp lệ (HTXS, HTT, HT, KHT hoặc tên đầy đủ)");
        EvaluationRound r = evaluations.round(TestProvince.EVERYTHING, round).orElseThrow();
        assertThat(evaluations.grid(TestProvince.EVERYTHING, r, province.communeB1)).allSatisfy(row -> assertThat(row.grade()).isNull());

        GradeImport.Result result = gradeImport.importGrades(TestProvince.EVERYTHING, round,
                new ByteArrayInputStream(good.getBytes(StandardCharsets.UTF_8)), "xep-loai.csv");
        assertThat(result.saved()).isEqualTo(6);
        assertThat(evaluations.grid(TestProvince.EVERYTHING, r, province.communeB1)).allSatisfy(row -> {
            assertThat(row.grade()).isEqualTo(Grade.HTT);
            assertThat(row.comment()).isEqualTo("Tốt");
        });
    }

    @Test
    void aCompetencyTestWeighsItsSubjectsAndFailuresLeadToARetakeOrADecision() throws Exception {
        long test = competency.create(TestProvince.EVERYTHING, "Sát hạch công chức xã 2026", LocalDate.of(2026, 6, 1),
                province.communeB1.id().value(), new BigDecimal("5"), BigDecimal.TEN,
                List.of(new CompetencyTest.Subject("Kiến thức pháp luật", new BigDecimal("2")),
                        new CompetencyTest.Subject("Xử lý tình huống", BigDecimal.ONE)));
        String first = registry.get(TestProvince.EVERYTHING, b1.get(0)).code();
        String second = registry.get(TestProvince.EVERYTHING, b1.get(1)).code();
        assertThatThrownBy(() -> competency.register(TestProvince.EVERYTHING, test, List.of(first, registry.get(TestProvince.EVERYTHING, b2).code())))
                .isInstanceOf(InvalidEvaluationException.class).hasMessageContaining("công tác ở Thị trấn Bằng Lũng");
        assertThat(competency.register(TestProvince.EVERYTHING, test, List.of(first, second))).isEqualTo(2);
        var sittings = competency.sittings(test);
        long passing = sittings.stream().filter(s -> s.personId() == b1.get(0).value()).findFirst().orElseThrow().id();
        long failing = sittings.stream().filter(s -> s.personId() == b1.get(1).value()).findFirst().orElseThrow().id();

        assertThat(competency.score(TestProvince.EVERYTHING, passing, List.of(new BigDecimal("8"), new BigDecimal("2"))))
                .isEqualByComparingTo("6.00");
        assertThatThrownBy(() -> competency.score(TestProvince.EVERYTHING, failing, List.of(new BigDecimal("11"), BigDecimal.ONE)))
                .isInstanceOf(InvalidEvaluationException.class).hasMessageContaining("phải từ 0 đến 10");
        assertThat(competency.score(TestProvince.EVERYTHING, failing, List.of(new BigDecimal("3"), new BigDecimal("6"))))
                .isEqualByComparingTo("4.00");
        assertThatThrownBy(() -> competency.retake(TestProvince.EVERYTHING, passing)).isInstanceOf(InvalidEvaluationException.class);
        competency.decide(TestProvince.EVERYTHING, failing, CompetencyTest.Consequence.DAO_TAO, "Bồi dưỡng kiến thức pháp luật");
        competency.retake(TestProvince.EVERYTHING, failing);

        CompetencyTest session = competency.test(TestProvince.EVERYTHING, test).orElseThrow();
        assertThat(competency.results(TestProvince.EVERYTHING, session).byUnit()).containsOnlyKeys("Thị trấn Bằng Lũng")
                .hasEntrySatisfying("Thị trấn Bằng Lũng", counts -> assertThat(counts).containsExactly(2, 1));
        assertThat(competency.historyOf(TestProvince.EVERYTHING, b1.get(1).value()).keySet()).extracting(CompetencyTest.Sitting::attempt)
                .containsExactly(2, 1);
        assertThat(competency.historyOf(TestProvince.EVERYTHING, b1.get(1).value()).keySet()).filteredOn(s -> s.attempt() == 1)
                .singleElement().satisfies(s -> assertThat(s.consequence()).isEqualTo(CompetencyTest.Consequence.DAO_TAO));

        String file = "Mã cán bộ;Xử lý tình huống;Kiến thức pháp luật\n" + second + ";7;9\n" + first + ";10;12\n";
        assertThat(competency.importScores(TestProvince.EVERYTHING, test,
                new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)), "diem.csv"))
                .containsExactly("Dòng 3: điểm “12” không hợp lệ (từ 0 đến 10)");
        assertThat(competency.sittings(test)).filteredOn(s -> s.attempt() == 2).singleElement()
                .satisfies(s -> assertThat(s.scored()).as("nothing saved").isFalse());
        assertThat(competency.importScores(TestProvince.EVERYTHING, test, new ByteArrayInputStream(
                ("Mã cán bộ;Xử lý tình huống;Kiến thức pháp luật\n" + second + ";7;9\n").getBytes(StandardCharsets.UTF_8)),
                "diem.csv")).isEmpty();
        assertThat(competency.sittings(test)).filteredOn(s -> s.attempt() == 2).singleElement()
                .satisfies(s -> assertThat(s.total()).as("the retake: (9×2 + 7)/3").isEqualByComparingTo("8.33"));

        String officer = "sh" + province.province.code().toLowerCase();
        accounts.create(new NewUserAccount(officer, "Phòng Nội vụ", "mat-khau-dai-1", Role.DISTRICT, province.districtB.code()));
        mvc.perform(get("/sat-hach/" + test).with(user(accounts.loadUserByUsername(officer)))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Người Số 2")))
                .andExpect(content().string(Matchers.containsString("Không đạt")));
    }

    @Test
    void aRefusedCompetencyTestFormComesBackWithWhatWasTypedAndAGoodOneReadsItsWeightedSubjects() throws Exception {
        String officer = "st" + province.province.code().toLowerCase();
        accounts.create(new NewUserAccount(officer, "Phòng Nội vụ", "mat-khau-dai-1", Role.DISTRICT, province.districtB.code()));
        var user = accounts.loadUserByUsername(officer);
        mvc.perform(post("/sat-hach").with(user(user)).with(csrf()).param("ten", "Sát hạch thử").param("ngay", "01/06/2026")
                        .param("donVi", String.valueOf(province.communeB1.id().value())).param("diemDat", "năm").param("diemToiDa", "10")
                        .param("mon", "Kiến thức pháp luật: 2; Xử lý tình huống"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Điểm đạt phải là một số")))
                .andExpect(content().string(Matchers.containsString("value=\"Sát hạch thử\"")))
                .andExpect(content().string(Matchers.containsString("value=\"Kiến thức pháp luật: 2; Xử lý tình huống\"")))
                .andExpect(content().string(Matchers.containsString("value=\"năm\"")));
        String location = mvc.perform(post("/sat-hach").with(user(user)).with(csrf()).param("ten", "Sát hạch thử").param("ngay", "01/06/2026")
                        .param("donVi", String.valueOf(province.communeB1.id().value())).param("diemDat", "5").param("diemToiDa", "10")
                        .param("mon", "Kiến thức pháp luật: 2; Xử lý tình huống"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        assertThat(competency.test(TestProvince.EVERYTHING, id).orElseThrow().subjects())
                .extracting(CompetencyTest.Subject::name, s -> s.weight().stripTrailingZeros().toPlainString())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Kiến thức pháp luật", "2"),
                        org.assertj.core.groups.Tuple.tuple("Xử lý tình huống", "1"));
    }

    @Test
    void aSurveyIsAnsweredAboutAPersonAndSummarizedPerPersonAndUnit() throws Exception {
        long survey = surveys.create(TestProvince.EVERYTHING, "Khảo sát đạo đức, năng lực 2026", province.districtB.id().value(),
                "Đạo đức, lối sống\nKiến thức chuyên môn\nMức độ hài lòng: Rất hài lòng | Hài lòng | Chưa hài lòng");
        String code = registry.get(TestProvince.EVERYTHING, b1.get(0)).code();
        surveys.respond(TestProvince.EVERYTHING, survey, code, Survey.Respondent.BAN_THAN, List.of("5", "4", "1"));
        surveys.respond(TestProvince.EVERYTHING, survey, code, Survey.Respondent.CAP_TREN, List.of("4", "3", "2"));
        surveys.respond(TestProvince.EVERYTHING, survey, code, Survey.Respondent.NGUOI_DAN, List.of("3", "5", "1"));
        assertThatThrownBy(() -> surveys.respond(TestProvince.EVERYTHING, survey, code, Survey.Respondent.NGUOI_DAN, List.of("6", "5", "1")))
                .isInstanceOf(InvalidEvaluationException.class).hasMessage("Câu 1 (“Đạo đức, lối sống”): trả lời từ 1 đến 5");
        assertThatThrownBy(() -> surveys.respond(TestProvince.EVERYTHING, survey, code, Survey.Respondent.NGUOI_DAN, List.of("3", "5", "4")))
                .isInstanceOf(InvalidEvaluationException.class).hasMessageContaining("trả lời từ 1 đến 3");

        Survey s = surveys.survey(TestProvince.EVERYTHING, survey).orElseThrow();
        assertThat(surveys.summary(TestProvince.EVERYTHING, s)).singleElement().satisfies(p -> {
            assertThat(p.responses()).isEqualTo(3);
            assertThat(p.perQuestion()).containsExactly("4,00", "4,00", "Rất hài lòng 2, Hài lòng 1, Chưa hài lòng 0");
        });
        assertThat(surveys.summaryByUnit(TestProvince.EVERYTHING, s)).containsOnlyKeys("Thị trấn Bằng Lũng");
        String officer = "ks" + province.province.code().toLowerCase();
        accounts.create(new NewUserAccount(officer, "Phòng Nội vụ", "mat-khau-dai-1", Role.DISTRICT, province.districtB.code()));
        mvc.perform(get("/khao-sat/" + survey).with(user(accounts.loadUserByUsername(officer)))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Người Số 1")));
    }

    private static UserScope scopeOf(Unit unit) {
        return UserScope.of(unit, true);
    }

    @Test
    void notCompletedTwoYearsRunningFollowsThePersonAcrossATransferAndASecondGradeIsRefused() {
        long r2024 = evaluations.openRound(TestProvince.EVERYTHING, 2024, province.districtB.id().value());
        evaluations.save(TestProvince.EVERYTHING, r2024, province.communeB1, List.of(new Evaluations.Entry(b1.get(0).value(), Grade.KHT, null)));
        registry.assign(TestProvince.EVERYTHING, b1.get(0), new NewAssignment(province.communeB2.id(), StaffCategory.CC, "VP_TK",
                LocalDate.of(2025, 2, 1), AssignmentReason.DIEU_DONG));
        long r2025 = evaluations.openRound(TestProvince.EVERYTHING, 2025, province.districtB.id().value());
        evaluations.save(TestProvince.EVERYTHING, r2025, province.communeB2, List.of(new Evaluations.Entry(b1.get(0).value(), Grade.KHT, null)));

        assertThat(evaluations.notCompletedTwoYears(scopeOf(province.districtB), 2025)).extracting(p -> p.fullName())
                .containsExactly("Người Số 1");
        assertThat(evaluations.notCompletedTwoYears(scopeOf(province.districtB), 2024)).isEmpty();
        assertThat(evaluations.notCompletedTwiceInThreeYears(scopeOf(province.districtB), 2026)).as("2024 and 2025 are within 2024-2026")
                .extracting(p -> p.fullName()).containsExactly("Người Số 1");
        assertThat(evaluations.notCompletedTwiceInThreeYears(scopeOf(province.districtB), 2027)).as("only 2025 is within 2025-2027").isEmpty();

        long other = evaluations.openRound(TestProvince.EVERYTHING, 2025, province.communeB2.id().value());
        assertThatThrownBy(() -> evaluations.save(TestProvince.EVERYTHING, other, province.communeB2,
                List.of(new Evaluations.Entry(b1.get(0).value(), Grade.HT, null))))
                .isInstanceOf(InvalidEvaluationException.class).hasMessageContaining("đã được xếp loại năm 2025 trong một đợt khác");
    }

    @Test
    void theGridPageWarnsByTheQuotaAndRefusesToSubmit() throws Exception {
        long round = evaluations.openRound(TestProvince.EVERYTHING, 2025, province.districtB.id().value());
        String officer = "dg" + province.province.code().toLowerCase();
        accounts.create(new NewUserAccount(officer, "Phòng Nội vụ", "mat-khau-dai-1", Role.DISTRICT, province.districtB.code()));
        var asOfficer = user(accounts.loadUserByUsername(officer));
        String path = "/danh-gia/" + round + "/don-vi/" + province.communeB1.id().value();
        var request = post(path).with(asOfficer).with(csrf()).param("thaoTac", "nop");
        for (int i = 0; i < 6; i++) {
            request.param("xl-" + b1.get(i).value(), i < 2 ? "HTXS" : "HTT");
        }
        // Refused: the grid comes back with what was typed and the reason, nothing saved.
        mvc.perform(request).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Không lưu: Vượt tỷ lệ")))
                .andExpect(content().string(Matchers.containsString("id=\"quota-warning\"")))
                .andExpect(content().string(Matchers.containsString("value=\"HTXS\" selected")));
        mvc.perform(get(path).with(asOfficer)).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Chưa nộp")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("value=\"HTXS\" selected"))));
        mvc.perform(get("/danh-gia/" + round).with(asOfficer)).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Thị trấn Bằng Lũng")));
    }
}
