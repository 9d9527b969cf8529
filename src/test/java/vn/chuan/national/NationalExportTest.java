package vn.chuan.national;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.support.TransactionTemplate;

import vn.chuan.dossier.FamilyMember;
import vn.chuan.dossier.FamilyRelation;
import vn.chuan.dossier.PersonnelFiles;
import vn.chuan.dossier.Profile;
import vn.chuan.evaluation.Conduct;
import vn.chuan.people.NewAssignment;
import vn.chuan.people.PersonDetails;
import vn.chuan.people.PersonId;
import vn.chuan.people.PersonRecord;
import vn.chuan.people.PersonRegistry;
import vn.chuan.security.UserScope;
import vn.chuan.shared.AssignmentReason;
import vn.chuan.shared.Dates;
import vn.chuan.shared.Dimension;
import vn.chuan.shared.Gender;
import vn.chuan.shared.StaffCategory;
import vn.chuan.support.TestProvince;
import vn.chuan.units.Units;

/** The national database file over a hand-built commune: who is sent, in which groups, and who is not yet. */
@Tag("db")
@SpringBootTest
class NationalExportTest {

    @Autowired
    Units units;
    @Autowired
    PersonRegistry registry;
    @Autowired
    NationalExport export;
    @Autowired
    Conduct conduct;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    PersonnelFiles files;

    TestProvince province;
    UserScope commune;
    PersonId complete;
    PersonId noCitizenId;
    PersonId retiring;

    @BeforeEach
    void setUp() {
        province = TestProvince.create(units, registry, transaction, TestProvince.uniquePrefix("N"));
        commune = UserScope.of(province.communeB1, true);
        complete = person("Đinh Văn An", "010080001111", LocalDate.of(2015, 3, 1), AssignmentReason.LUAN_CHUYEN);
        noCitizenId = person("Lò Thị Bình", null, LocalDate.of(2016, 1, 1), AssignmentReason.TUYEN_DUNG);
        retiring = person("Mạc Văn Cường", "010066002222", LocalDate.of(2006, 1, 1), AssignmentReason.TUYEN_DUNG);
        for (PersonId id : List.of(complete, noCitizenId, retiring)) {
            province.grant(id, Dimension.GENERAL_EDUCATION, "THPT", LocalDate.of(1998, 6, 1));
            province.grant(id, Dimension.PROFESSIONAL, "DAI_HOC", LocalDate.of(2002, 6, 1));
        }
        province.grant(complete, Dimension.POLITICAL_THEORY, "TRUNG_CAP", LocalDate.of(2018, 6, 1));
        conduct.recordAward(commune, complete.value(), "Giấy khen", "QĐ 12/QĐ-UBND", LocalDate.of(2024, 12, 20), "UBND huyện Tây");
    }

    private PersonId person(String name, String citizenId, LocalDate from, AssignmentReason reason) {
        String code = province.province.code() + "-" + Math.abs(name.hashCode());
        return registry.register(TestProvince.EVERYTHING, new PersonDetails(code, name, LocalDate.of(1980, 1, 1), Gender.NAM, "Tày",
                citizenId, true, LocalDate.of(2005, 5, 19)), new NewAssignment(province.communeB1.id(), StaffCategory.CC,
                "TC_KT", from, reason));
    }

