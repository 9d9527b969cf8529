package vn.chuan.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import vn.chuan.support.HostileFiles;

/**
 * The reader refuses hostile files in Vietnamese, before the rows reach anyone: a zip bomb, six
 * million rows, a header of a million columns, an executable renamed .xlsx. Time and heap are
 * printed (not asserted: the machine may be busy); the assertions are that each is refused and
 * that no row was handed over.
 */
class HostileFilesTest {

    @Test
    void aZipBombIsRefusedBeforeItIsUnzipped() throws IOException {
        refused(HostileFiles.zipBomb(400), "tệp.xlsx", "zip bomb");
    }

    @Test
    void sixMillionRowsAreRefusedBeforeTheFirstRowIsHandedOver() throws IOException {
        refused(HostileFiles.manyRows(6_000_000), "danh-sach.xlsx", "Tệp");
    }

    @Test
    void aHeaderOfAMillionColumnsIsRefused() throws IOException {
        refused(HostileFiles.wideHeaderCsv(1_000_000), "danh-sach.csv", "quá nhiều cột");
    }

    @Test
    void anExecutableNamedAsAWorkbookIsRefused() throws IOException {
        refused(HostileFiles.renamedExecutable(), "danh-sach.xlsx", "không phải là bảng tính");
    }

    @Test
    void aListJustUnderTheRowLimitIsRead() throws IOException {
        Path file = HostileFiles.manyRows(TabularFile.MAX_ROWS);
        AtomicInteger rows = new AtomicInteger();
        try (InputStream in = Files.newInputStream(file)) {
            TabularFile.read(in, "danh-sach.xlsx", (row, cells) -> rows.incrementAndGet());
        } finally {
            Files.delete(file);
        }
        assertThat(rows.get()).isEqualTo(TabularFile.MAX_ROWS + 1);
    }

    private static void refused(Path file, String name, String reason) throws IOException {
        AtomicInteger rows = new AtomicInteger();
        long started = System.nanoTime();
        try (InputStream in = Files.newInputStream(file)) {
            assertThatThrownBy(() -> TabularFile.read(in, name, (row, cells) -> rows.incrementAndGet()))
                    .isInstanceOf(TabularFile.InvalidFileException.class)
                    .hasMessageContaining(reason);
        } finally {
            System.out.printf("Hostile file %s (%,d bytes) refused in %d ms, heap in use %d MB%n", name, Files.size(file),
                    (System.nanoTime() - started) / 1_000_000, (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20);
            Files.delete(file);
        }
        assertThat(rows.get()).as("rows handed over before the refusal").isLessThanOrEqualTo(1);
    }
}
