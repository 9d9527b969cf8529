package vn.chuan.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import vn.chuan.people.NewAssignment;
import vn.chuan.people.PersonId;
import vn.chuan.people.PersonRegistry;
import vn.chuan.reports.QualityColumn;
import vn.chuan.reports.Reports;
import vn.chuan.security.UserAccounts;
import vn.chuan.security.UserScope;
import vn.chuan.shared.AssignmentReason;
import vn.chuan.shared.StaffCategory;
import vn.chuan.support.TestProvince;
import vn.chuan.units.CommuneType;
import vn.chuan.units.NewUnit;
import vn.chuan.units.Unit;
import vn.chuan.units.UnitLevel;
import vn.chuan.units.Units;

/**
 * A reorganisation from its official list: a commune split in two parts and another taken whole.
 * The successors' pasts add up to the predecessors' people, each counted once; the units end the day
 * before; the people of the whole commune move with the reason; bad lists write nothing.
 */
@Tag("db")
@SpringBootTest
@AutoConfigureMockMvc
class ReorganisationTest {

    private static final LocalDate ON = TestProvince.REFORM;
    private static final String HEADER = "Mã PX mới,Phường/Xã mới,Mã PX cũ,Phường/Xã cũ,Phạm vi\n";

    @Autowired
    Reorganisation reorganisation;
    @Autowired
    Units units;
    @Autowired
    PersonRegistry registry;
    @Autowired
    Reports reports;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    MockMvc mvc;
    @Autowired
    UserAccounts accounts;

    TestProvince province;
    String p;
    Unit split;
    Unit whole;
    Unit east;
    Unit west;

    @BeforeEach
    void setUp() {
        p = TestProvince.uniquePrefix("L");
        province = TestProvince.create(units, registry, transaction, p);
        LocalDate from = LocalDate.of(2004, 1, 1);
        split = units.register(new NewUnit(p + "31", "Xã Bị Chia", UnitLevel.COMMUNE, CommuneType.XA, province.districtB.id(), from, false));
        whole = units.register(new NewUnit(p + "32", "Xã Nhập Cả", UnitLevel.COMMUNE, CommuneType.XA, province.districtB.id(), from, false));
        east = units.register(new NewUnit(p + "41", "Xã Đông Mới", UnitLevel.COMMUNE, CommuneType.XA, province.province.id(), ON, false));
        west = units.register(new NewUnit(p + "42", "Xã Tây Mới", UnitLevel.COMMUNE, CommuneType.XA, province.province.id(), ON, false));
    }

    private Reorganisation.Result importList(String rows, boolean move, boolean dryRun) {
        return reorganisation.importList(TestProvince.EVERYTHING, new ByteArrayInputStream((HEADER + rows).getBytes(StandardCharsets.UTF_8)),
                "sap-xep.csv", ON, move, dryRun);
    }

    private long links() {
        return jdbc.sql("select count(*) from unit_lineage where successor_id in (:ids)")
                .param("ids", List.of(east.id().value(), west.id().value())).query(Long.class).single();
    }

    @Test
    void aSplitCommuneIsCountedOnceInItsSuccessorsPastsAndTheWholeOneMovesWithItsPeople() {
        PersonId s1 = province.person("Người Bị Chia Một", split, StaffCategory.CC, "VP_TK", LocalDate.of(2010, 1, 1));
        PersonId s2 = province.person("Người Bị Chia Hai", split, StaffCategory.CC, "TC_KT", LocalDate.of(2010, 1, 1));
        PersonId s3 = province.person("Người Bị Chia Ba", split, StaffCategory.CB, "CT_UBND", LocalDate.of(2010, 1, 1));
        PersonId w1 = province.person("Người Nhập Cả", whole, StaffCategory.CC, "VH_XH", LocalDate.of(2010, 1, 1));
        String list = p + "41,Xã Đông Mới," + p + "31,Xã Bị Chia,một phần\n"
                + p + "42,Xã Tây Mới," + p + "31,Xã Bị Chia,Một phần\n"
                + p + "42,Xã Tây Mới," + p + "32,Xã Nhập Cả,toàn bộ\n";

        Reorganisation.Result dry = importList(list, true, true);
        assertThat(dry.lineage().errors()).isEmpty();
        assertThat(dry.moved()).isEqualTo(1);
        assertThat(links()).as("a dry run writes nothing").isZero();

        Reorganisation.Result result = transaction.execute(s -> importList(list, true, false));
        assertThat(result.lineage().links()).hasSize(3);
        assertThat(result.lineage().closed()).extracting(Unit::name).containsExactly("Xã Bị Chia", "Xã Nhập Cả");
        assertThat(result.moved()).isEqualTo(1);
        assertThat(result.toAssign()).hasSize(3).allMatch(s -> s.contains("Xã Bị Chia"));
        assertThat(units.findByCode(p + "31", ON)).as("ended the day before").isEmpty();
        assertThat(registry.get(TestProvince.EVERYTHING, w1).assignmentOn(ON)).get().satisfies(a -> {
            assertThat(a.unitId()).isEqualTo(west.id());
            assertThat(a.startReason()).isEqualTo(AssignmentReason.SAP_XEP);
        });
        assertThat(transaction.execute(s -> importList(list, true, false)).lineage().links()).as("the same list again changes nothing")
                .isEmpty();

        // The province decides where the split commune's people go.
        for (PersonId person : List.of(s1, s2)) {
            move(person, east);
        }
        move(s3, west);

        LocalDate end2024 = LocalDate.of(2024, 12, 31);
        long eastPast = reports.quality(UserScope.of(east, false), east, end2024).total().count(QualityColumn.TOTAL);
        long westPast = reports.quality(UserScope.of(west, false), west, end2024).total().count(QualityColumn.TOTAL);
        assertThat(eastPast).as("the two who went east").isEqualTo(2);
        assertThat(westPast).as("the one who went west and the whole commune").isEqualTo(2);
        long before = reports.quality(UserScope.of(province.districtB, false), province.districtB, end2024).rows().stream()
                .filter(r -> r.label().equals("Xã Bị Chia") || r.label().equals("Xã Nhập Cả")).mapToLong(r -> r.count(QualityColumn.TOTAL)).sum();
        assertThat(eastPast + westPast).as("each person of the old communes counted once").isEqualTo(before);
    }

