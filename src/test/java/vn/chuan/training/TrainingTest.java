package vn.chuan.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.assertj.core.groups.Tuple;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import vn.chuan.audit.AuditLog;
import vn.chuan.audit.AuditRecord;
import vn.chuan.people.NewAssignment;
import vn.chuan.people.PersonId;
import vn.chuan.people.PersonRecord;
import vn.chuan.people.PersonRegistry;
import vn.chuan.security.NewUserAccount;
import vn.chuan.security.Role;
import vn.chuan.security.UserAccounts;
import vn.chuan.security.UserScope;
import vn.chuan.shared.AssignmentReason;
import vn.chuan.shared.Dates;
import vn.chuan.shared.Dimension;
import vn.chuan.shared.Gender;
import vn.chuan.shared.StaffCategory;
import vn.chuan.reports.IndicatorCount;
import vn.chuan.support.TestProvince;
import vn.chuan.targets.FigureSource;
import vn.chuan.targets.Targets;
import vn.chuan.units.Units;

/**
 * The catalogue, a class and its places over a hand-built district: completion records the
 * qualification and re-assesses, bad input changes nothing, the places table counts each place in
 * the unit that sent the person and every number opens its list.
 */
@Tag("db")
@SpringBootTest
@AutoConfigureMockMvc
class TrainingTest {

    @Autowired
    Training training;
    @Autowired
    AuditLog audit;
    @Autowired
    PersonRegistry registry;
    @Autowired
    Units units;
    @Autowired
    UserAccounts accounts;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    MockMvc mvc;
    @Autowired
    Clock clock;
    @Autowired
    List<FigureSource> figures;
    @Autowired
    Targets targets;

    TestProvince province;
    String prefix;
    PersonId lan;
    PersonId son;
    PersonId hoa;
    long politicalTheory;

    @BeforeEach
    void setUp() {
        prefix = TestProvince.uniquePrefix("L");
        province = TestProvince.create(units, registry, transaction, prefix);
        lan = province.person("Trần Thị Lan", Gender.NU, province.communeB1, StaffCategory.CB, "CT_UBND", LocalDate.of(2015, 1, 1));
        son = province.person("Lò Văn Sơn", province.communeB1, StaffCategory.CC, "VP_TK", LocalDate.of(2015, 1, 1));
        hoa = province.person("Đinh Thị Hoa", Gender.NU, province.communeB2, StaffCategory.CC, "TC_KT", LocalDate.of(2015, 1, 1));
        politicalTheory = training.defineProgramme(TestProvince.EVERYTHING, new Programme.Definition(prefix + "-TC",
                "Trung cấp LLCT " + prefix, "LLCT", "llct",
                "TRUNG_CAP", 240, "Trường Chính trị tỉnh"));
    }

    private String code(PersonId id) {
        return registry.get(TestProvince.EVERYTHING, id).code();
    }

    private long openClass(String code, LocalDate starts, int seats, Funding funding) {
        return training.openClass(TestProvince.EVERYTHING, new TrainingClass.Definition(politicalTheory, prefix + code, starts,
                starts.plusMonths(8), "Thử", seats,
                BigDecimal.valueOf(10_000_000), funding));
    }

