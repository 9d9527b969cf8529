package vn.chuan.api;

import java.net.URI;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.chuan.people.Assignment;
import vn.chuan.people.InvalidPersonDataException;
import vn.chuan.people.NewAssignment;
import vn.chuan.people.PersonDetails;
import vn.chuan.people.PersonId;
import vn.chuan.people.PersonRecord;
import vn.chuan.people.PersonRegistry;
import vn.chuan.people.PersonSearch;
import vn.chuan.people.PersonStanding;
import vn.chuan.people.PersonSummary;
import vn.chuan.people.Qualification;
import vn.chuan.people.QualificationDetails;
import vn.chuan.security.ChuanUser;
import vn.chuan.shared.AssignmentReason;
import vn.chuan.shared.Dimension;
import vn.chuan.shared.Gender;
import vn.chuan.shared.Messages;
import vn.chuan.shared.PostKind;
import vn.chuan.shared.StaffCategory;

/** People: the list as the people page filters it, one record, and the writes the record page offers. */
@RestController
@RequestMapping("/api/v1/people")
@Tag(name = "Cán bộ, công chức", description = "Hồ sơ, quá trình công tác, trình độ và kết quả chuẩn hóa")
class PeopleApi {

    private final PersonRegistry registry;
    private final ApiParameters parameters;

    PeopleApi(PersonRegistry registry, ApiParameters parameters) {
        this.registry = registry;
        this.parameters = parameters;
    }

    record PersonRow(long id, String code, String fullName, LocalDate birthDate, String gender, String ethnicity,
            boolean partyMember, String unitCode, String unitName, String category, String titleCode, String titleName) {

        static PersonRow of(PersonSummary p) {
            return new PersonRow(p.id(), p.code(), p.fullName(), p.birthDate(), p.gender().name(), p.ethnicity(),
                    p.partyMember(), p.unitCode(), p.unitName(), p.category() == null ? null : p.category().name(),
                    p.titleCode(), p.titleCode() == null ? null : p.titleName());
        }
    }

    @GetMapping
    @Operation(summary = "Danh sách cán bộ giữ chức vụ vào một ngày, trong phạm vi của khóa",
            description = "Tìm theo tên hoặc mã (không phân biệt hoa thường, dấu), đơn vị (cả cấp dưới), loại, chức danh, kết quả chuẩn hóa.")
    ApiPage<PersonRow> list(@AuthenticationPrincipal ChuanUser user,
            @Parameter(description = "Tên hoặc mã cán bộ") @RequestParam(required = false) String q,
            @Parameter(description = "Mã đơn vị") @RequestParam(required = false) String unit,
            @Parameter(description = "CB, CC, VC, KCT") @RequestParam(required = false) String category,
            @Parameter(description = "Mã chức danh") @RequestParam(required = false) String title,
            @Parameter(description = "DAT, CHUA_DAT, …") @RequestParam(required = false) String verdict,
            @Parameter(description = "yyyy-MM-dd, mặc định hôm nay") @RequestParam(required = false) String asOf,
            @RequestParam(defaultValue = "0") int page, @RequestParam(required = false) Integer size) {
        LocalDate date = parameters.date("asOf", asOf);
        var unitId = unit == null || unit.isBlank() ? null : parameters.unit(user.scope(), unit, date).id();
        StaffCategory staffCategory = category == null || category.isBlank() ? null
                : StaffCategory.parse(category).orElseThrow(() -> new ApiInputException("category",
                        Messages.text("api.people.unknownCategory", category)));
        if (page < 0) {
            throw new ApiInputException("page", Messages.text("api.people.pageFromZero"));
        }
        PersonSearch search = new PersonSearch(q, unitId, staffCategory, title, List.of(), date, page, ApiParameters.size(size),
                verdict, null);
        return ApiPage.of(registry.search(user.scope(), search), PersonRow::of);
    }

    /** A post; {@code kind} CHINH (principal), KIEM_NHIEM (concurrent) or BIET_PHAI (seconded). */
    record Post(long id, String unitCode, String unitName, String category, String titleCode, String titleName,
            LocalDate startedOn, LocalDate endedOn, String startReason, String endReason, int version, String kind, String decision) {

        static Post of(Assignment a) {
            return new Post(a.id(), a.unitCode(), a.unitName(), a.category().name(), a.titleCode(), a.titleName(), a.startedOn(),
                    a.endedOn(), a.startReason() == null ? null : a.startReason().name(),
                    a.endReason() == null ? null : a.endReason().name(), a.version(), a.kind().name(), a.decision());
        }
    }

