package vn.chuan.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;

import org.springframework.context.ConfigurableApplicationContext;

import vn.chuan.shared.Dates;
import vn.chuan.units.UnitImportResult;
import vn.chuan.units.Units;

/** Imports the national list of administrative units into the configured database. */
final class ImportUnitsCommand implements ChuanCommand {

    @Override
    public String name() {
        return "import-units";
    }

    @Override
    public String summary() {
        return "nhập danh mục đơn vị hành chính (Excel/CSV theo mẫu danh mục quốc gia)";
    }

    @Override
    public String help() {
        return """
                java -jar chuan.jar import-units TỆP [--valid-from YYYY-MM-DD]

                Nhập danh mục đơn vị hành chính từ tệp .xlsx hoặc .csv có các cột: Tỉnh/Thành phố, Mã TP,
                Quận/Huyện, Mã QH, Phường/Xã, Mã PX, Cấp. Tạo đơn vị mới, cập nhật tên và loại của đơn vị đã có;
                không bao giờ xóa đơn vị. Đơn vị đổi cấp trên được ghi thành một thời kỳ mới từ --valid-from
                (mặc định hôm nay). Tệp có dòng lỗi thì không ghi gì và liệt kê từng lỗi.""";
    }

    @Override
    public int run(Options options, PrintStream out, PrintStream err) {
        if (options.positional().size() != 1) {
            throw new Options.UsageException("cần đúng một tệp");
        }
        Path file = Path.of(options.positional().get(0));
        LocalDate validFrom = options.date("valid-from", Dates.today());
        if (!Files.isRegularFile(file)) {
            err.println("Không tìm thấy tệp: " + file);
            return CommandLine.FAILED;
        }
        try (ConfigurableApplicationContext context = ApplicationContexts.open();
                InputStream in = Files.newInputStream(file)) {
            UnitImportResult result = context.getBean(Units.class).importOfficialList(in, file.getFileName().toString(), validFrom);
            if (!result.succeeded()) {
                result.errors().forEach(e -> err.println("Lỗi: " + e));
                err.println("Không nhập đơn vị nào (" + result.errors().size() + " lỗi).");
                return CommandLine.FAILED;
            }
            out.printf("Đã nhập danh mục đơn vị: %d tạo mới, %d cập nhật, %d không đổi.%n",
                    result.created(), result.updated(), result.unchanged());
            return CommandLine.OK;
        } catch (NoSuchFileException e) {
            err.println("Không tìm thấy tệp: " + file);
            return CommandLine.FAILED;
        } catch (IOException e) {
            err.println("Không đọc được tệp: " + e.getMessage());
            return CommandLine.FAILED;
        }
    }
}
