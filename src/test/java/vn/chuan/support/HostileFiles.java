package vn.chuan.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Files an attacker would upload instead of a list of people, built at test time (nothing large is
 * kept in the repository): a zip bomb, a sheet of six million rows, a CSV header of a million
 * columns, an executable renamed .xlsx. Each is written to a temporary file the caller deletes.
 */
public final class HostileFiles {

    private HostileFiles() {
    }

    /** One cell of {@code megabytes} MB of the same letter: a few hundred KB zipped, a thousand times more unzipped. */
    public static Path zipBomb(int megabytes) {
        return workbookWithSheet(out -> {
            write(out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                    + "<sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>");
            byte[] letters = new byte[1 << 20];
            Arrays.fill(letters, (byte) 'A');
            for (int i = 0; i < megabytes; i++) {
                out.write(letters);
            }
            write(out, "</t></is></c></row></sheetData></worksheet>");
        });
    }

    /** A sheet of {@code rows} rows with a header of the interchange format: the kind of file that filled a server's memory. */
    public static Path manyRows(int rows) {
        return workbookWithSheet(out -> {
            write(out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                    + "<sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Mã cán bộ</t></is></c>"
                    + "<c r=\"B1\" t=\"inlineStr\"><is><t>Họ và tên</t></is></c></row>");
            StringBuilder chunk = new StringBuilder();
            for (int r = 2; r <= rows + 1; r++) {
                chunk.append("<row r=\"").append(r).append("\"><c t=\"inlineStr\"><is><t>X").append(r % 1000)
                        .append("</t></is></c><c t=\"inlineStr\"><is><t>Nguyễn Văn A</t></is></c></row>");
                if (chunk.length() > 1 << 16) {
                    write(out, chunk.toString());
                    chunk.setLength(0);
                }
            }
            write(out, chunk + "</sheetData></worksheet>");
        });
    }

    /** A CSV whose header has {@code columns} columns. */
    public static Path wideHeaderCsv(int columns) {
        StringBuilder header = new StringBuilder("Mã cán bộ,Họ và tên");
        for (int i = 0; i < columns; i++) {
            header.append(",c").append(i);
        }
        return temp(".csv", (header + "\r\nTM1,Nguyễn Văn A\r\n").getBytes(StandardCharsets.UTF_8));
    }

    /** The start of a Linux executable (ELF), named as a workbook. */
    public static Path renamedExecutable() {
        byte[] bytes = new byte[64 * 1024];
        byte[] head = {0x7f, 'E', 'L', 'F', 2, 1, 1, 0};
        System.arraycopy(head, 0, bytes, 0, head.length);
        for (int i = head.length; i < bytes.length; i++) {
            bytes[i] = (byte) (i * 31);
        }
        return temp(".xlsx", bytes);
    }

    private interface SheetWriter {
        void write(OutputStream out) throws IOException;
    }

    /** A real workbook (written by the same library as our exports) whose first sheet is replaced by {@code sheet}. */
    private static Path workbookWithSheet(SheetWriter sheet) {
        try {
            ByteArrayOutputStream template = new ByteArrayOutputStream();
            Workbook workbook = new Workbook(template, "Test", "1.0");
            Worksheet ws = workbook.newWorksheet("Danh sách");
            ws.value(0, 0, "x");
            workbook.finish();
            Path source = temp(".xlsx", template.toByteArray());
            Path target = Files.createTempFile("hostile-", ".xlsx");
            try (ZipFile zip = new ZipFile(source.toFile()); ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target))) {
                out.setLevel(Deflater.BEST_SPEED);
                for (ZipEntry entry : Collections.list(zip.entries())) {
                    out.putNextEntry(new ZipEntry(entry.getName()));
                    if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                        sheet.write(out);
                    } else {
                        zip.getInputStream(entry).transferTo(out);
                    }
                    out.closeEntry();
                }
            }
            Files.delete(source);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
    }

    private static Path temp(String suffix, byte[] bytes) {
        try {
            Path file = Files.createTempFile("hostile-", suffix);
            Files.write(file, bytes);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