    record Level(long id, String dimension, String dimensionLabel, String level, String levelLabel, String fieldOfStudy,
            String institution, LocalDate acquiredOn, String evidence, int version) {

        static Level of(Qualification q) {
            return new Level(q.id(), q.dimension().key(), q.dimension().label(), q.level().code(), q.level().label(),
                    q.fieldOfStudy(), q.institution(), q.acquiredOn(), q.evidence(), q.version());
        }
    }

    record Standing(String verdict, String verdictLabel, String standardSet, List<String> gaps, LocalDate assessedOn) {

        static Standing of(PersonStanding s) {
            return new Standing(s.verdict(), s.verdictLabel(), s.standardSet(), s.gaps(), s.assessedOn());
        }
    }

    record Person(long id, String code, String fullName, LocalDate birthDate, String gender, String ethnicity, String citizenId,
            boolean partyMember, LocalDate partyJoinedOn, int version, Post currentPost, List<Post> assignments,
            List<Level> qualifications, Standing standing) {
    }

    @GetMapping("/{id}")
    @Operation(summary = "Một hồ sơ: nhân thân, các chức vụ, trình độ, kết quả chuẩn hóa")
    Person get(@AuthenticationPrincipal ChuanUser user, @PathVariable long id) {
        PersonRegistry.Reading reading = registry.read(user.scope(), new PersonId(id));
        PersonRecord p = reading.person();
        return new Person(p.id().value(), p.code(), p.fullName(), p.birthDate(), p.gender().name(), p.ethnicity(), p.citizenId(),
                p.partyMember(), p.partyJoinedOn(), p.version(), p.assignmentOn(parameters.today()).map(Post::of).orElse(null),
                p.assignments().stream().map(Post::of).toList(), p.qualifications().stream().map(Level::of).toList(),
                reading.standing().map(Standing::of).orElse(null));
    }

    record Identity(String code, String fullName, String birthDate, String gender, String ethnicity, String citizenId,
            Boolean partyMember, String partyJoinedOn, Integer version) {
    }

    /** A new post; {@code kind} CHINH (the default), KIEM_NHIEM or BIET_PHAI; {@code decision}: the decision's number. */
    record NewPost(String unit, String category, String title, String startedOn, String reason, String kind, String decision) {
    }

    record NewPerson(String code, String fullName, String birthDate, String gender, String ethnicity, String citizenId,
            Boolean partyMember, String partyJoinedOn, NewPost firstPost) {
    }

