package vn.chuan.api;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.chuan.security.ChuanUser;
import vn.chuan.units.Unit;
import vn.chuan.units.Units;

/** The unit tree of the caller's scope on a date. */
@RestController
@RequestMapping("/api/v1/units")
@Tag(name = "Đơn vị hành chính", description = "Tỉnh, huyện (đến 30/6/2025), xã, phường, đặc khu")
class UnitsApi {

    private final Units units;
    private final ApiParameters parameters;

    UnitsApi(Units units, ApiParameters parameters) {
        this.units = units;
        this.parameters = parameters;
    }

    record UnitJson(long id, String code, String name, String level, String communeType, Long parentId, LocalDate validFrom,
            LocalDate validTo, boolean difficultArea) {

        static UnitJson of(Unit u) {
            return new UnitJson(u.id().value(), u.code(), u.name(), u.level().name(),
                    u.communeType() == null ? null : u.communeType().name(), u.parentId() == null ? null : u.parentId().value(),
                    u.validFrom(), u.validTo(), u.difficultArea());
        }
    }

    @GetMapping
    @Operation(summary = "Các đơn vị trong phạm vi, đang hoạt động vào ngày asOf (mặc định hôm nay)")
    List<UnitJson> list(@AuthenticationPrincipal ChuanUser user, @RequestParam(required = false) String asOf) {
        LocalDate date = parameters.date("asOf", asOf);
        return units.subtreeOf(user.scope().unitId(), date).stream().map(UnitJson::of).toList();
    }

    @GetMapping("/{code}")
    @Operation(summary = "Một đơn vị theo mã, vào ngày asOf")
    UnitJson get(@AuthenticationPrincipal ChuanUser user, @PathVariable String code, @RequestParam(required = false) String asOf) {
        return UnitJson.of(parameters.unit(user.scope(), code, parameters.date("asOf", asOf)));
    }
}