    @Test
    void completingAPlaceRecordsTheQualificationWithItsCertificateAndReassesses() {
        LocalDate starts = LocalDate.now(clock).minusMonths(9);
        long classId = openClass("-A", starts, 10, Funding.NGAN_SACH);
        training.enrol(TestProvince.EVERYTHING, classId, List.of(code(lan), code(son)));
        Enrolment place = training.enrolmentsOfClass(TestProvince.EVERYTHING,
                classId).stream().filter(e -> e.personName().equals("Trần Thị Lan")).findFirst()
                .orElseThrow();
        var gapsBefore = registry.standingOf(lan).orElseThrow().gaps();

        training.complete(TestProvince.EVERYTHING, place.id(), place.version(), "Khá", "TC-123", starts.plusMonths(8));

        PersonRecord record = registry.get(TestProvince.EVERYTHING, lan);
        assertThat(record.levelsOn(LocalDate.now(clock)).get(Dimension.POLITICAL_THEORY).code()).isEqualTo("TRUNG_CAP");
        assertThat(record.qualificationsOf(Dimension.POLITICAL_THEORY)).singleElement()
                .satisfies(q -> assertThat(q.evidence()).isEqualTo("Chứng chỉ số TC-123, lớp " + prefix + "-A"));
        assertThat(gapsBefore).anyMatch(g -> g.contains("Lý luận chính trị"));
        assertThat(registry.standingOf(lan).orElseThrow().gaps()).as("re-assessed").noneMatch(g -> g.contains("Lý luận chính trị"));
        assertThat(training.history(TestProvince.EVERYTHING, lan.value())).singleElement()
                .satisfies(e -> assertThat(e.status()).isEqualTo(EnrolmentStatus.HOAN_THANH));
    }

    /** The institution's list of a class, uploaded on the class page: sent, completed with a certificate, dropped; a bad row writes nothing. */
    @Test
    void aRosterFromTheInstitutionSendsCompletesAndDropsAndOneBadRowWritesNothing() throws Exception {
        LocalDate starts = LocalDate.now(clock).minusMonths(9);
        long classId = openClass("-R", starts, 10, Funding.NGAN_SACH);
        training.enrol(TestProvince.EVERYTHING, classId, List.of(code(son)));
        String officer = "rs" + prefix.toLowerCase();
        accounts.create(new NewUserAccount(officer, "Phòng Nội vụ", "mat-khau-dai-1", Role.PROVINCE, province.province.code()));
        var asOfficer = user(accounts.loadUserByUsername(officer));
        String certified = Dates.format(starts.plusMonths(8));

        String bad = "DANH SÁCH HỌC VIÊN\nSTT,Mã cán bộ,Họ và tên,Tình trạng,Kết quả,Số chứng chỉ,Ngày cấp\n"
                + "1," + code(lan) + ",Trần Thị Lan,Hoàn thành,Khá,TC-9,\n"
                + "2," + code(hoa) + ",Đinh Thị Hoa,Nghỉ phép,,,\n";
        mvc.perform(multipart("/dao-tao/lop/" + classId + "/nhap").file(new MockMultipartFile("tep", "hoc-vien.csv", "text/csv",
                        bad.getBytes(StandardCharsets.UTF_8))).with(asOfficer).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("problem", Matchers.allOf(Matchers.containsString("Dòng 3: hoàn thành cần Ngày cấp"),
                        Matchers.containsString("Dòng 4: tình trạng “Nghỉ phép” không hợp lệ"))));
        assertThat(training.enrolmentsOfClass(TestProvince.EVERYTHING, classId)).as("nothing written").hasSize(1);

        String good = "Mã cán bộ,Họ và tên,Tình trạng,Kết quả,Số chứng chỉ,Ngày cấp\n"
                + code(lan) + ",Trần Thị Lan,Hoàn thành,Khá,TC-9," + certified + "\n"
                + code(son) + ",Lò Văn Sơn,Bỏ học,,,\n"
                + code(hoa) + ",Đinh Thị Hoa,Đang học,,,\n";
        mvc.perform(multipart("/dao-tao/lop/" + classId + "/nhap").file(new MockMultipartFile("tep", "hoc-vien.csv", "text/csv",
                        good.getBytes(StandardCharsets.UTF_8))).with(asOfficer).with(csrf()))
                .andExpect(flash().attribute("notice", "Đã nhập 3 dòng: cử thêm 2 người, 1 đang học, 1 hoàn thành, 1 bỏ học."));
        assertThat(training.enrolmentsOfClass(TestProvince.EVERYTHING, classId))
                .extracting(Enrolment::personName, Enrolment::status)
                .containsExactlyInAnyOrder(Tuple.tuple("Trần Thị Lan", EnrolmentStatus.HOAN_THANH), Tuple.tuple("Lò Văn Sơn", EnrolmentStatus.BO_HOC),
                        Tuple.tuple("Đinh Thị Hoa", EnrolmentStatus.DANG_HOC));
        assertThat(registry.get(TestProvince.EVERYTHING, lan).levelsOn(LocalDate.now(clock)).get(Dimension.POLITICAL_THEORY).code())
                .isEqualTo("TRUNG_CAP");

        mvc.perform(multipart("/dao-tao/lop/" + classId + "/nhap").file(new MockMultipartFile("tep", "hoc-vien.csv", "text/csv",
                        good.getBytes(StandardCharsets.UTF_8))).with(asOfficer).with(csrf()))
                .andExpect(flash().attribute("notice", "Đã nhập 3 dòng: cử thêm 0 người, 0 đang học, 0 hoàn thành, 0 bỏ học."));
        mvc.perform(get("/dao-tao/lop/" + classId).with(asOfficer)).andExpect(content().string(Matchers.containsString("id=\"roster-form\"")));
    }