    @PostMapping
    @Operation(summary = "Thêm hồ sơ với chức vụ đầu tiên", description = "Cùng kiểm tra như biểu mẫu thêm hồ sơ; lỗi trả về 422 với trường sai.")
    ResponseEntity<Person> create(@AuthenticationPrincipal ChuanUser user, @RequestBody NewPerson body) {
        PersonDetails details = details(new Identity(body.code(), body.fullName(), body.birthDate(), body.gender(), body.ethnicity(),
                body.citizenId(), body.partyMember(), body.partyJoinedOn(), null));
        if (body.firstPost() == null) {
            throw new InvalidPersonDataException("firstPost", Messages.text("api.people.firstPostRequired"));
        }
        NewAssignment post = post(user, body.firstPost());
        PersonId id = registry.register(user.scope(), details, post);
        return ResponseEntity.created(URI.create("/api/v1/people/" + id.value())).body(get(user, id.value()));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Sửa nhân thân", description = "Gửi kèm version đã đọc; nếu hồ sơ đã đổi sau đó: 409.")
    Person correct(@AuthenticationPrincipal ChuanUser user, @PathVariable long id, @RequestBody Identity body) {
        if (body.version() == null) {
            throw new InvalidPersonDataException("version", Messages.text("api.people.versionRequired"));
        }
        registry.correctIdentity(user.scope(), new PersonId(id), body.version(), details(body));
        return get(user, id);
    }

    @PostMapping("/{id}/assignments")
    @Operation(summary = "Giao chức vụ mới (điều động, bổ nhiệm…); chức vụ đang giữ kết thúc ngày hôm trước")
    ResponseEntity<Person> assign(@AuthenticationPrincipal ChuanUser user, @PathVariable long id, @RequestBody NewPost body) {
        registry.assign(user.scope(), new PersonId(id), post(user, body));
        return ResponseEntity.created(URI.create("/api/v1/people/" + id)).body(get(user, id));
    }

    record PostEnd(String endedOn, String reason, Integer version) {
    }

    @PostMapping("/{id}/assignments/{assignmentId}/end")
    @Operation(summary = "Kết thúc một chức vụ (nghỉ hưu, thôi việc…)")
    Person endAssignment(@AuthenticationPrincipal ChuanUser user, @PathVariable long id, @PathVariable long assignmentId,
            @RequestBody PostEnd body) {
        if (body.version() == null) {
            throw new InvalidPersonDataException("version", Messages.text("api.people.postVersionRequired"));
        }
        AssignmentReason reason = reason("reason", body.reason());
        registry.endAssignment(user.scope(), new PersonId(id), assignmentId, body.version(), parameters.optionalDate("endedOn", body.endedOn()),
                reason);
        return get(user, id);
    }

    record NewLevel(String dimension, String level, String fieldOfStudy, String institution, String acquiredOn, String evidence) {
    }

    @PostMapping("/{id}/qualifications")
    @Operation(summary = "Thêm trình độ (chuyên môn, lý luận chính trị, QLNN, tin học, ngoại ngữ…)")
    ResponseEntity<Person> qualify(@AuthenticationPrincipal ChuanUser user, @PathVariable long id, @RequestBody NewLevel body) {
        Dimension dimension = Dimension.byKey(body.dimension() == null ? "" : body.dimension().strip().toLowerCase())
                .orElseThrow(() -> new InvalidPersonDataException("dimension", Messages.text("api.people.unknownDimension", body.dimension(),
                        String.join(", ", Arrays.stream(Dimension.values()).map(Dimension::key).toList()))));
        var level = dimension.parse(body.level()).orElseThrow(() -> new InvalidPersonDataException("level",
                Messages.text("api.people.unknownLevel", body.level(), dimension.label())));
        registry.grantQualification(user.scope(), new PersonId(id), new QualificationDetails(dimension, level, body.fieldOfStudy(),
                body.institution(), parameters.optionalDate("acquiredOn", body.acquiredOn()), body.evidence()));
        return ResponseEntity.created(URI.create("/api/v1/people/" + id)).body(get(user, id));
    }

    private PersonDetails details(Identity body) {
        return new PersonDetails(body.code(), body.fullName(), parameters.optionalDate("birthDate", body.birthDate()),
                Gender.parse(body.gender() == null ? "" : body.gender()).orElse(null), body.ethnicity(), body.citizenId(),
                Boolean.TRUE.equals(body.partyMember()), parameters.optionalDate("partyJoinedOn", body.partyJoinedOn()));
    }

    private NewAssignment post(ChuanUser user, NewPost body) {
        LocalDate startedOn = parameters.optionalDate("startedOn", body.startedOn());
        if (body.unit() == null || body.unit().isBlank()) {
            throw new InvalidPersonDataException("unit", Messages.text("api.people.unitRequired"));
        }
        var unit = parameters.unit(user.scope(), body.unit(), startedOn == null ? parameters.today() : startedOn);
        PostKind kind = body.kind() == null || body.kind().isBlank() ? PostKind.CHINH : PostKind.parse(body.kind())
                .orElseThrow(() -> new InvalidPersonDataException("kind", Messages.text("api.people.unknownKind", body.kind())));
        return new NewAssignment(unit.id(), StaffCategory.parse(body.category() == null ? "" : body.category()).orElse(null),
                body.title(), startedOn, reason("reason", body.reason()), kind, body.decision());
    }

    private static AssignmentReason reason(String field, String text) {
        return AssignmentReason.parse(text == null ? "" : text).orElseThrow(() -> new InvalidPersonDataException(field,
                Messages.text("api.people.unknownReason", text, String.join(", ",
                        Arrays.stream(AssignmentReason.values()).map(Enum::name).toList()))));
    }
}