    @Test
    void anUnknownCodeACycleOrACommuneTakenWholeTwiceWritesNothingAndNamesTheRow() {
        assertThat(importList(p + "41,Xã Đông Mới,99999,Không Có,toàn bộ\n", false, false).lineage().errors()).singleElement().asString()
                .startsWith("Dòng 2, cột Mã PX cũ, giá trị '99999': không có đơn vị mã này còn hiệu lực ngày 30/06/2025");
        assertThat(importList(p + "41,Xã Đông Mới," + p + "31,Xã Bị Chia,toàn bộ\n" + p + "42,Xã Tây Mới," + p + "31,Xã Bị Chia,toàn bộ\n",
                false, false).lineage().errors()).singleElement().asString()
                .contains("Dòng 3: Xã Bị Chia đã được ghi là nhập toàn bộ vào Xã Đông Mới (dòng 2)");
        assertThat(importList(p + "41,Xã Đông Mới," + p + "31,Xã Bị Chia,cả xã\n", false, false).lineage().errors()).singleElement()
                .asString().contains("cột Phạm vi, giá trị 'cả xã'");
        // A new commune of 2025 given as an old one of the same day: its own dates contradict the list.
        assertThat(importList(p + "41,Xã Đông Mới," + p + "42,Xã Tây Mới,toàn bộ\n", false, false).lineage().errors()).isNotEmpty();
        assertThat(links()).isZero();
        assertThat(units.findByCode(p + "31", ON.minusDays(1))).isPresent();
    }

    @Test
    void theUnitImportPageChecksAListThenWritesIt() throws Exception {
        var admin = accounts.loadUserByUsername("admin");
        byte[] list = (HEADER + p + "42,Xã Tây Mới," + p + "32,Xã Nhập Cả,toàn bộ\n").getBytes(StandardCharsets.UTF_8);
        mvc.perform(multipart("/don-vi/nhap/sap-xep").file(new MockMultipartFile("file", "sap-xep.csv", "text/csv", list))
                        .param("ngay", "01/07/2025").param("thaoTac", "kiem-tra").with(user(admin)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Kiểm tra xong: sẽ ghi 1 liên kết đơn vị cũ → mới từ ngày 01/07/2025")));
        assertThat(links()).isZero();
        mvc.perform(multipart("/don-vi/nhap/sap-xep").file(new MockMultipartFile("file", "sap-xep.csv", "text/csv", list))
                        .param("ngay", "01/07/2025").param("thaoTac", "ghi").with(user(admin)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Đã ghi 1 liên kết")))
                .andExpect(content().string(Matchers.containsString("Xã Nhập Cả (" + p + "32) kết thúc hiệu lực")));
        assertThat(links()).isEqualTo(1);
    }

    private void move(PersonId person, Unit to) {
        var post = registry.get(TestProvince.EVERYTHING, person).assignments().get(0);
        transaction.executeWithoutResult(s -> registry.assign(TestProvince.EVERYTHING, person,
                new NewAssignment(to.id(), post.category(), post.titleCode(), ON, AssignmentReason.SAP_XEP)));
    }
}
