package vn.chuan.recruitment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.assertj.core.data.Offset;
import org.assertj.core.groups.Tuple;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.transaction.support.TransactionTemplate;

import vn.chuan.people.NewAssignment;
import vn.chuan.people.PersonDetails;
import vn.chuan.people.PersonRegistry;
import vn.chuan.security.NewUserAccount;
import vn.chuan.security.Role;
import vn.chuan.security.UserAccounts;
import vn.chuan.security.UserScope;
import vn.chuan.shared.AssignmentReason;
import vn.chuan.shared.Gender;
import vn.chuan.shared.StaffCategory;
import vn.chuan.support.TestProvince;
import vn.chuan.targets.Indicator;
import vn.chuan.targets.Target;
import vn.chuan.targets.Targets;
import vn.chuan.units.Unit;
import vn.chuan.units.Units;

/** Two rounds in two communes: the share of young graduates with an excellent degree, at the age edge, and the refusals. */
@Tag("db")
@SpringBootTest
@AutoConfigureMockMvc
class RecruitmentTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserAccounts accounts;
    @Autowired
    Targets targets;

    @Autowired
    Units units;
    @Autowired
    PersonRegistry registry;
    @Autowired
    Recruitment recruitment;
    @Autowired
    TransactionTemplate transaction;

    TestProvince province;
    UserScope scope;
    String prefix;
    int sequence;

    @BeforeEach
    void setUp() {
        prefix = TestProvince.uniquePrefix("T");
        province = TestProvince.create(units, registry, transaction, prefix);
        scope = UserScope.of(province.province, true);
    }

    private String hiredPerson(String name, LocalDate born, Unit unit, LocalDate hiredOn) {
        String code = prefix + "-" + (++sequence);
        registry.register(TestProvince.EVERYTHING, new PersonDetails(code, name, born, Gender.NU, "Kinh", null, false, null),
                new NewAssignment(unit.id(), StaffCategory.CC, "TP_HT", hiredOn, AssignmentReason.TUYEN_DUNG));
        return code;
    }

    @Test
    void theShareOfNewHiresUnderThirtyWithAnExcellentDegreeIsCountedPerYearAndUnit() throws Exception {
        LocalDate hiredOn = LocalDate.of(2026, 3, 1);
        long round = recruitment.openRound(scope, province.communeB1.id().value(), "Thi tuyển công chức xã 2026", Recruitment.Method.THI_TUYEN,
                LocalDate.of(2026, 2, 1));
        recruitment.hire(scope, round, hiredPerson("Trẻ Giỏi", LocalDate.of(2001, 5, 1), province.communeB1, hiredOn), DegreeClass.GIOI,
                "Luật", "Tư pháp - hộ tịch", hiredOn);
        recruitment.hire(scope, round, hiredPerson("Trẻ Khá", LocalDate.of(2001, 5, 1), province.communeB1, hiredOn), DegreeClass.KHA,
                "Luật", "Tư pháp - hộ tịch", hiredOn);
        // Thirty on the day of hiring is no longer under thirty.
        recruitment.hire(scope, round, hiredPerson("Đúng Ba Mươi", LocalDate.of(1996, 3, 1), province.communeB1, hiredOn),
                DegreeClass.XUAT_SAC, "Luật", "Tư pháp - hộ tịch", hiredOn);
        LocalDate earlier = LocalDate.of(2025, 9, 1);
        long other = recruitment.openRound(scope, province.communeB2.id().value(), "Xét tuyển 2025", Recruitment.Method.XET_TUYEN, earlier);
        recruitment.hire(scope, other, hiredPerson("Năm Trước", LocalDate.of(2000, 1, 1), province.communeB2, earlier),
                DegreeClass.XUAT_SAC, "Kế toán", "Tài chính - kế toán", earlier);

        List<Recruitment.YearFigures> figures = recruitment.figures(scope);
        assertThat(figures).extracting(Recruitment.YearFigures::year, Recruitment.YearFigures::unitName, Recruitment.YearFigures::hires,
                Recruitment.YearFigures::youngExcellent, Recruitment.YearFigures::share).containsExactly(
                Tuple.tuple(2026, province.communeB1.name(), 3, 1, "33,33%"),
                Tuple.tuple(2026, "", 3, 1, "33,33%"),
                Tuple.tuple(2025, province.communeB2.name(), 1, 1, "100,00%"),
                Tuple.tuple(2025, "", 1, 1, "100,00%"));
        // The same figures as a workbook: numbers as numbers, the share as a percentage.
        String officer = prefix.toLowerCase() + "td";
        accounts.create(new NewUserAccount(officer, "Sở Nội vụ", "mat-khau-dai-1", Role.PROVINCE,
                province.province.code()));
        byte[] xlsx = mvc.perform(MockMvcRequestBuilders.get("/tuyen-dung/so-lieu.xlsx")
                        .with(SecurityMockMvcRequestPostProcessors.user(
                                accounts.loadUserByUsername(officer))))
                .andReturn().getResponse().getContentAsByteArray();
        try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(rows.get(1).getCell(0).asNumber().intValue()).isEqualTo(2026);
            assertThat(rows.get(1).getCell(2).asNumber().intValue()).isEqualTo(3);
            assertThat(rows.get(1).getCell(4).asNumber().doubleValue()).isCloseTo(1 / 3.0, Offset.offset(1e-6));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // A commune sees its own rounds only.
        assertThat(recruitment.figures(UserScope.of(province.communeB2, false))).extracting(Recruitment.YearFigures::year).containsOnly(2025);
    }

    @Test
    void theShareIsATargetIndicatorFollowedByYearLikeAnyOther() {
        LocalDate earlier = LocalDate.of(2025, 9, 1);
        long last = recruitment.openRound(scope, province.communeB2.id().value(), "Xét tuyển 2025", Recruitment.Method.XET_TUYEN, earlier);
        recruitment.hire(scope, last, hiredPerson("Năm Trước", LocalDate.of(2000, 1, 1), province.communeB2, earlier), DegreeClass.XUAT_SAC,
                null, "Tài chính - kế toán", earlier);
        LocalDate hiredOn = LocalDate.of(2026, 3, 1);
        long round = recruitment.openRound(scope, province.communeB1.id().value(), "Thi tuyển 2026", Recruitment.Method.THI_TUYEN, hiredOn);
        recruitment.hire(scope, round, hiredPerson("Trẻ Giỏi", LocalDate.of(2001, 5, 1), province.communeB1, hiredOn), DegreeClass.GIOI,
                null, "Tư pháp - hộ tịch", hiredOn);
        for (int i = 0; i < 3; i++) {
            recruitment.hire(scope, round, hiredPerson("Lớn Tuổi " + i, LocalDate.of(1985, 5, 1), province.communeB1, hiredOn),
                    DegreeClass.GIOI, null, "Tư pháp - hộ tịch", hiredOn);
        }
        Indicator indicator = targets.indicators().stream().filter(Indicator::isFigure)
                .filter(i -> i.name().contains("tuyển dụng")).findFirst().orElseThrow();
        long target = targets.defineTarget(scope, new Target.Definition(indicator.id(), null, province.province.id().value(),
                BigDecimal.valueOf(30), LocalDate.of(2025, 1, 1), LocalDate.of(2030, 12, 31), List.of()));

        var progress = targets.progress(scope, province.province, LocalDate.of(2026, 12, 31)).stream()
                .filter(p -> p.target().id() == target).findFirst().orElseThrow();
        assertThat(progress.today().population()).isEqualTo(4);
        assertThat(progress.today().meeting()).isEqualTo(1);
        assertThat(progress.value()).isEqualTo(25.0);
        assertThat(progress.gapPeople()).as("30% of 4 is 1.2: two must meet it").isEqualTo(1);
        assertThat(progress.yearEnds()).filteredOn(p -> p.date().equals(LocalDate.of(2025, 12, 31))).singleElement()
                .satisfies(p -> assertThat(p.value()).isEqualTo(100.0));
        // A figure has no list of who is missing.
        assertThat(targets.lackingIds(scope, province.province, targets.target(target).orElseThrow())).isEmpty();
    }

    @Test
    void aHireTwiceBeforeTheRoundFromAnotherUnitOrUnknownIsRefused() {
        LocalDate hiredOn = LocalDate.of(2026, 3, 1);
        long round = recruitment.openRound(scope, province.communeB1.id().value(), "Thi tuyển 2026", Recruitment.Method.THI_TUYEN, hiredOn);
        String code = hiredPerson("Nguyễn Thị Tuyển", LocalDate.of(2000, 1, 1), province.communeB1, hiredOn);
        recruitment.hire(scope, round, code, DegreeClass.GIOI, null, "Văn phòng - thống kê", hiredOn);
        assertThatThrownBy(() -> recruitment.hire(scope, round, code, DegreeClass.GIOI, null, "Văn phòng", hiredOn))
                .isInstanceOf(InvalidRecruitmentException.class).hasMessageContaining("đã có trong kỳ");
        String early = hiredPerson("Trước Kỳ", LocalDate.of(2000, 1, 1), province.communeB1, hiredOn.minusMonths(2));
        assertThatThrownBy(() -> recruitment.hire(scope, round, early, DegreeClass.GIOI, null, "Văn phòng", hiredOn.minusMonths(2)))
                .isInstanceOf(InvalidRecruitmentException.class).hasMessageContaining("từ ngày tổ chức");
        String elsewhere = hiredPerson("Xã Khác", LocalDate.of(2000, 1, 1), province.communeB2, hiredOn);
        assertThatThrownBy(() -> recruitment.hire(scope, round, elsewhere, DegreeClass.GIOI, null, "Văn phòng", hiredOn))
                .isInstanceOf(InvalidRecruitmentException.class).hasMessageContaining("không thuộc đơn vị tuyển dụng");
        assertThatThrownBy(() -> recruitment.hire(scope, round, "KHONG-CO", DegreeClass.GIOI, null, "Văn phòng", hiredOn))
                .isInstanceOf(InvalidRecruitmentException.class);
        assertThatThrownBy(() -> recruitment.openRound(UserScope.of(province.communeB2, true), province.communeB1.id().value(), "Ngoài",
                Recruitment.Method.THI_TUYEN, hiredOn)).isInstanceOf(InvalidRecruitmentException.class).hasMessageContaining("ngoài phạm vi");
        assertThat(recruitment.round(scope, round).orElseThrow().hires()).hasSize(1);
    }
}
