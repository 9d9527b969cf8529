package vn.chuan.succession;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import vn.chuan.people.PersonId;
import vn.chuan.people.PersonRegistry;
import vn.chuan.security.NewUserAccount;
import vn.chuan.security.Role;
import vn.chuan.security.UserAccounts;
import vn.chuan.security.UserScope;
import vn.chuan.shared.StaffCategory;
import vn.chuan.support.TestProvince;
import vn.chuan.units.Units;

/** A selection round for a head of office: weighted totals, the ranking, the refusals, the result and its appointment check. */
@Tag("db")
@SpringBootTest
@AutoConfigureMockMvc
class SelectionTest {

    @Autowired
    Units units;
    @Autowired
    PersonRegistry registry;
    @Autowired
    Selections selections;
    @Autowired
    UserAccounts accounts;
    @Autowired
    MockMvc mvc;
    @Autowired
    TransactionTemplate transaction;

    TestProvince province;
    UserScope scope;
    String prefix;
    long round;
    PersonId an;
    PersonId binh;

    @BeforeEach
    void setUp() {
        prefix = TestProvince.uniquePrefix("L");
        province = TestProvince.create(units, registry, transaction, prefix);
        scope = UserScope.of(province.province, true);
        an = province.person("Trần Văn An", province.communeB1, StaffCategory.CC, "VP_TK", LocalDate.of(2015, 1, 1));
        binh = province.person("Lê Thị Bình", province.communeB1, StaffCategory.CC, "TP_HT", LocalDate.of(2015, 1, 1));
        round = selections.open(scope, province.communeB1.id().value(), "TRUONG_PHONG_XA", "Tuyển chọn Trưởng phòng Văn hóa 2026",
                LocalDate.of(2026, 10, 1), List.of(new Selections.NewCriterion("Hồ sơ", 1, 100), new Selections.NewCriterion("Đề án", 2, 100),
                        new Selections.NewCriterion("Phỏng vấn", 1, 50)));
        selections.addCandidate(scope, round, code(an));
        selections.addCandidate(scope, round, code(binh));
    }

    private String code(PersonId id) {
        return registry.get(scope, id).code();
    }

    private void score(PersonId person, int file, int project, int interview) {
        SelectionRound r = selections.round(scope, round).orElseThrow();
        SelectionRound.Candidate c = r.candidates().stream().filter(x -> x.personId() == person.value()).findFirst().orElseThrow();
        List<SelectionRound.Criterion> k = r.criteria();
        selections.score(scope, round, c.id(), Map.of(k.get(0).id(), BigDecimal.valueOf(file), k.get(1).id(), BigDecimal.valueOf(project),
                k.get(2).id(), BigDecimal.valueOf(interview)));
    }

    @Test
    void theWeightedTotalRanksTheCandidatesAndTheFirstIsSelected() throws Exception {
        score(an, 80, 70, 40);    // (0.8 + 2 × 0.7 + 0.8) / 4 = 75
        assertThatThrownBy(() -> selections.decide(scope, round)).isInstanceOf(InvalidPoolException.class)
                .hasMessageContaining("chưa được chấm đủ");
        score(binh, 90, 60, 35);  // (0.9 + 2 × 0.6 + 0.7) / 4 = 70
        SelectionRound scored = selections.round(scope, round).orElseThrow();
        assertThat(scored.ranking()).extracting(c -> scored.total(c).toPlainString()).containsExactly("75.00", "70.00");

        SelectionRound decided = selections.decide(scope, round);
        assertThat(decided.winnerId()).isEqualTo(an.value());
        assertThatThrownBy(() -> selections.addCandidate(scope, round, code(binh))).isInstanceOf(InvalidPoolException.class)
                .hasMessageContaining("đã có kết quả");

        String officer = prefix.toLowerCase() + "tc";
        accounts.create(new NewUserAccount(officer, "Sở Nội vụ", "mat-khau-dai-1", Role.PROVINCE, province.province.code()));
        mvc.perform(get("/quy-hoach/tuyen-chon/" + round).with(user(accounts.loadUserByUsername(officer))))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Trúng tuyển chọn: Trần Văn An, 75,00 điểm.")))
                // The appointment check says what the winner still lacks (not in the pool of the post).
                .andExpect(content().string(Matchers.containsString("Không có tên trong quy hoạch")));
        byte[] xlsx = mvc.perform(get("/quy-hoach/tuyen-chon/" + round + "/ket-qua.xlsx").with(user(accounts.loadUserByUsername(officer))))
                .andReturn().getResponse().getContentAsByteArray();
        try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            var rows = workbook.getFirstSheet().read();
            assertThat(rows.get(1).getCell(2).asString()).isEqualTo("Trần Văn An");
            assertThat(rows.get(1).getCell(6).asNumber()).isEqualByComparingTo("75");
        }
    }

    @Test
    void aScoreAboveTheMaximumACandidateTwiceAndATieForFirstAreRefused() {
        SelectionRound r = selections.round(scope, round).orElseThrow();
        long interview = r.criteria().get(2).id();
        assertThatThrownBy(() -> selections.score(scope, round, r.candidates().get(0).id(), Map.of(interview, BigDecimal.valueOf(51))))
                .isInstanceOf(InvalidPoolException.class).hasMessageContaining("từ 0 đến 50");
        assertThatThrownBy(() -> selections.addCandidate(scope, round, code(an))).isInstanceOf(InvalidPoolException.class)
                .hasMessageContaining("đã là ứng viên");
        score(an, 80, 70, 40);
        score(binh, 80, 70, 40);
        assertThatThrownBy(() -> selections.decide(scope, round)).isInstanceOf(InvalidPoolException.class).hasMessageContaining("bằng điểm");
        assertThatThrownBy(() -> selections.open(scope, province.communeB1.id().value(), "TRUONG_PHONG_XA", "Không tiêu chí",
                LocalDate.of(2026, 10, 1), List.of())).isInstanceOf(InvalidPoolException.class);
        assertThat(selections.round(scope, round).orElseThrow().decided()).isFalse();
    }
}
