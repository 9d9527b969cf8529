package vn.chuan.api;

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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.chuan.evaluation.EvaluationRound;
import vn.chuan.evaluation.Evaluations;
import vn.chuan.evaluation.Grade;
import vn.chuan.evaluation.GridRow;
import vn.chuan.evaluation.InvalidEvaluationException;
import vn.chuan.security.ChuanUser;
import vn.chuan.shared.Messages;
import vn.chuan.units.Unit;

/** Evaluation rounds, a unit's grid of grades, and saving grades as the grid page does. */
@RestController
@RequestMapping("/api/v1/evaluations")
@Tag(name = "Đánh giá, xếp loại", description = "Đợt đánh giá hằng năm và kết quả xếp loại")
class EvaluationsApi {

    private final Evaluations evaluations;
    private final ApiParameters parameters;

    EvaluationsApi(Evaluations evaluations, ApiParameters parameters) {
        this.evaluations = evaluations;
        this.parameters = parameters;
    }

    record Round(long id, int year, long unitId, String unitName, LocalDate lockedOn) {

        static Round of(EvaluationRound r) {
            return new Round(r.id(), r.year(), r.unitId(), r.unitName(), r.lockedOn());
        }
    }

    record GradeRow(long personId, String code, String name, String titleName, String grade, String gradeLabel, String comment) {

        static GradeRow of(GridRow r) {
            return new GradeRow(r.personId(), r.code(), r.name(), r.titleName(), r.grade() == null ? null : r.grade().name(),
                    r.grade() == null ? null : r.grade().label(), r.comment());
        }
    }

    @GetMapping("/rounds")
    @Operation(summary = "Các đợt đánh giá trong phạm vi")
    List<Round> rounds(@AuthenticationPrincipal ChuanUser user) {
        return evaluations.rounds(user.scope()).stream().map(Round::of).toList();
    }

    @GetMapping("/rounds/{id}/grades")
    @Operation(summary = "Bảng xếp loại của một đơn vị trong đợt (unit: mã đơn vị thuộc đợt)")
    List<GradeRow> grid(@AuthenticationPrincipal ChuanUser user, @PathVariable long id, @RequestParam String unit) {
        EvaluationRound round = round(user, id);
        return evaluations.grid(user.scope(), round, unitOf(user, round, unit)).stream().map(GradeRow::of).toList();
    }

    record GradeEntry(long personId, String grade, String comment) {
    }

    record GradeSheet(String unit, List<GradeEntry> grades) {
    }

    record Saved(List<GradeRow> grades, String quotaWarning) {
    }

    @PutMapping("/rounds/{id}/grades")
    @Operation(summary = "Lưu xếp loại của một đơn vị (như bảng xếp loại trên trang)",
            description = "Đợt đã khóa thì không sửa được; mức HTXS vượt tỷ lệ được báo trong quotaWarning và bị từ chối khi nộp.")
    Saved save(@AuthenticationPrincipal ChuanUser user, @PathVariable long id, @RequestBody GradeSheet sheet) {
        EvaluationRound round = round(user, id);
        if (sheet.unit() == null || sheet.grades() == null) {
            throw new ApiInputException("unit", Messages.text("api.grades.unitAndGradesRequired"));
        }
        Unit unit = unitOf(user, round, sheet.unit());
        List<Evaluations.Entry> entries = sheet.grades().stream().map(g -> new Evaluations.Entry(g.personId(),
                g.grade() == null || g.grade().isBlank() ? null : Grade.parse(g.grade()).orElseThrow(() -> new ApiInputException("grade",
                        Messages.text("api.grades.unknownGrade", g.grade()))), g.comment())).toList();
        var warning = evaluations.save(user.scope(), id, unit, entries);
        return new Saved(evaluations.grid(user.scope(), round(user, id), unit).stream().map(GradeRow::of).toList(), warning.orElse(null));
    }

    private EvaluationRound round(ChuanUser user, long id) {
        return evaluations.round(user.scope(), id).orElseThrow(() -> new ApiNotFoundException(Messages.text("api.grades.roundNotFound", id)));
    }

    private Unit unitOf(ChuanUser user, EvaluationRound round, String code) {
        Unit unit = parameters.unit(user.scope(), code, LocalDate.of(round.year(), 12, 31));
        if (evaluations.unitsOf(round).stream().noneMatch(u -> u.id().equals(unit.id()))) {
            throw new InvalidEvaluationException(Messages.text("api.grades.unitNotInRound", unit.name()));
        }
        return unit;
    }
}
