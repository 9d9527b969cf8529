package vn.chuan.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.chuan.dossier.PersonnelFile;
import vn.chuan.dossier.PersonnelFiles;
import vn.chuan.dossier.Profile;
import vn.chuan.dossier.SensitiveData;
import vn.chuan.people.PersonId;
import vn.chuan.security.ChuanUser;
import vn.chuan.shared.Messages;

/**
 * A person's personnel file (the 2C): read whole, and its own fields written. Religion, health and
 * the family are absent for a client whose role does not see sensitive data; a read of them is
 * recorded like a view on the page.
 */
@RestController
@RequestMapping("/api/v1/people/{id}/file")
@Tag(name = "Hồ sơ 2C", description = "Sơ yếu lý lịch, gia đình, quá trình công tác, đào tạo, lương, tài liệu")
class PersonnelFileApi {

    private final PersonnelFiles files;
    private final ApiParameters parameters;

    PersonnelFileApi(PersonnelFiles files, ApiParameters parameters) {
        this.files = files;
        this.parameters = parameters;
    }

    record Relative(String relation, String fullName, Integer birthYear, String homeTown, String occupation, String workplace) {
    }

    record Work(LocalDate from, LocalDate to, String post, String place) {
    }

    record Course(String school, String field, LocalDate from, LocalDate to, String mode, String diploma, Long qualificationId) {
    }

    record Salary(String rankCode, String rankName, int step, BigDecimal coefficient, int overCeilingPercent, BigDecimal positionAllowance,
            LocalDate effectiveOn, String decision) {
    }

    record Document(long id, String kind, String attachedTo, Long attachedId, String title, String fileName, String contentType,
            long sizeBytes, String sha256) {
    }

    record File(long personId, String code, boolean sensitiveShown, Profile profile, List<Relative> family, List<Work> work,
            List<Course> training, List<Salary> salary, List<Document> documents) {
    }

    @GetMapping
    @Operation(summary = "Hồ sơ 2C của một người", description = "Không có tôn giáo, sức khỏe, gia đình nếu vai trò không được xem dữ liệu nhạy cảm.")
    File get(@AuthenticationPrincipal ChuanUser user, @PathVariable long id) {
        PersonnelFile f = files.open(user.scope(), new PersonId(id), SensitiveData.Purpose.API);
        return new File(id, f.person().code(), f.sensitiveShown(), f.profile(),
                f.family().stream().map(m -> new Relative(m.relation().name(), m.fullName(), m.birthYear(), m.homeTown(), m.occupation(),
                        m.workplace())).toList(),
                f.work().stream().map(w -> new Work(w.fromOn(), w.toOn(), w.post(), w.place())).toList(),
                f.training().stream().map(t -> new Course(t.school(), t.field(), t.fromOn(), t.toOn(), t.mode().name(), t.diploma(),
                        t.qualificationId())).toList(),
                f.salary().stream().map(s -> new Salary(s.rankCode(), s.rankName(), s.step(), s.coefficient(), s.overCeilingPercent(),
                        s.positionAllowance(), s.effectiveOn(), s.decision())).toList(),
                f.documents().stream().map(d -> new Document(d.id(), d.kind().name(), d.attachedTo().name(), d.attachedId(), d.title(),
                        d.fileName(), d.contentType(), d.sizeBytes(), d.sha256())).toList());
    }

    /** The 2C's own fields as a client sends them: dates as yyyy-MM-dd (or dd/MM/yyyy); what is absent is cleared. */
    record ProfileBody(String otherNames, String birthPlace, String homeTown, String permanentResidence, String currentResidence,
            String religion, Integer heightCm, Integer weightKg, String bloodGroup, String healthStatus, String socialInsuranceNo,
            String recruitedOn, String recruitedBy, String occupationBefore, String partyOfficialOn, String partyPosts,
            String massOrganisations, String armyEnlistedOn, String armyDischargedOn, String armyRank, String honours, String strengths,
            Integer version) {
    }

    @PutMapping("/profile")
    @Operation(summary = "Sửa sơ yếu lý lịch", description = "Gửi kèm version đã đọc (0 khi chưa khai); cùng kiểm tra như biểu mẫu; lỗi trả về 422.")
    File putProfile(@AuthenticationPrincipal ChuanUser user, @PathVariable long id, @RequestBody ProfileBody b) {
        if (b.version() == null) {
            throw new ApiInputException("version", Messages.text("api.people.versionRequired"));
        }
        Profile profile = new Profile(b.otherNames(), b.birthPlace(), b.homeTown(), b.permanentResidence(), b.currentResidence(),
                b.religion(), b.heightCm(), b.weightKg(), b.bloodGroup(), b.healthStatus(), b.socialInsuranceNo(),
                parameters.optionalDate("recruitedOn", b.recruitedOn()), b.recruitedBy(), b.occupationBefore(),
                parameters.optionalDate("partyOfficialOn", b.partyOfficialOn()), b.partyPosts(), b.massOrganisations(),
                parameters.optionalDate("armyEnlistedOn", b.armyEnlistedOn()), parameters.optionalDate("armyDischargedOn", b.armyDischargedOn()),
                b.armyRank(), b.honours(), b.strengths(), b.version());
        files.saveProfile(user.scope(), new PersonId(id), profile, b.version());
        return get(user, id);
    }
}
