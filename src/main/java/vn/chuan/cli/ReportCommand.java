package vn.chuan.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ConfigurableApplicationContext;

import vn.chuan.reports.ReportTable;
import vn.chuan.reports.Reports;
import vn.chuan.security.UserScope;
import vn.chuan.shared.Dates;
import vn.chuan.shared.TabularFile;
import vn.chuan.units.Unit;
import vn.chuan.units.Units;

/** Prints a report form for a unit as of a date. */
final class ReportCommand implements ChuanCommand {

    @Override
    public String name() {
        return "report";
    }

    @Override
    public String summary() {
        return "in biểu mẫu báo cáo của một đơn vị tại một ngày (chat-luong, cong-chuc, co-cau)";
    }

    @Override
    public String help() {
        return """
                java -jar chuan.jar report BIỂU-MẪU --unit MÃ [--as-of YYYY-MM-DD] [--format csv|xlsx|pdf] [--out TỆP]
                java -jar chuan.jar report co-cau --by CHIỀU [--categories CB,CC] --unit MÃ ...

                Các biểu mẫu:
                  chat-luong   số lượng, chất lượng cán bộ, công chức cấp xã: mỗi đơn vị trực thuộc một dòng,
                               các cột theo loại, giới tính, đảng viên, dân tộc, trình độ chuyên môn, lý luận
                               chính trị, quản lý nhà nước, tin học, độ tuổi, đạt chuẩn (hôm nay); dòng cuối
                               là tổng cộng.
                  cong-chuc    số lượng, chất lượng công chức từ cấp huyện trở lên (mẫu BM02/BNV): ngạch,
                               trình độ, lý luận chính trị, quản lý nhà nước, tin học, ngoại ngữ, độ tuổi.
                  co-cau       cơ cấu theo một chiều: mỗi mức một cột, rồi "trở lên" từng mức (với trình độ).
                  --by CHIỀU   với co-cau: %s
                  --categories với co-cau: loại cán bộ, cách nhau dấu phẩy (CB, CC, VC, KCT; mặc định CB,CC)
                  --unit MÃ    mã đơn vị (tỉnh, huyện hoặc xã) có hiệu lực tại ngày báo cáo; VN: cả nước
                  --as-of      ngày báo cáo (mặc định hôm nay)
                  --format     csv (mặc định; UTF-8 có BOM), xlsx (tiêu đề gộp ô như trên giấy), pdf (A4 ngang)
                  --out TỆP    ghi ra tệp (bắt buộc với xlsx, pdf); CSV không có --out thì in ra đầu ra chuẩn

                Mã thoát: 0 đã in/ghi; 1 không có đơn vị hoặc không ghi được tệp; 2 sai cách gọi.""".formatted(
                vn.chuan.reports.BreakdownColumn.By.ALL.stream().map(b -> b.key()).collect(java.util.stream.Collectors.joining(", ")));
    }

