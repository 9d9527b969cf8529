package vn.chuan.api;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.chuan.positions.JobPositions;
import vn.chuan.recruitment.Recruitment;
import vn.chuan.rotation.Rotation;
import vn.chuan.rotation.RotationKind;
import vn.chuan.rotation.Rotations;
import vn.chuan.security.ChuanUser;
import vn.chuan.shared.Messages;

/** Job positions' figures, moves (read and record), recruitment figures: what the staffing pages show. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Bố trí, luân chuyển, tuyển dụng", description = "Vị trí việc làm, luân chuyển, điều động, biệt phái, tuyển dụng")
class StaffingApi {

    private final JobPositions positions;
    private final Rotations rotations;
    private final Recruitment recruitment;
    private final ApiParameters parameters;

    StaffingApi(JobPositions positions, Rotations rotations, Recruitment recruitment, ApiParameters parameters) {
        this.positions = positions;
        this.rotations = rotations;
        this.recruitment = recruitment;
        this.parameters = parameters;
    }

    @GetMapping("/positions/figures")
    @Operation(summary = "Số lượng được giao, đã bố trí, còn trống và bố trí đúng chuyên môn của đơn vị và các đơn vị cấp dưới")
    List<JobPositions.UnitFigures> positionFigures(@AuthenticationPrincipal ChuanUser user, @RequestParam(required = false) String unit) {
        return positions.figures(user.scope(), parameters.unitOrScope(user.scope(), unit, parameters.today()));
    }

    record Move(long id, long personId, String personCode, String personName, String kind, String direction, String fromUnit,
            String fromTitle, String toUnit, String toTitle, LocalDate startedOn, LocalDate endedOn, String decision) {

        static Move of(Rotation r) {
            return new Move(r.id(), r.personId(), r.personCode(), r.personName(), r.kind().name(), r.direction().name(), r.fromUnitName(),
                    r.fromTitle(), r.toUnitName(), r.toTitle(), r.startedOn(), r.endedOn(), r.decision());
        }
    }

    @GetMapping("/rotations")
    @Operation(summary = "Luân chuyển, điều động, biệt phái của người trong phạm vi (năm bắt đầu year nếu có)")
    List<Move> rotations(@AuthenticationPrincipal ChuanUser user, @RequestParam(required = false) Integer year) {
        return rotations.list(user.scope(), year).stream().map(Move::of).toList();
    }

    record NewMove(String personCode, String kind, String toUnit, String toTitle, String startedOn, String endedOn, String decision) {
    }

    @PostMapping("/rotations")
    @Operation(summary = "Ghi luân chuyển (LUAN_CHUYEN), điều động (DIEU_DONG) hoặc biệt phái (BIET_PHAI)",
            description = "Luân chuyển và điều động bắt đầu chức vụ mới tại nơi đến; biệt phái giữ nguyên chức vụ.")
    ResponseEntity<Move> record(@AuthenticationPrincipal ChuanUser user, @RequestBody NewMove body) {
        RotationKind kind = RotationKind.parse(body.kind() == null ? "" : body.kind())
                .orElseThrow(() -> new ApiInputException("kind", Messages.text("api.rotations.unknownKind", body.kind())));
        LocalDate start = parameters.optionalDate("startedOn", body.startedOn());
        long id = rotations.record(user.scope(), new Rotations.Move(body.personCode(), kind, body.toUnit(), body.toTitle(), start,
                parameters.optionalDate("endedOn", body.endedOn()), body.decision()));
        Move created = rotations.list(user.scope(), null).stream().filter(r -> r.id() == id).findFirst().map(Move::of).orElseThrow();
        return ResponseEntity.created(URI.create("/api/v1/rotations?year=" + start.getYear())).body(created);
    }

    @GetMapping("/recruitment/figures")
    @Operation(summary = "Người mới tuyển dụng theo năm và đơn vị; số dưới 30 tuổi tốt nghiệp loại giỏi trở lên (unitName rỗng: cộng của năm)")
    List<Recruitment.YearFigures> recruitmentFigures(@AuthenticationPrincipal ChuanUser user) {
        return recruitment.figures(user.scope());
    }
}
