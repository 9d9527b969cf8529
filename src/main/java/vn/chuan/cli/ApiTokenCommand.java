package vn.chuan.cli;

import java.io.PrintStream;
import java.util.Set;

import org.springframework.context.ConfigurableApplicationContext;

import vn.chuan.security.ApiClient;
import vn.chuan.security.ApiClients;
import vn.chuan.security.InvalidAccountException;

/** API keys from the command line, for setting up programs in batch (the admin page does the same). */
final class ApiTokenCommand implements ChuanCommand {

    @Override
    public String name() {
        return "api-token";
    }

    @Override
    public String summary() {
        return "cấp, liệt kê, thu hồi khóa API cho phần mềm khác";
    }

    @Override
    public String help() {
        return """
                java -jar chuan.jar api-token --name TÊN [--unit MÃ] [--write]
                java -jar chuan.jar api-token --list
                java -jar chuan.jar api-token --revoke SỐ

                Cấp khóa API cho một phần mềm: chỉ đọc (mặc định) hoặc đọc và ghi (--write), trong phạm vi đơn
                vị --unit và cấp dưới (mặc định toàn bộ). Khóa in ra stdout một lần duy nhất; cơ sở dữ liệu chỉ
                giữ mã băm của khóa. --list liệt kê các khóa (số, tên, phạm vi, quyền, trạng thái); --revoke thu
                hồi khóa số SỐ ngay lập tức.""";
    }

    @Override
    public Set<String> flags() {
        return Set.of("write", "list");
    }

    @Override
    public int run(Options options, PrintStream out, PrintStream err) {
        if (!options.has("name") && !options.has("list") && !options.has("revoke")) {
            throw new Options.UsageException("cần --name TÊN, --list hoặc --revoke SỐ");
        }
        try (ConfigurableApplicationContext context = ApplicationContexts.open()) {
            ApiClients clients = context.getBean(ApiClients.class);
            if (options.has("list")) {
                for (ApiClient c : clients.list()) {
                    out.println(c.id() + "\t" + c.name() + "\t" + (c.scopeUnitCode() == null ? "toàn bộ" : c.scopeUnitCode()) + "\t"
                            + (c.canWrite() ? "đọc và ghi" : "chỉ đọc") + "\t" + (c.active() ? "đang dùng" : "đã thu hồi"));
                }
                return CommandLine.OK;
            }
            if (options.has("revoke")) {
                clients.revoke(options.intValue("revoke", 0, 1, Integer.MAX_VALUE));
                out.println("Đã thu hồi khóa số " + options.get("revoke", ""));
                return CommandLine.OK;
            }
            ApiClients.CreatedClient created = clients.create(options.get("name", ""), options.get("unit", null), options.has("write"),
                    "dòng lệnh");
            out.println(created.token());
            return CommandLine.OK;
        } catch (InvalidAccountException e) {
            err.println("Lỗi: " + e.getMessage());
            return CommandLine.FAILED;
        }
    }
}