    /** Điện Biên Phủ's yearly rate: the share of cadres and civil servants updated on law and ethics in the year. */
    @Test
    void theYearlyTrainingRateCountsThoseWhoCompletedAClassOfTheKindThatYear() {
        long update = training.defineProgramme(TestProvince.EVERYTHING, new Programme.Definition(prefix + "-PL",
                "Cập nhật kiến thức pháp luật " + prefix, "VTVL", null, null, 3, "Sở Tư pháp"));
        long classId = training.openClass(TestProvince.EVERYTHING, new TrainingClass.Definition(update, prefix + "-PL1",
                LocalDate.of(2025, 5, 5), LocalDate.of(2025, 5, 7), "Hội trường tỉnh", 10, BigDecimal.ZERO, Funding.NGAN_SACH));
        training.enrol(TestProvince.EVERYTHING, classId, List.of(code(lan), code(son)));
        for (Enrolment place : training.enrolmentsOfClass(TestProvince.EVERYTHING, classId)) {
            if (place.personName().equals("Trần Thị Lan")) {
                training.complete(TestProvince.EVERYTHING, place.id(), place.version(), "Đạt", "PL-1", LocalDate.of(2025, 5, 7));
            } else {
                training.drop(TestProvince.EVERYTHING, place.id(), place.version());
            }
        }
        FigureSource rate = figures.stream().filter(f -> f.key().equals("dao-tao-cap-nhat-phap-luat")).findFirst().orElseThrow();
        IndicatorCount end2025 = rate.counts(TestProvince.EVERYTHING, province.districtB, LocalDate.of(2025, 12, 31))
                .get(province.districtB.id().value());
        assertThat(end2025.population()).as("Lan, Sơn, Hoa").isEqualTo(3);
        assertThat(end2025.meeting()).as("only Lan completed; Sơn dropped out").isEqualTo(1);
        assertThat(rate.counts(TestProvince.EVERYTHING, province.districtB, LocalDate.of(2024, 12, 31)).get(province.districtB.id().value())
                .meeting()).as("a rate of the year: nobody in 2024").isZero();
        assertThat(rate.counts(TestProvince.EVERYTHING, province.communeB1, LocalDate.of(2025, 12, 31)).get(province.communeB1.id().value())
                .percent()).hasValue(50.0);
        assertThat(targets.indicators()).as("seeded as an indicator").anyMatch(i -> i.name().equals(rate.name()));
    }