    @Override
    public int run(Options options, PrintStream out, PrintStream err) {
        if (options.positional().size() != 1) {
            throw new Options.UsageException("cần tên một biểu mẫu (chat-luong)");
        }
        String form = options.positional().get(0);
        if (!java.util.Set.of("chat-luong", "cong-chuc", "co-cau").contains(form)) {
            err.println("Không có biểu mẫu '" + form + "'. Các biểu mẫu: chat-luong, cong-chuc, co-cau");
            return CommandLine.USAGE;
        }
        vn.chuan.reports.BreakdownColumn.By by = null;
        java.util.Set<vn.chuan.shared.StaffCategory> categories = new java.util.TreeSet<>();
        if (form.equals("co-cau")) {
            String key = options.get("by", "");
            by = vn.chuan.reports.BreakdownColumn.By.ALL.stream().filter(b -> b.key().equals(key)).findFirst().orElse(null);
            if (by == null) {
                err.println("Cần --by với một trong: " + vn.chuan.reports.BreakdownColumn.By.ALL.stream().map(b -> b.key())
                        .collect(java.util.stream.Collectors.joining(", ")));
                return CommandLine.USAGE;
            }
            for (String part : options.get("categories", "CB,CC").split(",")) {
                var category = vn.chuan.shared.StaffCategory.parse(part.strip());
                if (category.isEmpty()) {
                    err.println("Loại cán bộ '" + part.strip() + "' không có; có: CB, CC, VC, KCT");
                    return CommandLine.USAGE;
                }
                categories.add(category.get());
            }
        }
        if (!options.has("unit")) {
            throw new Options.UsageException("cần --unit MÃ");
        }
        String format = options.get("format", "csv");
        if (!java.util.Set.of("csv", "xlsx", "pdf").contains(format)) {
            err.println("Định dạng '" + format + "' không được hỗ trợ; có: csv, xlsx, pdf");
            return CommandLine.USAGE;
        }
        if (!format.equals("csv") && !options.has("out")) {
            throw new Options.UsageException("định dạng " + format + " cần --out TỆP");
        }
        LocalDate asOf = options.date("as-of", LocalDate.now(Dates.ZONE));
        try (ConfigurableApplicationContext context = ApplicationContexts.open()) {
            Optional<Unit> unit = options.get("unit", "").equalsIgnoreCase("VN") ? Optional.of(Reports.NATION)
                    : context.getBean(Units.class).findByCode(options.get("unit", ""), asOf);
            if (unit.isEmpty()) {
                err.println("Không có đơn vị mã " + options.get("unit", "") + " vào ngày " + Dates.format(asOf));
                return CommandLine.FAILED;
            }
            Reports reports = context.getBean(Reports.class);
            ReportTable report;
            try {
                report = by != null ? reports.breakdown(UserScope.everything(false), unit.get(), asOf, by, categories)
                        : form.equals("cong-chuc") ? reports.civilServants(UserScope.everything(false), unit.get(), asOf)
                        : reports.quality(UserScope.everything(false), unit.get(), asOf);
            } catch (IllegalArgumentException e) {
                err.println(e.getMessage());
                return CommandLine.FAILED;
            }
            if (format.equals("csv") && !options.has("out")) {
                out.print(csv(report));
                return CommandLine.OK;
            }
            Path file = Path.of(options.get("out", ""));
            switch (format) {
                case "xlsx" -> {
                    try (var stream = Files.newOutputStream(file)) {
                        vn.chuan.reports.ReportWorkbook.write(report, stream);
                    }
                }
                case "pdf" -> {
                    try (var stream = Files.newOutputStream(file)) {
                        vn.chuan.reports.ReportPdf.write(report, stream);
                    }
                }
                default -> Files.writeString(file, "\uFEFF" + csv(report), StandardCharsets.UTF_8);
            }
            err.println("Đã ghi báo cáo vào " + file);
            return CommandLine.OK;
        } catch (IOException e) {
            err.println("Không ghi được tệp: " + e.getMessage());
            return CommandLine.FAILED;
        }
    }

    static String csv(ReportTable report) {
        StringBuilder sb = new StringBuilder(TabularFile.csvLine(
                List.of(report.root().name() + ", tính đến ngày " + Dates.format(report.asOf()))));
        List<String> header = new ArrayList<>(List.of("Đơn vị"));
        for (vn.chuan.reports.ReportColumn column : report.columns()) {
            header.add(column.group().isEmpty() ? column.label() : column.group() + ": " + column.label());
        }
        sb.append(TabularFile.csvLine(header));
        for (ReportTable.Row row : report.rowsAndTotal()) {
            List<String> cells = new ArrayList<>(List.of(row.label()));
            for (vn.chuan.reports.ReportColumn column : report.columns()) {
                cells.add(String.valueOf(row.count(column)));
            }
            sb.append(TabularFile.csvLine(cells));
        }
        return sb.toString();
    }
}
