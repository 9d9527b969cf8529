package vn.chuan.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.ConfigurableApplicationContext;

import vn.chuan.evaluation.CompetencyTest;
import vn.chuan.evaluation.CompetencyTests;
import vn.chuan.security.UserScope;
import vn.chuan.shared.Dates;

/** Imports the scores of a competency test (sát hạch), as the test's page does with its upload. */
final class ImportScoresCommand implements ChuanCommand {

    @Override
    public String name() {
        return "import-scores";
    }

    @Override
    public String summary() {
        return "nhập điểm một kỳ sát hạch (cột Mã cán bộ và một cột cho mỗi môn)";
    }

    @Override
    public String help() {
        return """
                java -jar chuan.jar import-scores TỆP --test SỐ [--dry-run]

                Nhập điểm kỳ sát hạch SỐ (số trong địa chỉ trang của kỳ sát hạch: /sat-hach/SỐ) từ tệp .xlsx, .xls
                hoặc .csv có cột Mã cán bộ và một cột cho mỗi môn, tiêu đề là tên môn. Mỗi dòng là điểm lần thi
                gần nhất của người đó; người phải có tên trong kỳ sát hạch. Kết quả đạt/không đạt tính lại như trên trang.
                --test SỐ  kỳ sát hạch; không có kỳ này thì in danh sách các kỳ
                --dry-run  chỉ kiểm tra, không ghi gì
                Có dòng lỗi (mã không có trong kỳ, điểm trống hoặc ngoài thang điểm) thì không ghi gì.
                Mã thoát: 0 xong, 1 có lỗi (không ghi gì), 2 dùng sai lệnh.""";
    }

    @Override
    public Set<String> flags() {
        return Set.of("dry-run");
    }

    @Override
    public int run(Options options, PrintStream out, PrintStream err) {
        Optional<Path> named = FileImports.file(options, "test SỐ", err);
        int testId = options.intValue("test", 0, 1, Integer.MAX_VALUE);
        if (named.isEmpty()) {
            return CommandLine.FAILED;
        }
        Path file = named.get();
        UserScope scope = UserScope.everything(true);
        try (ConfigurableApplicationContext context = ApplicationContexts.open()) {
            CompetencyTests tests = context.getBean(CompetencyTests.class);
            Optional<CompetencyTest> test = tests.test(scope, testId);
            if (test.isEmpty()) {
                err.println("Không có kỳ sát hạch số " + testId + ". Các kỳ sát hạch:");
                tests.tests(scope).forEach(t -> err.printf("  %d  %s (%s, %s)%n", t.id(), t.name(), t.unitName(), Dates.format(t.heldOn())));
                return CommandLine.FAILED;
            }
            boolean dryRun = options.has("dry-run");
            return FileImports.reading(file, err, in -> {
                List<String> errors = FileImports.inTransaction(context, dryRun,
                        () -> tests.importScores(scope, testId, in, file.getFileName().toString()), found -> !found.isEmpty());
                if (!errors.isEmpty()) {
                    return FileImports.refused(errors, err);
                }
                out.printf("%s điểm kỳ sát hạch “%s” (%s).%n", dryRun ? "Kiểm tra xong, chưa ghi" : "Đã nhập", test.get().name(),
                        test.get().unitName());
                return CommandLine.OK;
            });
        }
    }
}