    @Test
    void aMergedCommunesPlacesBeforeTheMergeAreThoseOfTheCommunesItWasFormedFrom() {
        PersonId thu = province.person("Hà Văn Thu", province.communeA1, StaffCategory.CC, "VP_TK", LocalDate.of(2015, 1, 1));
        registry.assign(TestProvince.EVERYTHING, thu, new NewAssignment(province.mergedA.id(), StaffCategory.CC, "VP_TK",
                TestProvince.REFORM, AssignmentReason.SAP_XEP));
        long classId = openClass("-M", LocalDate.of(2024, 3, 1), 10, Funding.NGAN_SACH);
        training.enrol(TestProvince.EVERYTHING, classId, List.of(code(thu)));
        LocalDate from = LocalDate.of(2024, 1, 1);
        LocalDate to = LocalDate.of(2024, 12, 31);
        PlaceTable merged = training.places(UserScope.of(province.mergedA, false), province.mergedA, from, to, PlaceBreakdown.of("loai"));
        assertThat(merged.count("LLCT", null)).as("sent by Nghĩa Tá in 2024, counted in the merged commune's 2024").isEqualTo(1);
        assertThat(training.placeList(UserScope.of(province.mergedA, false), province.mergedA, from, to, "LLCT", PlaceBreakdown.of("loai"),
                null, 0, 10).items()).extracting(Enrolment::personName).containsExactly("Hà Văn Thu");
    }

    @Test
    void badInputIsRefusedWithAClearMessageAndChangesNothing() {
        LocalDate starts = LocalDate.now(clock).minusMonths(2);
        long classId = openClass("-B", starts, 2, Funding.NGAN_SACH);
        training.enrol(TestProvince.EVERYTHING, classId, List.of(code(lan)));

        assertThatThrownBy(() -> training.enrol(TestProvince.EVERYTHING, classId, List.of(code(lan))))
                .isInstanceOf(InvalidTrainingException.class).hasMessage("Trần Thị Lan (" + code(lan) + ") đã có tên trong lớp này");
        assertThatThrownBy(() -> training.enrol(TestProvince.EVERYTHING, classId, List.of(code(son), code(hoa))))
                .isInstanceOf(InvalidTrainingException.class).hasMessage("Lớp chỉ còn 1 chỗ trên 2, không đủ cho 2 người");
        assertThatThrownBy(() -> training.enrol(UserScope.of(province.communeB2, true), classId, List.of(code(son))))
                .isInstanceOf(InvalidTrainingException.class).hasMessageContaining("Không có cán bộ mã " + code(son) + " trong phạm vi");
        assertThat(training.enrolmentsOfClass(TestProvince.EVERYTHING, classId)).hasSize(1);

        Enrolment place = training.enrolmentsOfClass(TestProvince.EVERYTHING, classId).get(0);
        assertThatThrownBy(() -> training.complete(TestProvince.EVERYTHING, place.id(), place.version(), "Khá", "1", starts.minusDays(1)))
                .isInstanceOf(InvalidTrainingException.class).hasMessageContaining("trước ngày khai giảng");
        assertThat(training.enrolmentsOfClass(TestProvince.EVERYTHING, classId).get(0).status()).isEqualTo(EnrolmentStatus.DANG_KY);
        assertThat(registry.get(TestProvince.EVERYTHING, lan).qualificationsOf(Dimension.POLITICAL_THEORY)).isEmpty();

        int programmes = training.programmes().size();
        assertThatThrownBy(() -> training.defineProgramme(TestProvince.EVERYTHING, new Programme.Definition(prefix + "-X", "Lạ", "LLCT",
                "tu_duy", "CAO", 1, null)))
                .isInstanceOf(InvalidTrainingException.class).hasMessageContaining("Không có chiều trình độ “tu_duy”");
        assertThatThrownBy(() -> training.defineProgramme(TestProvince.EVERYTHING, new Programme.Definition(prefix + "-Y", "Lạ", "LLCT",
                "llct", "TIEN_SI", 1, null)))
                .isInstanceOf(InvalidTrainingException.class).hasMessageContaining("Chọn mức Lý luận chính trị");
        assertThat(training.programmes()).hasSize(programmes);
        assertThatThrownBy(() -> training.openClass(TestProvince.EVERYTHING, new TrainingClass.Definition(politicalTheory, prefix + "-C",
                starts, starts.minusDays(1),
                null, 10, BigDecimal.ZERO, Funding.TU_TUC))).isInstanceOf(InvalidTrainingException.class)
                .hasMessage("Ngày kết thúc phải không trước ngày khai giảng");
    }

