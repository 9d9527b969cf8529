package vn.chuan.cli;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.context.ConfigurableApplicationContext;

import vn.chuan.security.UserScope;
import vn.chuan.shared.Dates;
import vn.chuan.shared.TabularFile;
import vn.chuan.targets.TargetProgress;
import vn.chuan.targets.Targets;
import vn.chuan.units.Unit;
import vn.chuan.units.Units;

/** Prints where each target that applies to a unit stands on a date. */
final class TargetsCommand implements ChuanCommand {

    private static final List<String> HEADER = List.of("Chỉ tiêu", "Văn bản", "Hiện nay (%)", "Đạt/Tổng", "Ngưỡng (%)", "Hạn",
            "Thiếu (điểm %)", "Thiếu (người)", "Dự báo (%)", "Trạng thái");

    @Override
    public String name() {
        return "targets";
    }

    @Override
    public String summary() {
        return "in tiến độ các mục tiêu áp dụng cho một đơn vị tại một ngày";
    }

    @Override
    public String help() {
        return """
                java -jar chuan.jar targets --unit MÃ [--as-of YYYY-MM-DD] [--format text|csv]

                Với mỗi mục tiêu đặt cho đơn vị hoặc cho đơn vị cấp trên của nó: giá trị hiện nay (số người đạt
                trên tổng số người trong đối tượng), ngưỡng, hạn, còn thiếu bao nhiêu điểm phần trăm và bao
                nhiêu người, dự báo đến hạn (có tính người nghỉ hưu) và trạng thái (đã đạt, đúng tiến độ,
                có nguy cơ, chậm tiến độ, không đạt, chưa có số liệu).
                  --unit MÃ    mã đơn vị (tỉnh, huyện hoặc xã) có hiệu lực tại ngày tính
                  --as-of      ngày tính (mặc định hôm nay)
                  --format     text (mặc định, bảng để đọc) hoặc csv (UTF-8, để mở bằng bảng tính)

                Mã thoát: 0 đã in; 1 không có đơn vị; 2 sai cách gọi.""";
    }

    @Override
    public int run(Options options, PrintStream out, PrintStream err) {
        if (!options.positional().isEmpty()) {
            throw new Options.UsageException("không nhận đối số '" + options.positional().get(0) + "'");
        }
        if (!options.has("unit")) {
            throw new Options.UsageException("cần --unit MÃ");
        }
        String format = options.get("format", "text");
        if (!List.of("text", "csv").contains(format)) {
            err.println("Định dạng '" + format + "' không được hỗ trợ; có: text, csv");
            return CommandLine.USAGE;
        }
        LocalDate asOf = options.date("as-of", LocalDate.now(Dates.ZONE));
        try (ConfigurableApplicationContext context = ApplicationContexts.open()) {
            Optional<Unit> unit = context.getBean(Units.class).findByCode(options.get("unit", ""), asOf);
            if (unit.isEmpty()) {
                err.println("Không có đơn vị mã " + options.get("unit", "") + " vào ngày " + Dates.format(asOf));
                return CommandLine.FAILED;
            }
            List<TargetProgress> progress = context.getBean(Targets.class).progress(UserScope.everything(false), unit.get(), asOf);
            List<List<String>> rows = new ArrayList<>();
            for (TargetProgress p : progress) {
                rows.add(List.of(p.target().indicator().name(), p.target().plan() == null ? "" : p.target().plan().number(),
                        percent(p.value()), p.today().known() ? p.today().meeting() + "/" + p.today().population() : "",
                        percent(p.target().threshold().doubleValue()), Dates.format(p.target().deadline()), percent(p.gapPoints()),
                        String.valueOf(p.gapPeople()), percent(p.projection().projected()), p.status().label()));
            }
            if (format.equals("csv")) {
                StringBuilder csv = new StringBuilder(TabularFile.csvLine(HEADER));
                rows.forEach(row -> csv.append(TabularFile.csvLine(row)));
                out.print(csv);
                return CommandLine.OK;
            }
            out.println("Mục tiêu của " + unit.get().name() + " (" + unit.get().code() + "), tính đến ngày " + Dates.format(asOf));
            if (rows.isEmpty()) {
                out.println("Không có mục tiêu nào áp dụng cho đơn vị này.");
                return CommandLine.OK;
            }
            printTable(rows, out);
            return CommandLine.OK;
        }
    }

    private static String percent(Double value) {
        return value == null ? "—" : String.format(Locale.forLanguageTag("vi"), "%.1f", value);
    }

    /** A plain table: the indicator's name wraps to 48 characters, numbers align right. */
    private static void printTable(List<List<String>> rows, PrintStream out) {
        int[] widths = new int[HEADER.size()];
        for (int c = 0; c < widths.length; c++) {
            widths[c] = HEADER.get(c).length();
            for (List<String> row : rows) {
                widths[c] = Math.max(widths[c], Math.min(48, row.get(c).length()));
            }
        }
        out.println(line(HEADER, widths));
        for (List<String> row : rows) {
            out.println(line(row, widths));
        }
    }

    private static String line(List<String> cells, int[] widths) {
        StringBuilder sb = new StringBuilder();
        for (int c = 0; c < cells.size(); c++) {
            String cell = cells.get(c).length() > widths[c] ? cells.get(c).substring(0, widths[c] - 1) + "…" : cells.get(c);
            boolean number = c >= 2 && c != 5 && c != 9;
            sb.append(number ? " ".repeat(widths[c] - cell.length()) + cell : cell + " ".repeat(widths[c] - cell.length()));
            sb.append(c == cells.size() - 1 ? "" : "  ");
        }
        return sb.toString().stripTrailing();
    }
}
