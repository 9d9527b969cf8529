package vn.chuan.api;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.chuan.reports.BreakdownColumn;
import vn.chuan.reports.ReportColumn;
import vn.chuan.reports.ReportTable;
import vn.chuan.reports.Reports;
import vn.chuan.security.ChuanUser;
import vn.chuan.shared.Messages;
import vn.chuan.shared.StaffCategory;
import vn.chuan.units.Unit;

/** The report forms of the Reports menu, as data: the same rows and columns, counts instead of cells. */
@RestController
@RequestMapping("/api/v1/reports")
@Tag(name = "Báo cáo", description = "Biểu số lượng, chất lượng; công chức; cơ cấu theo một chiều")
class ReportsApi {

    private final Reports reports;
    private final ApiParameters parameters;

    ReportsApi(Reports reports, ApiParameters parameters) {
        this.reports = reports;
        this.parameters = parameters;
    }

    record Column(String key, String group, String label) {
    }

    record Row(String unitCode, String label, Map<String, Long> counts) {
    }

    record Report(String title, String unitCode, String unitName, LocalDate asOf, List<Column> columns, List<Row> rows, Row total) {
    }

    @GetMapping("/{form}")
    @Operation(summary = "Một biểu báo cáo của đơn vị vào ngày asOf",
            description = "form: chat-luong (số lượng, chất lượng), cong-chuc (công chức), co-cau (cần by: một chiều như llct, gioi_tinh, loai…)")
    Report report(@AuthenticationPrincipal ChuanUser user, @PathVariable String form,
            @Parameter(description = "Mã đơn vị; mặc định đơn vị phạm vi") @RequestParam(required = false) String unit,
            @RequestParam(required = false) String asOf,
            @Parameter(description = "Chiều cơ cấu (biểu co-cau)") @RequestParam(required = false) String by,
            @Parameter(description = "Loại cán bộ của biểu co-cau, mặc định CB,CC") @RequestParam(required = false) String categories) {
        LocalDate date = parameters.date("asOf", asOf);
        Unit root = parameters.unitOrScope(user.scope(), unit, date);
        ReportTable table = switch (form) {
            case "chat-luong" -> reports.quality(user.scope(), root, date);
            case "cong-chuc" -> reports.civilServants(user.scope(), root, date);
            case "co-cau" -> reports.breakdown(user.scope(), root, date, by(by), categories(categories));
            default -> throw new ApiNotFoundException(Messages.text("api.reports.unknownForm", form));
        };
        List<Column> columns = table.columns().stream().map(c -> new Column(key(c), c.group(), c.label())).toList();
        return new Report(table.title(), table.root().code(), table.root().name(), table.asOf(), columns,
                table.rows().stream().map(r -> row(table, r)).toList(), row(table, table.total()));
    }

    private static Row row(ReportTable table, ReportTable.Row row) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (ReportColumn column : table.columns()) {
            counts.put(key(column), row.count(column));
        }
        return new Row(row.unit() == null ? null : row.unit().code(), row.label(), counts);
    }

    /** The form's column code (TONG_SO, DAI_HOC …); a breakdown's columns are named by their label. */
    private static String key(ReportColumn column) {
        return column instanceof Enum<?> e ? e.name() : column.label();
    }

    private static BreakdownColumn.By by(String key) {
        return BreakdownColumn.By.ALL.stream().filter(b -> b.key().equals(key)).findFirst().orElseThrow(() -> new ApiInputException("by",
                Messages.text("api.reports.byRequired", String.join(", ", BreakdownColumn.By.ALL.stream().map(BreakdownColumn.By::key).toList()))));
    }

    private static Set<StaffCategory> categories(String text) {
        Set<StaffCategory> categories = new TreeSet<>();
        for (String part : (text == null || text.isBlank() ? "CB,CC" : text).split(",")) {
            categories.add(StaffCategory.parse(part.strip()).orElseThrow(() -> new ApiInputException("categories",
                    Messages.text("api.people.unknownCategory", part.strip()))));
        }
        return categories;
    }
}
