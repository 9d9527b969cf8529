package vn.chuan.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;

import org.springframework.context.ConfigurableApplicationContext;

import vn.chuan.imports.Reorganisation;
import vn.chuan.security.UserScope;
import vn.chuan.shared.Dates;
import vn.chuan.units.Unit;

/** Imports the official list of a reorganisation of units (which old units went into which new ones). */
final class ImportLineageCommand implements ChuanCommand {

    @Override
    public String name() {
        return "import-lineage";
    }

    @Override
    public String summary() {
        return "nhập danh sách sắp xếp đơn vị hành chính (đơn vị mới hình thành từ những đơn vị cũ nào)";
    }

    @Override
    public String help() {
        return """
                java -jar chuan.jar import-lineage TỆP --on NGÀY [--move-people] [--dry-run]

                Nhập danh sách sắp xếp đơn vị hành chính có hiệu lực từ NGÀY (ví dụ 01/07/2025), tệp .xlsx hoặc .csv,
                mỗi dòng một đơn vị cũ, các cột: Mã PX mới, Phường/Xã mới, Mã PX cũ, Phường/Xã cũ, Phạm vi (toàn bộ
                hoặc một phần). Đơn vị mới phải có trong danh mục từ NGÀY (nhập bằng import-units trước). Đơn vị cũ
                kết thúc hiệu lực ngày trước đó (trừ đơn vị vẫn tiếp tục), số liệu các năm trước của đơn vị mới là
                tổng của các đơn vị cũ (phần bị chia chỉ tính người sau đó công tác ở đơn vị mới).
                --move-people  chuyển người đang công tác ở đơn vị cũ nhập toàn bộ sang đơn vị mới từ NGÀY
                               (lý do: sắp xếp đơn vị hành chính; ghi nhật ký)
                --dry-run      chỉ kiểm tra và cho biết sẽ làm gì, không ghi gì
                Mã không có, đơn vị cũ ghi hai lần là toàn bộ, vòng lặp hay ngày mâu thuẫn là lỗi: không ghi gì.
                Mã thoát: 0 xong, 1 có lỗi (không ghi gì), 2 dùng sai lệnh.""";
    }

    @Override
    public Set<String> flags() {
        return Set.of("move-people", "dry-run");
    }

    @Override
    public int run(Options options, PrintStream out, PrintStream err) {
        if (options.positional().size() != 1) {
            throw new Options.UsageException("cần đúng một tệp");
        }
        if (!options.has("on")) {
            throw new Options.UsageException("cần --on NGÀY (ngày sắp xếp có hiệu lực)");
        }
        LocalDate on = options.date("on", null);
        Path file = Path.of(options.positional().get(0));
        if (!Files.isRegularFile(file)) {
            err.println("Không tìm thấy tệp: " + file);
            return CommandLine.FAILED;
        }
        boolean dryRun = options.has("dry-run");
        try (ConfigurableApplicationContext context = ApplicationContexts.open(); InputStream in = Files.newInputStream(file)) {
            Reorganisation reorganisation = context.getBean(Reorganisation.class);
            Reorganisation.Result result = reorganisation.importList(UserScope.everything(true), in, file.getFileName().toString(), on,
                    options.has("move-people"), dryRun);
            if (!result.lineage().succeeded()) {
                result.lineage().errors().forEach(e -> err.println("Lỗi: " + e));
                err.println("Không ghi gì (" + result.lineage().errors().size() + " lỗi).");
                return CommandLine.FAILED;
            }
            String verb = dryRun ? "Sẽ " : "Đã ";
            out.println(verb + "ghi " + result.lineage().links().size() + " liên kết đơn vị cũ → mới từ ngày " + Dates.format(on) + ".");
            for (Unit closed : result.lineage().closed()) {
                out.println("  " + closed.name() + " (" + closed.code() + ") kết thúc hiệu lực ngày " + Dates.format(on.minusDays(1)));
            }
            if (options.has("move-people")) {
                out.println(verb + "chuyển " + result.moved() + " người sang đơn vị mới từ ngày " + Dates.format(on) + ".");
            }
            if (!result.toAssign().isEmpty()) {
                out.println("Người đang công tác ở đơn vị bị chia (hãy chuyển từng người sang đơn vị mới của họ):");
                result.toAssign().forEach(p -> out.println("  " + p));
            }
            return CommandLine.OK;
        } catch (IOException e) {
            err.println("Không đọc được tệp: " + e.getMessage());
            return CommandLine.FAILED;
        }
    }
}
