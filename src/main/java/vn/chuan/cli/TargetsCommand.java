package vn.chuan.cli;

import java.io.PrintStream;
import java.time.LocalDate;
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
        LocalDate asOf = options.date("as-of", Dates.today());
        try (ConfigurableApplicationContext context = ApplicationContexts.open()) {
            Optional<Unit> unit = context.getBean(Units.class).findByCode(options.get("unit", ""), asOf);
            if (unit.isEmpty()) {
                err.println("Không có đơn vị mã " + options.get("unit", "") + " vào ngày " + Dates.format(asOf));
                return CommandLine.FAILED;
            }
            List<TargetProgress> progress = context.getBean(Targets.class).progress(UserScope.everything(false), unit.get(), asOf);
            if (format.equals("csv")) {
                StringBuilder csv = new StringBuilder(TabularFile.csvLine(HEADER));
                for (TargetProgress p : progress) {
                    csv.append(TabularFile.csvLine(List.of(p.target().indicator().name(),
                            p.target().plan() == null ? "" : p.target().plan().number(), percent(p.value()),
                            p.today().known() ? p.today().meeting() + "/" + p.today().population() : "",
                            percent(p.target().threshold().doubleValue()), Dates.format(p.target().deadline()), percent(p.gapPoints()),
                            String.valueOf(p.gapPeople()), percent(p.projection().projected()), p.status().label())));
                }
                out.print(csv);
                return CommandLine.OK;
            }
            out.println("Mục tiêu của " + unit.get().name() + " (" + unit.get().code() + "), tính đến ngày " + Dates.format(asOf));
            if (progress.isEmpty()) {
                out.println("Không có mục tiêu nào áp dụng cho đơn vị này.");
            }
            int n = 0;
            for (TargetProgress p : progress) {
                out.println();
                out.println(++n + ". " + p.target().indicator().name() + "  [" + p.status().label() + "]");
                out.println("   " + (p.target().plan() == null ? "" : p.target().plan().number() + " · ") + "hiện nay " + shareOf(p.value())
                        + (p.today().known() ? " (" + p.today().meeting() + "/" + p.today().population() + ")" : "")
                        + " · mục tiêu ≥ " + shareOf(p.target().threshold().doubleValue()) + " đến " + Dates.format(p.target().deadline()));
                out.println("   còn thiếu " + p.gapPeople() + " người (" + percent(p.gapPoints()) + " điểm %) · dự báo đến hạn "
                        + shareOf(p.projection().projected()) + " · nghỉ hưu trước hạn " + p.projection().leaving() + " người");
            }
            return CommandLine.OK;
        }
    }

    private static String shareOf(Double value) {
        return value == null ? "—" : percent(value) + "%";
    }

    private static String percent(Double value) {
        return value == null ? "—" : String.format(Locale.forLanguageTag("vi"), "%.1f", value);
    }
}
