package vn.chuan.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.ConfigurableApplicationContext;

import vn.chuan.evaluation.EvaluationRound;
import vn.chuan.evaluation.Evaluations;
import vn.chuan.evaluation.GradeImport;
import vn.chuan.security.UserScope;
import vn.chuan.shared.Dates;
import vn.chuan.shared.Shares;
import vn.chuan.units.Unit;
import vn.chuan.units.Units;

/** Imports a year's evaluation grades (into the round of that year and unit, opened when there is none). */
final class ImportGradesCommand implements ChuanCommand {

    @Override
    public String name() {
        return "import-grades";
    }

    @Override
    public String summary() {
        return "nhập kết quả xếp loại đánh giá một năm (cột Mã cán bộ, Xếp loại, Nhận xét)";
    }

    @Override
    public String help() {
        return """
                java -jar chuan.jar import-grades TỆP --year NĂM [--unit MÃ] [--closed] [--dry-run]

                Nhập xếp loại đánh giá năm NĂM từ tệp .xlsx hoặc .csv có cột Mã cán bộ và Xếp loại (HTXS, HTT, HT, KHT
                hoặc tên đầy đủ), có thể có Nhận xét. Đợt đánh giá của năm đó và đơn vị --unit (mặc định: tỉnh) được mở
                nếu chưa có; mỗi người vào bảng xếp loại của đơn vị nơi họ công tác cuối năm.
                --closed   kết quả đã được quyết định trước đây: ghi đúng như tệp (kể cả khi vượt tỷ lệ hoàn thành xuất
                           sắc, ghi thành một phát hiện trong kiểm tra dữ liệu) và khóa đợt đánh giá
                --dry-run  chỉ kiểm tra, không ghi gì
                Không có --closed, tỷ lệ hoàn thành xuất sắc (NĐ 335/2025) được kiểm tra khi lưu như trên trang.
                Có dòng lỗi thì không ghi gì. Mã thoát: 0 xong, 1 có lỗi (không ghi gì), 2 dùng sai lệnh.""";
    }

    @Override
    public Set<String> flags() {
        return Set.of("closed", "dry-run");
    }

    @Override
    public int run(Options options, PrintStream out, PrintStream err) {
        Optional<Path> named = FileImports.file(options, "year NĂM", err);
        int year = options.intValue("year", 0, 2000, 2100);
        if (named.isEmpty()) {
            return CommandLine.FAILED;
        }
        Path file = named.get();
        try (ConfigurableApplicationContext context = ApplicationContexts.open()) {
            Units units = context.getBean(Units.class);
            LocalDate yearEnd = LocalDate.of(year, 12, 31);
            LocalDate today = Dates.today();
            LocalDate on = yearEnd.isAfter(today) ? today : yearEnd;
            Optional<Unit> unit = options.has("unit") ? units.findByCodeAsWritten(options.get("unit", ""), on)
                    : units.roots().stream().filter(u -> u.isValidOn(on)).findFirst();
            if (unit.isEmpty()) {
                err.println("Không có đơn vị " + options.get("unit", "cấp tỉnh") + " vào ngày " + Dates.format(on));
                return CommandLine.FAILED;
            }
            UserScope scope = UserScope.everything(true);
            Evaluations evaluations = context.getBean(Evaluations.class);
            GradeImport grades = context.getBean(GradeImport.class);
            boolean closed = options.has("closed");
            boolean dryRun = options.has("dry-run");
            return FileImports.reading(file, err, in -> {
                GradeImport.Result result = FileImports.inTransaction(context, dryRun, () -> {
                    long roundId = evaluations.rounds(scope).stream().filter(r -> r.year() == year && r.unitId() == unit.get().id().value())
                            .map(EvaluationRound::id).findFirst().orElseGet(() -> evaluations.openRound(scope, year, unit.get().id().value()));
                    return grades.importGrades(scope, roundId, in, file.getFileName().toString(), closed);
                }, r -> !r.errors().isEmpty());
                if (!result.errors().isEmpty()) {
                    return FileImports.refused(result.errors(), err);
                }
                out.printf("%s %s xếp loại năm %d từ %s dòng (%s)%s.%n", dryRun ? "Sẽ ghi" : "Đã ghi", Shares.count(result.saved()), year,
                        Shares.count(result.rows()), unit.get().name(), closed ? ", đợt đánh giá được khóa như đã quyết định" : "");
                if (closed && !dryRun) {
                    List<Evaluations.QuotaBreach> breaches = evaluations.decidedBreaches(scope).stream().filter(b -> b.year() == year).toList();
                    breaches.forEach(b -> out.println("  Ghi nhận vượt tỷ lệ: " + b.unitName() + " — " + b.detail()));
                }
                return CommandLine.OK;
            });
        }
    }
}
