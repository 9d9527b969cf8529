package vn.chuan.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;

import org.assertj.core.api.Assertions;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import vn.chuan.people.PersonId;
import vn.chuan.people.PersonRegistry;
import vn.chuan.people.QualificationDetails;
import vn.chuan.positions.JobPosition;
import vn.chuan.positions.JobPositions;
import vn.chuan.recruitment.DegreeClass;
import vn.chuan.recruitment.Recruitment;
import vn.chuan.rotation.RotationKind;
import vn.chuan.rotation.Rotations;
import vn.chuan.security.NewUserAccount;
import vn.chuan.security.Role;
import vn.chuan.security.UserAccounts;
import vn.chuan.security.UserScope;
import vn.chuan.shared.Dimension;
import vn.chuan.shared.StaffCategory;
import vn.chuan.support.TestProvince;
import vn.chuan.units.Units;
import vn.chuan.support.OnTheDayWritten;

/** The staffing pages render with data in them, for an officer and for a read-only viewer (no forms). */
@Tag("db")
@OnTheDayWritten
@SpringBootTest
@AutoConfigureMockMvc
class StaffingPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Units units;
    @Autowired
    PersonRegistry registry;
    @Autowired
    UserAccounts accounts;
    @Autowired
    JobPositions positions;
    @Autowired
    Rotations rotations;
    @Autowired
    Recruitment recruitment;
    @Autowired
    TransactionTemplate transaction;

    @Test
    void positionsRotationAndRecruitmentPagesShowTheirFiguresAndOnlyWritersGetTheForms() throws Exception {
        String prefix = TestProvince.uniquePrefix("G");
        TestProvince province = TestProvince.create(units, registry, transaction, prefix);
        UserScope scope = UserScope.of(province.province, true);
        PersonId person = province.person("Phan Văn Trang", province.communeB1, StaffCategory.CC, "VP_TK", LocalDate.of(2026, 2, 1));
        String code = registry.get(scope, person).code();
        registry.grantQualification(scope, person, new QualificationDetails(Dimension.PROFESSIONAL,
                Dimension.PROFESSIONAL.level("DAI_HOC"), "Hành chính học", null, LocalDate.of(2025, 6, 1), null));
        long position = positions.define(scope, new JobPositions.Definition(province.communeB1.id().value(), "VP", "Văn phòng",
                JobPosition.Group.SPECIALIST, 2, null, null, "hành chính"));
        positions.place(scope, position, code, null);
        long round = recruitment.openRound(scope, province.communeB1.id().value(), "Thi tuyển 2026", Recruitment.Method.THI_TUYEN,
                LocalDate.of(2026, 1, 15));
        recruitment.hire(scope, round, code, DegreeClass.GIOI, "Hành chính học", "Văn phòng - thống kê", LocalDate.of(2026, 2, 1));
        rotations.record(scope, new Rotations.Move(code, RotationKind.BIET_PHAI, province.communeB2.code(), "VP_TK", LocalDate.of(2026, 6, 1),
                LocalDate.of(2026, 9, 30), "QĐ 9/QĐ-UBND"));
        accounts.create(new NewUserAccount(prefix + "sv", "Sở Nội vụ", "mat-khau-dai-1", Role.PROVINCE, province.province.code()));
        accounts.create(new NewUserAccount(prefix + "xem", "Người xem", "mat-khau-dai-1", Role.VIEWER, province.province.code()));
        var officer = user(accounts.loadUserByUsername(prefix + "sv"));
        var viewer = user(accounts.loadUserByUsername(prefix + "xem"));

        for (String page : List.of("/vi-tri-viec-lam?donVi=" + province.communeB1.id().value(), "/vi-tri-viec-lam/" + position,
                "/luan-chuyen", "/tuyen-dung", "/tuyen-dung/" + round, "/quy-hoach/tuyen-chon")) {
            mvc.perform(get(page).with(officer)).andExpect(status().isOk())
                    .andExpect(content().string(Matchers.containsString("method=\"post\"")));
            mvc.perform(get(page).with(viewer)).andExpect(status().isOk())
                    .andExpect(content().string(Matchers.not(Matchers.containsString("id=\"rotation-form\""))))
                    .andExpect(content().string(Matchers.not(Matchers.containsString("id=\"position-form\""))))
                    .andExpect(content().string(Matchers.not(Matchers.containsString("id=\"hire-form\""))));
        }
        mvc.perform(get("/vi-tri-viec-lam").param("donVi", String.valueOf(province.province.id().value())).with(officer))
                .andExpect(content().string(Matchers.containsString("100,00%")));
        // Born in 1980: hired at 45, not among the young graduates.
        mvc.perform(get("/tuyen-dung").with(officer)).andExpect(content().string(Matchers.containsString("data-chart=")))
                .andExpect(content().string(Matchers.containsString("0,00%")));
        mvc.perform(get("/luan-chuyen").with(officer)).andExpect(content().string(Matchers.containsString("QĐ 9/QĐ-UBND")));
        // The staffing report: the district that holds the commune, then the province's total.
        mvc.perform(get("/bao-cao/bo-tri").param("donVi", String.valueOf(province.province.id().value())).param("nam", "2026").with(viewer))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("data-unit=\"" + province.districtB.id().value() + "\"")));
        byte[] xlsx = mvc.perform(get("/bao-cao/bo-tri.xlsx").param("donVi", String.valueOf(province.province.id().value()))
                        .param("nam", "2026").with(viewer))
                .andReturn().getResponse().getContentAsByteArray();
        try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            var district = workbook.getFirstSheet().read().stream().filter(r -> r.getCell(0).asString().equals(province.districtB.name()))
                    .findFirst().orElseThrow();
            // Positions: 2 allowed, 1 filled, 1 vacant, all in their field; one move between communes; one hire, not young.
            Assertions.assertThat(List.of(district.getCell(1).asNumber().intValue(), district.getCell(2).asNumber().intValue(),
                    district.getCell(3).asNumber().intValue(), district.getCell(7).asNumber().intValue(), district.getCell(8).asNumber().intValue(),
                    district.getCell(9).asNumber().intValue())).containsExactly(2, 1, 1, 1, 1, 0);
            Assertions.assertThat(district.getCell(4).asNumber().doubleValue()).isEqualTo(1.0);
        }
        // The person page's fragments.
        mvc.perform(get("/luan-chuyen/can-bo/" + person.value()).with(officer))
                .andExpect(content().string(Matchers.containsString("Biệt phái")));
        mvc.perform(get("/vi-tri-viec-lam/can-bo/" + person.value()).with(officer))
                .andExpect(content().string(Matchers.containsString("Văn phòng")));
    }
}