    /** A place goes registered → attending → completed or dropped, never back; each step is in the person's history. */
    @Test
    void aPlaceMovesForwardOnlyRefusesAStaleVersionAndEachStepIsInThePersonsHistory() {
        LocalDate starts = LocalDate.now(clock).minusMonths(3);
        long classId = openClass("-L", starts, 5, Funding.TU_TUC);
        training.enrol(TestProvince.EVERYTHING, classId, List.of(code(lan), code(son)));
        List<Enrolment> places = training.enrolmentsOfClass(TestProvince.EVERYTHING, classId);
        Enrolment lanPlace = places.stream().filter(e -> e.personId() == lan.value()).findFirst().orElseThrow();
        Enrolment sonPlace = places.stream().filter(e -> e.personId() == son.value()).findFirst().orElseThrow();

        training.attend(TestProvince.EVERYTHING, lanPlace.id(), lanPlace.version());
        assertThatThrownBy(() -> training.drop(TestProvince.EVERYTHING, lanPlace.id(), lanPlace.version()))
                .isInstanceOf(InvalidTrainingException.class).hasMessage("Lượt học này vừa được người khác cập nhật: hãy tải lại trang");
        Enrolment attending = training.enrolmentsOfClass(TestProvince.EVERYTHING, classId).stream()
                .filter(e -> e.id() == lanPlace.id()).findFirst().orElseThrow();
        assertThat(attending.status()).isEqualTo(EnrolmentStatus.DANG_HOC);
        training.complete(TestProvince.EVERYTHING, attending.id(), attending.version(), "Giỏi", null, LocalDate.now(clock));
        Enrolment completed = training.enrolmentsOfClass(TestProvince.EVERYTHING, classId).stream()
                .filter(e -> e.id() == lanPlace.id()).findFirst().orElseThrow();
        assertThatThrownBy(() -> training.drop(TestProvince.EVERYTHING, completed.id(), completed.version()))
                .isInstanceOf(InvalidTrainingException.class).hasMessage("Đã hoàn thành: không thể chuyển sang bỏ học");

        training.drop(TestProvince.EVERYTHING, sonPlace.id(), sonPlace.version());
        Enrolment dropped = training.enrolmentsOfClass(TestProvince.EVERYTHING, classId).stream()
                .filter(e -> e.id() == sonPlace.id()).findFirst().orElseThrow();
        assertThatThrownBy(() -> training.complete(TestProvince.EVERYTHING, dropped.id(), dropped.version(), "Khá", null,
                LocalDate.now(clock))).isInstanceOf(InvalidTrainingException.class).hasMessage("Lượt học này đã bỏ học");
        assertThatThrownBy(() -> training.attend(UserScope.of(province.communeB1, false), dropped.id(), dropped.version()))
                .as("a read-only account changes no place").isInstanceOf(InvalidTrainingException.class)
                .hasMessage("Người học nằm ngoài phạm vi được giao");
        assertThat(registry.get(TestProvince.EVERYTHING, lan).qualificationsOf(Dimension.POLITICAL_THEORY)).singleElement()
                .satisfies(q -> assertThat(q.evidence()).isEqualTo("Chứng chỉ, lớp " + prefix + "-L"));
        assertThat(audit.historyOfPerson(lan.value())).extracting(AuditRecord::summary).contains(
                "Cử đi học lớp " + prefix + "-L (Trung cấp LLCT " + prefix + ")", "Bắt đầu học lớp " + prefix + "-L",
                "Hoàn thành lớp " + prefix + "-L, được ghi trình độ Lý luận chính trị: Trung cấp");
        assertThat(audit.historyOfPerson(son.value())).extracting(AuditRecord::summary).contains("Bỏ học lớp " + prefix + "-L");
    }

