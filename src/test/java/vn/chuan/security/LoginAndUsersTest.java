package vn.chuan.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import vn.chuan.units.NewUnit;
import vn.chuan.units.UnitLevel;
import vn.chuan.units.Units;

@Tag("db")
@SpringBootTest
@AutoConfigureMockMvc
class LoginAndUsersTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserAccounts accounts;
    @Autowired
    Units units;

    @Test
    void theFirstAdministratorHasTheConfiguredPasswordAndPasswordsAreStoredHashed() throws Exception {
        mvc.perform(formLogin("/dang-nhap").user("admin").password("Quantri-2026")).andExpect(redirectedUrl("/"));
        mvc.perform(formLogin("/dang-nhap").user("admin").password("admin")).andExpect(redirectedUrl("/dang-nhap?loi=sai"));
        assertThat(((ChuanUser) accounts.loadUserByUsername("admin")).getPassword()).startsWith("{bcrypt}");
    }

    @Test
    void afterAWrongPasswordTheLoginPageOffersTheNameTypedOnceAndOnlyThePasswordIsRetyped() throws Exception {
        MockHttpSession session = new MockHttpSession();
        mvc.perform(post("/dang-nhap").param("username", "nguoi-go-nham").param("password", "sai").with(csrf()).session(session))
                .andExpect(redirectedUrl("/dang-nhap?loi=sai"));
        mvc.perform(get("/dang-nhap").param("loi", "sai").session(session))
                .andExpect(content().string(Matchers.containsString("value=\"nguoi-go-nham\"")));
        mvc.perform(get("/dang-nhap").session(session))
                .andExpect(content().string(Matchers.not(Matchers.containsString("nguoi-go-nham"))));
    }

    @Test
    void repeatedWrongPasswordsBlockTheAccountEvenForTheRightPassword() throws Exception {
        String name = "throttle" + UUID.randomUUID().toString().substring(0, 6);
        accounts.create(new NewUserAccount(name, "Thử chặn", "dung-matkhau-1", Role.ADMIN, null));
        for (int i = 0; i < LoginThrottle.MAX_FAILURES; i++) {
            mvc.perform(formLogin("/dang-nhap").user(name).password("sai-" + i)).andExpect(redirectedUrl("/dang-nhap?loi=sai"));
        }
        mvc.perform(formLogin("/dang-nhap").user(name).password("dung-matkhau-1")).andExpect(redirectedUrl("/dang-nhap?loi=khoa"));
    }

    @Test
    void anAdministratorCreatesAndDisablesAUserThroughTheUsersPage() throws Exception {
        var admin = accounts.loadUserByUsername("admin");
        String name = "moi" + UUID.randomUUID().toString().substring(0, 6);
        mvc.perform(post("/quan-tri/nguoi-dung").with(user(admin)).with(csrf()).param("username", name)
                        .param("displayName", "Người mới").param("password", "ngan").param("role", "VIEWER"))
                .andExpect(status().isOk());
        assertThat(accounts.findByUsername(name)).isEmpty();
        mvc.perform(post("/quan-tri/nguoi-dung").with(user(admin)).with(csrf()).param("username", name)
                        .param("displayName", "Người mới").param("password", "matkhau-dai-1").param("role", "ADMIN"))
                .andExpect(redirectedUrl("/quan-tri/nguoi-dung"));
        long id = accounts.findByUsername(name).orElseThrow().id();
        mvc.perform(post("/quan-tri/nguoi-dung/" + id).with(user(admin)).with(csrf()).param("role", "ADMIN"))
                .andExpect(redirectedUrl("/quan-tri/nguoi-dung"));
        assertThat(accounts.get(id).enabled()).isFalse();
        mvc.perform(formLogin("/dang-nhap").user(name).password("matkhau-dai-1")).andExpect(redirectedUrl("/dang-nhap?loi=vo-hieu"));
    }

    @Test
    void onlyAdministratorsReachUserManagement() throws Exception {
        String code = "8" + UUID.randomUUID().toString().replaceAll("[^0-9]", "").substring(0, 8);
        units.register(new NewUnit(code, "Tỉnh Thử", UnitLevel.PROVINCE, null, null, LocalDate.of(2004, 1, 1), false));
        String name = "khong" + UUID.randomUUID().toString().substring(0, 6);
        accounts.create(new NewUserAccount(name, "Không quản trị", "matkhau-dai-1", Role.PROVINCE, code));
        mvc.perform(get("/quan-tri/nguoi-dung").with(user(accounts.loadUserByUsername(name)))).andExpect(status().isForbidden());
        mvc.perform(get("/can-bo").with(user(accounts.loadUserByUsername(name)))).andExpect(status().isOk());
    }
}
