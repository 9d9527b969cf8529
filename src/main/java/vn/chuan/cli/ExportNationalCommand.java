package vn.chuan.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.ConfigurableApplicationContext;

import vn.chuan.national.NationalExport;
import vn.chuan.security.UserScope;
import vn.chuan.shared.Dates;
import vn.chuan.units.Unit;
import vn.chuan.units.Units;

/** Writes the national cadre database file, and lists the records that cannot be sent yet. */
final class ExportNationalCommand implements ChuanCommand {

    @Override
    public String name() {
        return "export-national";
    }

    @Override
    public String summary() {
        return "xuất tệp hồ sơ cho CSDL quốc gia về cán bộ, công chức (JSON theo số định danh)";
    }

    @Override
    public String help() {
        return """
                java -jar chuan.jar export-national --out TỆP.json [--unit MÃ] [--since YYYY-MM-DD] [--check]

                Ghi tệp hồ sơ theo các nhóm thông tin của CSDL quốc gia (nhân thân; đào tạo, trình độ; đơn vị,
                chức vụ; đánh giá, khen thưởng, kỷ luật; quy hoạch, tín nhiệm; luân chuyển), mỗi người một hồ sơ
                theo số định danh cá nhân.
                  --unit MÃ     chỉ đơn vị này và cấp dưới (mặc định toàn bộ)
                  --since NGÀY  chỉ hồ sơ thay đổi từ ngày này (kể cả người đã nghỉ)
                  --check       không ghi tệp, chỉ liệt kê hồ sơ còn thiếu thông tin bắt buộc
                Hồ sơ thiếu thông tin bắt buộc không được ghi vào tệp và được liệt kê trên stderr.
                Mã thoát 1 khi không có hồ sơ nào được ghi (hoặc với --check khi còn hồ sơ thiếu).""";
    }

    @Override
    public Set<String> flags() {
        return Set.of("check");
    }

    @Override
    public int run(Options options, PrintStream out, PrintStream err) {
        boolean check = options.has("check");
        if (!check && !options.has("out")) {
            throw new Options.UsageException("cần --out TỆP (hoặc --check)");
        }
        LocalDate today = Dates.today();
        LocalDate since = options.has("since") ? options.date("since", today) : null;
        try (ConfigurableApplicationContext context = ApplicationContexts.open()) {
            UserScope scope = UserScope.everything(false);
            String scopeName = "Toàn bộ dữ liệu";
            if (options.has("unit")) {
                Optional<Unit> unit = context.getBean(Units.class).findByCode(options.get("unit", ""), today);
                if (unit.isEmpty()) {
                    err.println("Không có đơn vị mã " + options.get("unit", "") + " vào ngày " + Dates.format(today));
                    return CommandLine.FAILED;
                }
                scope = UserScope.of(unit.get(), false);
                scopeName = unit.get().name();
            }
            NationalExport export = context.getBean(NationalExport.class);
            List<NationalExport.Missing> missing = export.check(scope);
            for (NationalExport.Missing m : missing) {
                err.println(m.code() + "\t" + m.fullName() + "\t" + m.unitName() + "\tthiếu: " + String.join("; ", m.fields()));
            }
            if (check) {
                out.println(missing.isEmpty() ? "Tất cả hồ sơ đang công tác đã đủ thông tin bắt buộc."
                        : missing.size() + " hồ sơ còn thiếu thông tin bắt buộc (danh sách trên stderr).");
                return missing.isEmpty() ? CommandLine.OK : CommandLine.FAILED;
            }
            Path file = Path.of(options.get("out", ""));
            NationalExport.Summary summary;
            try (OutputStream stream = Files.newOutputStream(file)) {
                summary = export.write(scope, since, scopeName, stream);
            } catch (IOException e) {
                err.println("Không ghi được tệp " + file + ": " + e.getMessage());
                return CommandLine.FAILED;
            }
            out.println("Đã ghi " + summary.written() + " hồ sơ vào " + file
                    + (summary.leftOut() == 0 ? "." : "; " + summary.leftOut() + " hồ sơ thiếu thông tin bắt buộc chưa được ghi."));
            return summary.written() == 0 ? CommandLine.FAILED : CommandLine.OK;
        }
    }
}
