package vn.chuan.people;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

import org.hamcrest.Matcher;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.web.util.HtmlUtils;

import vn.chuan.audit.AuditLog;
import vn.chuan.security.ChuanUser;
import vn.chuan.security.SensitiveAccess;
import vn.chuan.security.TestUsers;
import vn.chuan.shared.AssignmentReason;
import vn.chuan.shared.Gender;
import vn.chuan.shared.PostKind;
import vn.chuan.shared.StaffCategory;
import vn.chuan.units.UnitId;

/**
 * The person forms alone (web slice, the registry mocked): a field the binding cannot read and a
 * field the registry refuses are shown on that field, with everything the officer typed, and
 * nothing is saved.
 */
@WebMvcTest(PersonController.class)
class PersonFormsSliceTest {

    private final ChuanUser officer = TestUsers.communeOfficer(5, "/1/5/");

    @Autowired
    private MockMvc mvc;
    @MockitoBean
    private PersonRegistry registry;
    @MockitoBean
    private AuditLog audit;
    @MockitoBean
    private UnitOptions unitOptions;
    @MockitoBean
    private SensitiveAccess sensitiveAccess;

    /** The page as the browser shows it (Thymeleaf writes some Vietnamese letters as HTML entities). */
    private static ResultMatcher page(Matcher<String> matcher) {
        return result -> assertThat(HtmlUtils.htmlUnescape(result.getResponse().getContentAsString()), matcher);
    }

    @Test
    void anUnreadableBirthDateIsAnErrorOnItsFieldAndTheFormKeepsWhatWasTyped() throws Exception {
        mvc.perform(post("/can-bo/moi").with(user(officer)).with(csrf()).param("code", "CB900").param("fullName", "Lò Văn Pá")
                        .param("birthDate", "31/02/1990").param("gender", "NAM").param("ethnicity", "Thái").param("unitId", "5")
                        .param("category", "CC").param("titleCode", "VP_TK").param("startedOn", "01/07/2025").param("reason", "TUYEN_DUNG"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "birthDate", "typeMismatch"))
                .andExpect(model().attributeErrorCount("form", 1))
                .andExpect(page(containsString("Ngày không hợp lệ: hãy nhập dạng ngày/tháng/năm")))
                .andExpect(page(containsString("value=\"31/02/1990\"")))
                .andExpect(page(containsString("value=\"Lò Văn Pá\"")))
                .andExpect(page(containsString("value=\"01/07/2025\"")));
        verify(registry, never()).register(any(), any(), any());
    }

    @Test
    void aRefusalOfTheRegistryIsShownOnTheFieldItConcerns() throws Exception {
        when(registry.register(any(), any(), any())).thenThrow(
                new InvalidPersonDataException("citizenId", "Số CCCD 001190001234 đã có trong hồ sơ CB12"));
        mvc.perform(post("/can-bo/moi").with(user(officer)).with(csrf()).param("code", "CB901").param("fullName", "Hà Thị Hoa")
                        .param("birthDate", "15/03/1990").param("gender", "NU").param("ethnicity", "Tày").param("citizenId", "001190001234")
                        .param("unitId", "5").param("category", "CC").param("titleCode", "VP_TK").param("startedOn", "01/07/2025")
                        .param("reason", "TUYEN_DUNG"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "citizenId"))
                .andExpect(page(containsString("Số CCCD 001190001234 đã có trong hồ sơ CB12")))
                .andExpect(page(containsString("value=\"15/03/1990\"")))
                .andExpect(page(containsString("value=\"Hà Thị Hoa\"")));
    }

    @Test
    void anUnreadableEndDateIsAnErrorOnItsFieldAndThePostIsNotEnded() throws Exception {
        Assignment post = new Assignment(77, new UnitId(5), "X5", "Xã thử", StaffCategory.CC, "VP_TK", LocalDate.of(2020, 1, 1), null,
                AssignmentReason.TUYEN_DUNG, null, 1, PostKind.CHINH, null);
        when(registry.get(any(), eq(new PersonId(9)))).thenReturn(new PersonRecord(new PersonId(9), "CB9", "Hoàng Văn Sơn",
                LocalDate.of(1970, 5, 1), Gender.NAM, "Tày", null, false, null, 1, List.of(post), List.of()));
        mvc.perform(post("/can-bo/9/cong-tac/77/ket-thuc").with(user(officer)).with(csrf()).param("endedOn", "32/12/2026")
                        .param("reason", "NGHI_HUU").param("version", "1"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "endedOn", "typeMismatch"))
                .andExpect(page(containsString("value=\"32/12/2026\"")));
        verify(registry, never()).endAssignment(any(), any(), anyLong(), anyInt(), any(), any());
    }
}