    private String write(LocalDate since) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        NationalExport.Summary summary = export.write(commune, since, "Thị trấn Bằng Lũng", out);
        String json = out.toString(StandardCharsets.UTF_8);
        assertThat(JsonPath.<List<?>>read(json, "$.records")).hasSize(summary.written());
        return json;
    }

    @Test
    void everyoneWithTheMandatoryFieldsIsSentKeyedByThePersonalIdInTheDatabasesGroups() throws Exception {
        String json = write(null);
        assertThat(JsonPath.<List<String>>read(json, "$.records[*].personalId")).containsExactlyInAnyOrder("010080001111", "010066002222");
        assertThat(JsonPath.<List<String>>read(json, "$.leftOut")).hasSize(1);
        String an = "$.records[?(@.personalId == '010080001111')]";
        assertThat(JsonPath.<List<String>>read(json, an + ".identity.fullName")).containsExactly("Đinh Văn An");
        assertThat(JsonPath.<List<String>>read(json, an + ".training.levels[*].level")).contains("THPT", "DAI_HOC", "TRUNG_CAP");
        assertThat(JsonPath.<List<String>>read(json, an + ".work.current.unitCode")).containsExactly(province.communeB1.code());
        assertThat(JsonPath.<List<String>>read(json, an + ".evaluation.awards[*].form")).containsExactly("Giấy khen");
        assertThat(JsonPath.<List<String>>read(json, an + ".rotation[*].kind")).containsExactly("Luân chuyển");
        assertThat(JsonPath.<String>read(json, "$.format")).isEqualTo(NationalExport.FORMAT);
    }

    /** The 2C goes with the record: group 1's places, the family (group 2) and salary; a role without the right sends no religion or family. */
    @Test
    void thePersonnelFileIsSentAndItsSensitivePartsOnlyByARoleThatSeesThem() throws Exception {
        files.saveProfile(commune, complete, new Profile(null, "xã Nghĩa Tá", "xã Bằng Phúc", null, null, "Phật giáo", 165, 60, "O", "Tốt",
                null, LocalDate.of(2015, 3, 1), "UBND huyện Tây", null, null, null, null, null, null, null, null, null, 0), 0);
        files.addFamily(commune, complete, new FamilyMember(0, FamilyRelation.BO, "Đinh Văn Bảo", 1950, "xã Bằng Phúc", "Làm ruộng", null));
        files.addSalary(commune, complete, "01.003", 3, null, 0, null, LocalDate.of(2021, 3, 1), "QĐ 5/QĐ-UBND");
        String an = "$.records[?(@.personalId == '010080001111')]";
        String json = write(null);
        assertThat(JsonPath.<List<String>>read(json, an + ".background.homeTown")).containsExactly("xã Bằng Phúc");
        assertThat(JsonPath.<List<String>>read(json, an + ".background.religion")).containsExactly("Phật giáo");
        assertThat(JsonPath.<List<String>>read(json, an + ".family[*].fullName")).containsExactly("Đinh Văn Bảo");
        assertThat(JsonPath.<List<Double>>read(json, an + ".salary[*].coefficient")).containsExactly(3.0);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        export.write(UserScope.of(province.communeB1, false), null, "Thị trấn Bằng Lũng", out);
        String viewer = out.toString(StandardCharsets.UTF_8);
        assertThat(JsonPath.<List<String>>read(viewer, an + ".background.homeTown")).containsExactly("xã Bằng Phúc");
        assertThat(viewer).doesNotContain("Phật giáo", "Đinh Văn Bảo");
    }

    @Test
    void theCheckNamesWhatIsMissing() {
        List<NationalExport.Missing> missing = export.check(commune);
        assertThat(missing).extracting(NationalExport.Missing::fullName).containsExactly("Lò Thị Bình");
        assertThat(missing.get(0).fields()).containsExactly("Số định danh cá nhân (CCCD 12 số)");
        // Another commune's scope sees none of them.
        assertThat(export.check(UserScope.of(province.communeB2, false))).isEmpty();
    }

    @Test
    void onlyWhatChangedSinceADateIsSentIncludingThoseWhoLeft() throws Exception {
        PersonRecord record = registry.get(commune, retiring);
        LocalDate today = Dates.today();
        registry.endAssignment(commune, retiring, record.assignments().get(0).id(), record.assignments().get(0).version(), today,
                AssignmentReason.NGHI_HUU);
        String json = write(today);
        // Everyone here was written today; tomorrow nothing has changed yet.
        assertThat(JsonPath.<List<String>>read(json, "$.records[*].personalId")).contains("010066002222");
        String retired = "$.records[?(@.personalId == '010066002222')].work.posts[0].endReason";
        assertThat(JsonPath.<List<String>>read(json, retired)).containsExactly("Nghỉ hưu");
        assertThat(JsonPath.<List<Map<String, Object>>>read(write(today.plusDays(1)), "$.records")).isEmpty();
    }
}
