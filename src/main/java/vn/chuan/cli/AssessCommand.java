package vn.chuan.cli;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.List;

import org.springframework.context.ConfigurableApplicationContext;

import vn.chuan.people.PersonRegistry;
import vn.chuan.people.PersonSearch;
import vn.chuan.security.UserScope;
import vn.chuan.shared.Dates;
import vn.chuan.standards.Standards;

/** Re-assesses everyone on the configured database under the standard set in force today. */
final class AssessCommand implements ChuanCommand {

    @Override
    public String name() {
        return "assess";
    }

    @Override
    public String summary() {
        return "đánh giá lại việc đạt chuẩn chức danh của mọi người và in tổng số";
    }

    @Override
    public String help() {
        return """
                java -jar chuan.jar assess

                Đánh giá lại mọi người theo bộ tiêu chuẩn đang áp dụng hôm nay, lưu kết quả, và in số người
                đạt chuẩn, chưa đạt chuẩn, không có tiêu chuẩn cho chức danh, cùng thời gian chạy.""";
    }

    @Override
    public int run(Options options, PrintStream out, PrintStream err) {
        try (ConfigurableApplicationContext context = ApplicationContexts.open()) {
            Standards standards = context.getBean(Standards.class);
            long started = System.nanoTime();
            int assessed = standards.reassessAll();
            double seconds = (System.nanoTime() - started) / 1e9;
            PersonRegistry registry = context.getBean(PersonRegistry.class);
            LocalDate today = LocalDate.now(Dates.ZONE);
            out.println("Bộ tiêu chuẩn: " + standards.inForceOn(today).map(s -> s.name()).orElse("không có bộ nào đang áp dụng"));
            for (String verdict : List.of("DAT", "CHUA_DAT", "KHONG_AP_DUNG")) {
                long n = registry.search(UserScope.everything(false), new PersonSearch(null, null, null, null, List.of(),
                        today, 0, 10, verdict, null)).total();
                out.printf("%-16s %8d%n", verdict, n);
            }
            out.printf("Đã đánh giá %d người trong %.1f s.%n", assessed, seconds);
            return CommandLine.OK;
        }
    }

}
