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
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.springframework.context.ConfigurableApplicationContext;

import vn.chuan.evaluation.Evaluations;
import vn.chuan.evaluation.Grade;
import vn.chuan.evaluation.GradeMix;
import vn.chuan.reports.BreakdownColumn;
import vn.chuan.reports.ReportColumn;
import vn.chuan.reports.ReportPdf;
import vn.chuan.reports.ReportTable;
import vn.chuan.reports.ReportWorkbook;
import vn.chuan.reports.Reports;
import vn.chuan.security.UserScope;
import vn.chuan.shared.Dates;
import vn.chuan.shared.StaffCategory;
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
        return "in biểu mẫu báo cáo của một đơn vị tại một ngày (chat-luong, cong-chuc, co-cau, xep-loai)";
    }

    @Override
    public String help() {
        return """
                java -jar chuan.jar report BIỂU-MẪU --unit MÃ [--as-of YYYY-MM-DD] [--shares] [--format csv|xlsx|pdf] [--out TỆP]
                java -jar chuan.jar report co-cau --by CHIỀU [--categories CB,CC] --unit MÃ ...
                java -jar chuan.jar report xep-loai --unit MÃ --year NĂM [--shares] [--format csv|xlsx|pdf] [--out TỆP]

                Các biểu mẫu:
                  chat-luong   số lượng, chất lượng cán bộ, công chức cấp xã: mỗi đơn vị trực thuộc một dòng,
                               các cột theo loại, giới tính, đảng viên, dân tộc, trình độ chuyên môn, lý luận
                               chính trị, quản lý nhà nước, tin học, độ tuổi, đạt chuẩn (hôm nay); dòng cuối
                               là tổng cộng.
                  cong-chuc    số lượng, chất lượng công chức từ cấp huyện trở lên (mẫu BM02/BNV): ngạch,
                               trình độ, lý luận chính trị, quản lý nhà nước, tin học, ngoại ngữ, độ tuổi.
                  co-cau       cơ cấu theo một chiều: mỗi mức một cột, rồi "trở lên" từng mức (với trình độ).
                  xep-loai     kết quả xếp loại đánh giá năm --year: mỗi đơn vị trực thuộc một dòng, mỗi mức xếp
                               loại một cột (với --shares: tỉ lệ trên số được xếp loại của dòng).
                  --by CHIỀU   với co-cau: %s
                  --categories với co-cau: loại cán bộ, cách nhau dấu phẩy (CB, CC, VC, KCT; mặc định CB,CC)
                  --unit MÃ    mã đơn vị (tỉnh, huyện hoặc xã) có hiệu lực tại ngày báo cáo; VN: cả nước
                  --as-of      ngày báo cáo (mặc định hôm nay)
                  --shares     với csv: sau mỗi cột số một cột tỉ lệ trên tổng số của dòng ("78,95%%")
                  --format     csv (mặc định; UTF-8 có BOM), xlsx (tiêu đề gộp ô như trên giấy), pdf (A4 ngang;
                               xep-loai: A4 đứng, tỉ lệ dưới mỗi số)
                  --out TỆP    ghi ra tệp (bắt buộc với xlsx, pdf); CSV không có --out thì in ra đầu ra chuẩn

                Mã thoát: 0 đã in/ghi; 1 không có đơn vị hoặc không ghi được tệp; 2 sai cách gọi.""".formatted(
                BreakdownColumn.By.ALL.stream().map(b -> b.key()).collect(Collectors.joining(", ")));
    }

    @Override
    public Set<String> flags() {
        return Set.of("shares");
    }

    @Override
    public int run(Options options, PrintStream out, PrintStream err) {
        if (options.positional().size() != 1) {
            throw new Options.UsageException("cần tên một biểu mẫu (chat-luong)");
        }
        String form = options.positional().get(0);
        if (!Set.of("chat-luong", "cong-chuc", "co-cau", "xep-loai").contains(form)) {
            err.println("Không có biểu mẫu '" + form + "'. Các biểu mẫu: chat-luong, cong-chuc, co-cau, xep-loai");
            return CommandLine.USAGE;
        }
        if (form.equals("xep-loai")) {
            return gradeMix(options, out, err);
        }
        BreakdownColumn.By by = null;
        Set<StaffCategory> categories = new TreeSet<>();
        if (form.equals("co-cau")) {
            String key = options.get("by", "");
            by = BreakdownColumn.By.ALL.stream().filter(b -> b.key().equals(key)).findFirst().orElse(null);
            if (by == null) {
                err.println("Cần --by với một trong: " + BreakdownColumn.By.ALL.stream().map(b -> b.key())
                        .collect(Collectors.joining(", ")));
                return CommandLine.USAGE;
            }
            for (String part : options.get("categories", "CB,CC").split(",")) {
                var category = StaffCategory.parse(part.strip());
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
        String format = format(options, err);
        if (format == null) {
            return CommandLine.USAGE;
        }
        LocalDate asOf = options.date("as-of", Dates.today());
        try (ConfigurableApplicationContext context = ApplicationContexts.open()) {
            Units units = context.getBean(Units.class);
            String code = options.get("unit", "");
            // The unit of that code today, with its past (a merged commune's is what it was formed from); else the unit of that date.
            Optional<Unit> unit = code.equalsIgnoreCase("VN") ? Optional.of(Reports.NATION)
                    : units.findByCode(code, Dates.today()).filter(u -> !units.sourcesOn(u, asOf).isEmpty())
                            .or(() -> units.findByCode(code, asOf));
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
                out.print(csv(report, options.has("shares")));
                return CommandLine.OK;
            }
            Path file = Path.of(options.get("out", ""));
            switch (format) {
                case "xlsx" -> {
                    try (var stream = Files.newOutputStream(file)) {
                        ReportWorkbook.write(report, stream);
                    }
                }
                case "pdf" -> {
                    try (var stream = Files.newOutputStream(file)) {
                        ReportPdf.write(report, stream);
                    }
                }
                default -> Files.writeString(file, "\uFEFF" + csv(report, options.has("shares")), StandardCharsets.UTF_8);
            }
            err.println("Đã ghi báo cáo vào " + file);
            return CommandLine.OK;
        } catch (IOException e) {
            err.println("Không ghi được tệp: " + e.getMessage());
            return CommandLine.FAILED;
        }
    }

    /** The --format asked (csv by default), or null after saying it is not one we write; a file format needs --out. */
    private static String format(Options options, PrintStream err) {
        String format = options.get("format", "csv");
        if (!Set.of("csv", "xlsx", "pdf").contains(format)) {
            err.println("Định dạng '" + format + "' không được hỗ trợ; có: csv, xlsx, pdf");
            return null;
        }
        if (!format.equals("csv") && !options.has("out")) {
            throw new Options.UsageException("định dạng " + format + " cần --out TỆP");
        }
        return format;
    }

    /** The grade mix of a year (Cần Thơ's "hơn 37% hoàn thành xuất sắc nhiệm vụ"), a row per unit below. */
    private static int gradeMix(Options options, PrintStream out, PrintStream err) {
        if (!options.has("unit") || !options.has("year")) {
            throw new Options.UsageException("cần --unit MÃ và --year NĂM");
        }
        int year = options.intValue("year", 0, 2000, 2100);
        String format = format(options, err);
        if (format == null) {
            return CommandLine.USAGE;
        }
        LocalDate yearEnd = LocalDate.of(year, 12, 31);
        LocalDate on = yearEnd.isAfter(Dates.today()) ? Dates.today() : yearEnd;
        try (ConfigurableApplicationContext context = ApplicationContexts.open()) {
            Optional<Unit> unit = context.getBean(Units.class).findByCodeAsWritten(options.get("unit", ""), on);
            if (unit.isEmpty()) {
                err.println("Không có đơn vị mã " + options.get("unit", "") + " vào ngày " + Dates.format(on));
                return CommandLine.FAILED;
            }
            GradeMix mix = context.getBean(Evaluations.class).mix(UserScope.everything(false), unit.get(), year, "don-vi");
            if (!format.equals("csv")) {
                Path file = Path.of(options.get("out", ""));
                try (var stream = Files.newOutputStream(file)) {
                    if (format.equals("pdf")) {
                        mix.writePdf(stream);
                    } else {
                        mix.writeWorkbook(stream);
                    }
                }
                err.println("Đã ghi báo cáo vào " + file);
                return CommandLine.OK;
            }
            boolean shares = options.has("shares");
            StringBuilder csv = new StringBuilder(TabularFile.csvLine(List.of("Kết quả xếp loại năm " + year + ", " + unit.get().name())));
            List<String> header = new ArrayList<>(List.of("Đơn vị", "Tổng số"));
            for (Grade grade : Grade.values()) {
                header.add(grade.label());
                if (shares) {
                    header.add(grade.label() + " (tỉ lệ)");
                }
            }
            csv.append(TabularFile.csvLine(header));
            List<GradeMix.Row> rows = new ArrayList<>(mix.rows());
            rows.add(mix.total());
            for (GradeMix.Row row : rows) {
                List<String> cells = new ArrayList<>(List.of(row.label(), String.valueOf(row.total())));
                for (Grade grade : Grade.values()) {
                    cells.add(String.valueOf(row.count(grade)));
                    if (shares) {
                        cells.add(row.share(grade));
                    }
                }
                csv.append(TabularFile.csvLine(cells));
            }
            if (options.has("out")) {
                Path file = Path.of(options.get("out", ""));
                Files.writeString(file, "\uFEFF" + csv, StandardCharsets.UTF_8);
                err.println("Đã ghi báo cáo vào " + file);
            } else {
                out.print(csv);
            }
            return CommandLine.OK;
        } catch (IOException e) {
            err.println("Không ghi được tệp: " + e.getMessage());
            return CommandLine.FAILED;
        }
    }

    /** The table as CSV; with {@code shares}, each count is followed by its share of the row's total. */
    static String csv(ReportTable report, boolean shares) {
        StringBuilder sb = new StringBuilder(TabularFile.csvLine(
                List.of(report.root().name() + ", tính đến ngày " + Dates.format(report.asOf()))));
        List<String> header = new ArrayList<>(List.of("Đơn vị"));
        for (ReportColumn column : report.columns()) {
            String label = column.group().isEmpty() ? column.label() : column.group() + ": " + column.label();
            header.add(label);
            if (shares && !column.isTotal()) {
                header.add(label + " (tỉ lệ)");
            }
        }
        sb.append(TabularFile.csvLine(header));
        for (ReportTable.Row row : report.rowsAndTotal()) {
            List<String> cells = new ArrayList<>(List.of(row.label()));
            for (ReportColumn column : report.columns()) {
                cells.add(String.valueOf(row.count(column)));
                if (shares && !column.isTotal()) {
                    cells.add(row.share(column));
                }
            }
            sb.append(TabularFile.csvLine(cells));
        }
        return sb.toString();
    }
}
