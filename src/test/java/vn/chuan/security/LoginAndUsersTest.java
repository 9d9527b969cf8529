package vn.chuan.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.servlet.http.Cookie;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

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
        // The session is the database's (Spring Session), found by its cookie as a browser sends it back.
        Cookie session = mvc.perform(post("/dang-nhap").param("username", "nguoi-go-nham").param("password", "sai").with(csrf()))
                .andExpect(redirectedUrl("/dang-nhap?loi=sai")).andReturn().getResponse().getCookie("SESSION");
        assertThat(session).isNotNull();
        mvc.perform(get("/dang-nhap").param("loi", "sai").cookie(session))
                .andExpect(content().string(Matchers.containsString("value=\"nguoi-go-nham\"")));
        mvc.perform(get("/dang-nhap").cookie(session))
                .andExpect(content().string(Matchers.not(Matchers.containsString("nguoi-go-nham"))));
    }

    @Test
    void repeatedWrongPasswordsStopAStrangerButNotTheOfficerAtTheirUsualComputer() throws Exception {
        String name = "throttle" + UUID.randomUUID().toString().substring(0, 6);
        accounts.create(new NewUserAccount(name, "Thử chặn", "dung-matkhau-1", Role.ADMIN, null));
        String office = "10.1.0.7";
        String stranger = "203.0.113.9";
        login(name, "dung-matkhau-1", office).andExpect(redirectedUrl("/"));
        for (int i = 0; i < LoginThrottle.MAX_FAILURES; i++) {
            login(name, "sai-" + i, stranger).andExpect(redirectedUrl("/dang-nhap?loi=sai"));
        }
        // The stranger's right guess is answered like a wrong one; the officer at the office still gets in.
        login(name, "dung-matkhau-1", stranger).andExpect(redirectedUrl("/dang-nhap?loi=sai"));
        login(name, "dung-matkhau-1", office).andExpect(redirectedUrl("/"));
    }

    @Test
    void aWrongPasswordAnUnknownNameAndAThrottledNameGetTheSameAnswer() throws Exception {
        String name = "same" + UUID.randomUUID().toString().substring(0, 6);
        accounts.create(new NewUserAccount(name, "Thử", "dung-matkhau-1", Role.ADMIN, null));
        String address = "198.51.100.4";
        for (int i = 0; i <= LoginThrottle.MAX_FAILURES + 1; i++) {
            login(name, "sai", address).andExpect(redirectedUrl("/dang-nhap?loi=sai"));
            login("khong-co-" + name, "sai", address).andExpect(redirectedUrl("/dang-nhap?loi=sai"));
        }
    }

    @Test
    void oneAddressTryingManyNamesIsStoppedForEveryName() throws Exception {
        String name = "many" + UUID.randomUUID().toString().substring(0, 6);
        accounts.create(new NewUserAccount(name, "Thử", "dung-matkhau-1", Role.ADMIN, null));
        String sprayer = "192.0.2.77";
        for (int i = 0; i < LoginThrottle.MAX_ADDRESS_FAILURES; i++) {
            login("ten-" + i + name, "matkhau-chung-1", sprayer).andExpect(redirectedUrl("/dang-nhap?loi=sai"));
        }
        login(name, "dung-matkhau-1", sprayer).andExpect(redirectedUrl("/dang-nhap?loi=sai"));
        login(name, "dung-matkhau-1", "10.2.0.1").andExpect(redirectedUrl("/"));
    }

    @Test
    void pagesSendNoReferrerToOtherSites() throws Exception {
        mvc.perform(get("/dang-nhap")).andExpect(header().string("Referrer-Policy", "same-origin"));
    }

    @Test
    void aSessionRequestToTheApiNeedsTheCsrfTokenWhateverOtherHeaderItCarries() throws Exception {
        var admin = accounts.loadUserByUsername("admin");
        mvc.perform(post("/api/v1/can-bo").with(user(admin)).header("Authorization", "Basic YWRtaW46eA==")
                        .contentType("application/json").content("{}"))
                .andExpect(status().isForbidden());
    }

    private ResultActions login(String name, String password, String address) throws Exception {
        return mvc.perform(post("/dang-nhap").param("username", name).param("password", password).with(csrf())
                .with(request -> {
                    request.setRemoteAddr(address);
                    return request;
                }));
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
        login(name, "matkhau-dai-1", "10.3.0.1").andExpect(redirectedUrl("/dang-nhap?loi=sai"));
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