    @Test
    void thePlacesTableCountsEachPlaceInTheUnitThatSentThePerson() throws Exception {
        long budget = openClass("-D", LocalDate.of(2025, 3, 1), 10, Funding.NGAN_SACH);
        long selfFunded = openClass("-E", LocalDate.of(2025, 9, 1), 10, Funding.TU_TUC);
        training.enrol(TestProvince.EVERYTHING, budget, List.of(code(lan), code(son), code(hoa)));
        training.enrol(TestProvince.EVERYTHING, selfFunded, List.of(code(lan)));
        // Sơn moves to Yên Mỹ after his class started: his place stays with Bằng Lũng.
        registry.assign(TestProvince.EVERYTHING, son, new NewAssignment(province.communeB2.id(), StaffCategory.CC, "VP_TK",
                LocalDate.of(2025, 6, 1), AssignmentReason.DIEU_DONG));

        PlaceTable district = training.places(TestProvince.EVERYTHING, province.districtB, LocalDate.of(2025, 1, 1),
                LocalDate.of(2025, 12, 31), PlaceBreakdown.FUNDING);
        assertThat(district.count("LLCT", null)).isEqualTo(4);
        assertThat(district.count("LLCT", "NGAN_SACH")).isEqualTo(3);
        assertThat(district.count("LLCT", "TU_TUC")).isEqualTo(1);
        assertThat(district.count("QLNN", null)).isZero();
        PlaceTable commune = training.places(TestProvince.EVERYTHING, province.communeB1, LocalDate.of(2025, 1, 1),
                LocalDate.of(2025, 12, 31), PlaceBreakdown.GENDER);
        assertThat(commune.count(null, null)).as("Lan twice and Sơn").isEqualTo(3);
        assertThat(commune.count(null, "NU")).isEqualTo(2);
        assertThat(training.places(TestProvince.EVERYTHING, province.districtB, LocalDate.of(2025, 4, 1), LocalDate.of(2025, 12, 31),
                PlaceBreakdown.FUNDING).count(null, null)).as("only classes starting in the period").isEqualTo(1);

        String officer = prefix.toLowerCase() + "so";
        accounts.create(new NewUserAccount(officer, "Sở Nội vụ", "mat-khau-dai-1", Role.PROVINCE, province.province.code()));
        var asOfficer = user(accounts.loadUserByUsername(officer));
        String query = "?donVi=" + province.districtB.id().value() + "&tu=2025-01-01&den=2025-12-31&theo=nguon";
        mvc.perform(get("/dao-tao/thong-ke" + query).with(asOfficer))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"places-total\"")))
                .andExpect(content().string(Matchers.containsString(">4</a>")));
        mvc.perform(get("/dao-tao/thong-ke/danh-sach" + query + "&loaiDaoTao=LLCT&giaTri=NGAN_SACH").with(asOfficer))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("3 kết quả")))
                .andExpect(content().string(Matchers.containsString("Đinh Thị Hoa")));
        mvc.perform(get("/dao-tao/thong-ke.xlsx" + query).with(asOfficer))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
        mvc.perform(post("/dao-tao/lop/" + budget + "/hoc-vien").with(asOfficer).with(csrf()).param("maCanBo", code(lan))
                        .header("Referer", "http://localhost/dao-tao/lop/" + budget))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("problem", Matchers.containsString("đã có tên trong lớp này")));
        mvc.perform(post("/dao-tao/lop").with(asOfficer).with(csrf()).param("code", prefix + "-KHONG-CT").param("programmeId", "")
                        .param("startsOn", "01/03/2027").param("endsOn", "30/06/2027").param("seats", "10").param("funding", "NGAN_SACH"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Hãy chọn chương trình của lớp")));
        mvc.perform(get("/dao-tao/can-bo/" + lan.value()).with(asOfficer))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Trung cấp LLCT " + prefix)));
    }
}
