package vn.chuan.api;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.chuan.national.NationalExport;
import vn.chuan.security.ChuanUser;

/** The national cadre database file and the list of records that cannot be sent yet. */
@RestController
@RequestMapping("/api/v1/national-export")
@Tag(name = "CSDL quốc gia", description = "Tệp hồ sơ theo nhóm thông tin của CSDL quốc gia, khóa theo số định danh cá nhân")
class NationalExportApi {

    private final NationalExport export;
    private final ApiParameters parameters;

    NationalExportApi(NationalExport export, ApiParameters parameters) {
        this.export = export;
        this.parameters = parameters;
    }

    @GetMapping(produces = "application/json")
    @Operation(summary = "Tệp hồ sơ: toàn bộ người đang công tác, hoặc chỉ hồ sơ thay đổi từ ngày changedSince",
            description = "Hồ sơ thiếu thông tin bắt buộc không có trong records; mã của họ ở leftOut.")
    void file(@AuthenticationPrincipal ChuanUser user, @RequestParam(required = false) String changedSince, HttpServletResponse response)
            throws IOException {
        LocalDate since = parameters.optionalDate("changedSince", changedSince);
        response.setContentType("application/json;charset=UTF-8");
        export.write(user.scope(), since, user.scopeName(), response.getOutputStream());
    }

    @GetMapping("/problems")
    @Operation(summary = "Người đang công tác chưa gửi được hồ sơ, với các trường bắt buộc còn thiếu")
    List<NationalExport.Missing> problems(@AuthenticationPrincipal ChuanUser user) {
        return export.check(user.scope());
    }
}
