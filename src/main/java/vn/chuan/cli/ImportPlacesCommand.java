package vn.chuan.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.ConfigurableApplicationContext;

import vn.chuan.security.UserScope;
import vn.chuan.shared.Dates;
import vn.chuan.training.RosterImport;
import vn.chuan.training.Training;
import vn.chuan.training.TrainingClass;

/** Imports a class's roster (the places of a training class), as the class page does with its upload. */
final class ImportPlacesCommand implements ChuanCommand {

    @Override
    public String name() {
        return "import-places";
    }

    @Override
    public String summary() {
        return "nhập danh sách học viên một lớp đào tạo, bồi dưỡng (cử đi học, đang học, hoàn thành, bỏ học)";
    }

    @Override
    public String help() {
        return """
                java -jar chuan.jar import-places TỆP --class LỚP [--dry-run]

                Nhập danh sách học viên của lớp LỚP (mã lớp, hoặc số trong địa chỉ trang của lớp: /dao-tao/lop/SỐ) từ
                tệp .xlsx, .xls hoặc .csv của cơ sở đào tạo. Cột: Mã cán bộ (bắt buộc), Tình trạng (Đang học, Hoàn
                thành, Bỏ học; trống: chỉ cử đi học), Kết quả, Số chứng chỉ, Ngày cấp (bắt buộc khi hoàn thành).
                Người chưa có trong lớp được cử thêm (trong số chỗ còn lại); hoàn thành thì trình độ chương trình
                cấp được ghi vào hồ sơ với chứng chỉ làm căn cứ, như trên trang của lớp.
                --class LỚP  lớp; không có lớp này thì in danh sách các lớp
                --dry-run    chỉ kiểm tra, không ghi gì
                Có dòng lỗi thì không ghi gì. Mã thoát: 0 xong, 1 có lỗi (không ghi gì), 2 dùng sai lệnh.""";
    }

    @Override
    public Set<String> flags() {
        return Set.of("dry-run");
    }

    @Override
    public int run(Options options, PrintStream out, PrintStream err) {
        Optional<Path> named = FileImports.file(options, "class LỚP", err);
        if (named.isEmpty()) {
            return CommandLine.FAILED;
        }
        Path file = named.get();
        UserScope scope = UserScope.everything(true);
        try (ConfigurableApplicationContext context = ApplicationContexts.open()) {
            Training training = context.getBean(Training.class);
            String wanted = options.get("class", "").strip();
            Optional<TrainingClass> chosen = training.classes().stream()
                    .filter(c -> c.code().equalsIgnoreCase(wanted) || String.valueOf(c.id()).equals(wanted)).findFirst();
            if (chosen.isEmpty()) {
                err.println("Không có lớp " + wanted + ". Các lớp:");
                training.classes().forEach(c -> err.printf("  %d  %s  %s (khai giảng %s)%n", c.id(), c.code(), c.programme().name(),
                        Dates.format(c.startsOn())));
                return CommandLine.FAILED;
            }
            TrainingClass trainingClass = chosen.get();
            boolean dryRun = options.has("dry-run");
            return FileImports.reading(file, err, in -> {
                RosterImport.Result result = FileImports.inTransaction(context, dryRun, () -> context.getBean(RosterImport.class)
                        .importRoster(scope, trainingClass.id(), in, file.getFileName().toString()), r -> !r.errors().isEmpty());
                if (!result.errors().isEmpty()) {
                    return FileImports.refused(result.errors(), err);
                }
                out.printf("%s lớp %s (%s): %d dòng, cử thêm %d người, %d đang học, %d hoàn thành, %d bỏ học.%n",
                        dryRun ? "Kiểm tra xong, chưa ghi," : "Đã nhập", trainingClass.code(), trainingClass.programme().name(),
                        result.rows(), result.enrolled(), result.attending(), result.completed(), result.dropped());
                return CommandLine.OK;
            });
        }
    }
}
