package vn.chuan.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

import vn.chuan.imports.DirectImport;
import vn.chuan.imports.ImportAnalysis;
import vn.chuan.imports.ImportResult;
import vn.chuan.imports.ImportSource;
import vn.chuan.imports.ListDate;
import vn.chuan.imports.PeopleImport;
import vn.chuan.imports.RowError;
import vn.chuan.imports.RowPlan;
import vn.chuan.security.UserScope;
import vn.chuan.shared.Shares;

/** Imports people from an interchange file into the configured database, with the rules of the UI. */
final class ImportCommand implements ChuanCommand {

    @Override
    public String name() {
        return "import";
    }

    @Override
    public String summary() {
        return "nhập danh sách cán bộ, công chức (Excel/CSV theo định dạng trao đổi)";
    }

    @Override
    public String help() {
        return """
                java -jar chuan.jar import TỆP [--as-of YYYY-MM-DD [--complete [--left-on YYYY-MM-DD]]] [--valid-only] [--dry-run]

                Nhập danh sách người từ tệp .xlsx, .xls hoặc .csv theo định dạng trao đổi (một dòng một người,
                dòng đầu là tiêu đề; xem DESIGN.md). Người chưa có được tạo mới, người đã có được cập nhật và ghi
                nhật ký thay đổi; nhập lại cùng một tệp không thay đổi gì.
                  --as-of NGÀY   tệp là danh sách tại ngày này (danh sách hằng năm, ví dụ 2012-12-31): mã đơn vị
                                 tìm theo đơn vị có tại ngày đó; chức vụ không ghi ngày bắt đầu giữ từ ngày đó;
                                 trình độ chưa có giữ từ ngày đó; người ở đơn vị khác đã chuyển đến trong khoảng
                                 giữa hai danh sách. Nhập các danh sách từ cũ đến mới; danh sách cũ hơn những gì
                                 đã biết về một người chỉ bổ sung quá khứ, không đổi hiện tại.
                  --complete     danh sách có đủ mọi người của các đơn vị trong tệp: người đang giữ chức vụ ở
                                 các đơn vị đó mà không có trong tệp thôi công tác (lý do "Không còn trong danh sách")
                  --left-on NGÀY với --complete: ngày bắt đầu thôi (mặc định ngày của danh sách; chức vụ kết thúc
                                 ngày hôm trước)
                  --valid-only   chỉ nhập các dòng hợp lệ (mặc định: tệp có dòng lỗi thì không ghi gì)
                  --dry-run      chỉ kiểm tra và báo cáo, không ghi gì
                Mã thoát: 0 đã nhập (hoặc kiểm tra xong, không lỗi); 1 không nhập được gì; 2 sai cú pháp.""";
    }

    @Override
    public Set<String> flags() {
        return Set.of("valid-only", "dry-run", "complete");
    }

    private static void read(PrintStream out, long rows, long toCreate, long toUpdate, long unchanged, long invalid, List<RowPlan> leavers) {
        out.printf("Đã đọc %s dòng: %s tạo mới, %s thay đổi, %s giữ nguyên, %s dòng lỗi.%n", Shares.count(rows), Shares.count(toCreate),
                Shares.count(toUpdate), Shares.count(unchanged), Shares.count(invalid));
        if (!leavers.isEmpty()) {
            out.printf("Không có trong danh sách đầy đủ, thôi công tác: %s người.%n", Shares.count(leavers.size()));
            // Who, so that an officer can check the list before trusting it.
            for (RowPlan leaver : leavers) {
                RowPlan.FieldChange post = leaver.changes().get(0);
                out.printf("  %s %s: %s, %s%n", leaver.code(), leaver.fullName(), post.oldValue(), post.newValue());
            }
        }
    }

    private static void report(List<String> fileErrors, List<String> warnings, List<RowError> errors, PrintStream err) {
        fileErrors.forEach(e -> err.println("Lỗi: " + e));
        warnings.forEach(w -> err.println("Cảnh báo: " + w));
        for (RowError e : errors) {
            err.println("Lỗi: " + e.describe());
        }
    }

    @Override
    public int run(Options options, PrintStream out, PrintStream err) {
        if (options.positional().size() != 1) {
            throw new Options.UsageException("cần đúng một tệp");
        }
        Path file = Path.of(options.positional().get(0));
        if (!Files.isRegularFile(file)) {
            err.println("Không tìm thấy tệp: " + file);
            return CommandLine.FAILED;
        }
        ListDate list = new ListDate(options.date("as-of", null), options.has("complete"), options.date("left-on", null));
        if (list.leftOn() != null && !list.complete()) {
            throw new Options.UsageException("--left-on chỉ dùng cùng --complete");
        }
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(
                "dong-lenh:" + System.getProperty("user.name", "?"), null, AuthorityUtils.NO_AUTHORITIES));
        try (ConfigurableApplicationContext context = ApplicationContexts.open()) {
            PeopleImport importer = context.getBean(PeopleImport.class);
            UserScope scope = UserScope.everything(true);
            long started = System.nanoTime();
            if (options.has("dry-run")) {
                ImportAnalysis analysis = importer.analyse(scope, ImportSource.of(file), file.getFileName().toString(), list,
                        (phase, done, total) -> err.print("\r" + phase + ": " + done + (total > 0 ? "/" + total : "") + " dòng   "));
                err.println();
                report(analysis.fileErrors(), analysis.warnings(), analysis.errors(), err);
                if (!analysis.readable()) {
                    return CommandLine.FAILED;
                }
                read(out, analysis.rowsRead(), analysis.count(RowPlan.Action.CREATE), analysis.count(RowPlan.Action.UPDATE),
                        analysis.count(RowPlan.Action.UNCHANGED), analysis.invalidRows(),
                        analysis.plans().stream().filter(p -> p.action() == RowPlan.Action.LEAVE).toList());
                return analysis.clean() ? CommandLine.OK : CommandLine.FAILED;
            }
            // One reading of the file: checked and written in one transaction, rolled back on errors.
            DirectImport done = importer.importDirectly(scope, ImportSource.of(file),
                    file.getFileName().toString(), list, options.has("valid-only"),
                    (phase, rows, total) -> err.print("\r" + phase + ": " + rows + " dòng   "));
            err.println();
            report(done.fileErrors(), done.warnings(), done.errors(), err);
            if (!done.readable()) {
                return CommandLine.FAILED;
            }
            read(out, done.rowsRead(), done.toCreate(), done.toUpdate(), done.unchanged(), done.invalidRows(), done.leavers());
            ImportResult result = done.result();
            out.println(result.message());
            out.printf("Thời gian: %s giây%n", String.format(Locale.ROOT, "%.1f", (System.nanoTime() - started) / 1e9).replace('.', ','));
            return result.written() && (result.created() + result.updated() + result.unchanged() + result.left()) > 0
                    ? CommandLine.OK : CommandLine.FAILED;
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
