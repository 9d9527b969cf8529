package vn.chuan.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.chuan.security.ChuanUser;
import vn.chuan.targets.TargetProgress;
import vn.chuan.targets.Targets;

/** The targets of a unit and where each stands, as the target cards show them. */
@RestController
@RequestMapping("/api/v1/targets")
@Tag(name = "Mục tiêu", description = "Mục tiêu chuẩn hóa đến 2025, 2030 và tiến độ")
class TargetsApi {

    private final Targets targets;
    private final ApiParameters parameters;

    TargetsApi(Targets targets, ApiParameters parameters) {
        this.targets = targets;
        this.parameters = parameters;
    }

    record Progress(long targetId, String indicator, String plan, String unitName, BigDecimal threshold, LocalDate deadline,
            LocalDate asOf, long population, long meeting, Double value, Double baselineValue, double gapPoints, long gapPeople,
            Double projected, String status, String statusLabel) {

        static Progress of(TargetProgress p) {
            return new Progress(p.target().id(), p.target().indicator().name(), p.target().plan() == null ? null : p.target().plan().name(),
                    p.unitName(), p.target().threshold(), p.target().deadline(), p.asOf(), p.today().population(), p.today().meeting(),
                    p.value(), p.baseline().value(), p.gapPoints(), p.gapPeople(), p.projection().projected(), p.status().name(),
                    p.status().label());
        }
    }

    @GetMapping
    @Operation(summary = "Các mục tiêu áp dụng cho đơn vị và tiến độ vào ngày asOf")
    List<Progress> progress(@AuthenticationPrincipal ChuanUser user, @RequestParam(required = false) String unit,
            @RequestParam(required = false) String asOf) {
        LocalDate date = parameters.date("asOf", asOf);
        return targets.progress(user.scope(), parameters.unitOrScope(user.scope(), unit, date), date).stream().map(Progress::of).toList();
    }
}
